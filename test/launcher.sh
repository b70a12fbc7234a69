#!/usr/bin/env bash
# Regression tests for the ./devplan launcher (POSIX sh).
#
# Everything happens in a scratch project made in a temporary folder: a pom
# with no dependencies (only the lifecycle plugins, pinned to the versions the
# repository's pom pins, so it builds offline from ~/.m2 after `mvn verify`),
# a tiny Main.java that reports what it was given, and a copy of ./devplan.
# The repository's own target/ is never touched.  Uses the real `java` and
# `mvn`; JDK 25 checks run only when /usr/lib/jvm/temurin-25-jdk-amd64 exists.
#
# Prints PASS/FAIL/SKIP lines, then "N passed, M failed"; exits 1 on failure.
#
#   test/launcher.sh            (from anywhere)
#   KEEP=1 test/launcher.sh     keep the scratch folder for a look afterwards

set -u

repo=$(cd "$(dirname "$0")/.." && pwd -P)
launcher=$repo/devplan
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
started=$SECONDS

T=$(mktemp -d "${TMPDIR:-/tmp}/devplan-launcher.XXXXXX") || exit 2
T=$(cd "$T" && pwd -P)          # java reports the physical cwd
if [ "${KEEP-}" = 1 ]; then
    trap 'echo "scratch folder kept: $T" >&2' EXIT
else
    trap 'rm -rf "$T"' EXIT
fi

# Crash logs, archives of installed copies, the jar-ran marker: never the user's own cache.
export XDG_CACHE_HOME=$T/xdg
P=$T/proj                       # the scratch source checkout
L=$P/devplan
M=$P/src/main/java/io/devplan/Main.java
W=$T/work                       # the cwd of (almost) every run
mkdir -p "$P/src/main/java/io/devplan" "$P/.mvn" "$W"

# ---- results --------------------------------------------------------------------
pass=0 fail=0
ok()  { printf 'PASS %s\n' "$1"; pass=$((pass + 1)); }
bad() { printf 'FAIL %s\n' "$1"; fail=$((fail + 1)); }
skip() { printf 'SKIP %s\n' "$1"; }
# check NAME COMMAND...: passes when the command succeeds
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
# gone PID: true when no process PID runs
gone() { ! kill -0 "$1" 2>/dev/null; }
# lacks TEXT FILE: true when FILE does not contain TEXT
lacks() { ! grep -qF -- "$1" "$2"; }
# same NAME EXPECTED ACTUAL: passes when the two strings are equal
same() {
    if [ "$2" = "$3" ]; then ok "$1"; else
        bad "$1"
        printf '    expected: %s\n    actual:   %s\n' "${2//$'\n'/\\n}" "${3//$'\n'/\\n}"
    fi
}

# run CMD...: runs it in $W with stdin from /dev/null (or $IN when set) and
# sets out, err (the whole of stdout and stderr) and rc.  A launcher that hangs
# (a lock never released) is stopped after 120 s instead of blocking CI.
to=(); command -v timeout >/dev/null && to=(timeout 120)
run() {
    (cd "$W" && if [ -n "${IN+x}" ]; then printf '%s\n' "$IN" | "${to[@]}" "$@"
                 else "${to[@]}" "$@" < /dev/null; fi) > "$T/out" 2> "$T/err"
    rc=$?
    out=$(cat "$T/out"); err=$(cat "$T/err")
}
# settle DIR: waits (at most 60 s) until no background training run holds a
# lock in DIR, so its start-up archive is in place (or given up).
settle() {
    local i=0
    while [ "$i" -lt 600 ] && compgen -G "$1/*.lock" > /dev/null; do sleep 0.1; i=$((i + 1)); done
}
# Let a little time pass for the build check: the jar is made older than
# anything about to be edited (no sleeping on filesystems with 1 s mtimes).
age_jar() { touch -d "@$(( $(date +%s) - 5 ))" "$P/target/devplan.jar"; }

# ---- the scratch project ---------------------------------------------------------
pinned() {   # the version of plugin $1 in the repository's pom, else $2
    local v
    v=$(sed -n "s:.*<artifactId>$1</artifactId><version>\([^<]*\)</version>.*:\1:p" "$repo/pom.xml" | head -n 1)
    printf '%s\n' "${v:-$2}"
}
# `package` with -Dmaven.test.skip still resolves the resources and surefire
# plugins: pin them too, or Maven 3.8 asks for its own defaults (2.6, 2.12.4),
# which a ~/.m2 filled by the project's build does not have.
cat > "$P/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.devplan.test</groupId>
  <artifactId>launcher-scratch</artifactId>
  <version>0.1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <finalName>devplan</finalName>
    <plugins>
      <plugin>
        <artifactId>maven-resources-plugin</artifactId>
        <version>$(pinned maven-resources-plugin 3.5.0)</version>
      </plugin>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>$(pinned maven-compiler-plugin 3.14.1)</version>
        <configuration><release>17</release></configuration>
      </plugin>
      <plugin>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>$(pinned maven-surefire-plugin 3.5.4)</version>
      </plugin>
      <plugin>
        <artifactId>maven-jar-plugin</artifactId>
        <version>$(pinned maven-jar-plugin 3.4.2)</version>
        <configuration>
          <archive><manifest><mainClass>io.devplan.Main</mainClass></manifest></archive>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
printf -- '-o\n' > "$P/.mvn/maven.config"      # offline: ~/.m2 only
cat > "$M" <<'EOF'
package io.devplan;

public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("__train") && System.getenv("TRAIN_EXIT") != null) {
            System.exit(Integer.parseInt(System.getenv("TRAIN_EXIT")));   // a JDK that cannot train
        }
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("devplan 0.1.0");
            return;
        }
        if (args.length == 1 && args[0].equals("--crash")) {          // a JVM crash, as a bug in the JVM would make one
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            ((sun.misc.Unsafe) f.get(null)).putAddress(0L, 42L);
        }
        if (args.length == 2 && args[0].equals("--sleep")) {          // a long run, to be stopped
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), ProcessHandle.current().pid() + "\n");
            Thread.sleep(60_000);
        }
        System.out.println("cwd=" + System.getProperty("user.dir"));
        System.out.println("java=" + System.getProperty("java.version"));
        if (System.getProperty("devplan.a") != null)
            System.out.println("props=" + System.getProperty("devplan.a") + "," + System.getProperty("devplan.b"));
        for (String a : args) System.out.println("arg=[" + a + "]");
        if (args.length > 1 && args[0].equals("--exit")) System.exit(Integer.parseInt(args[1]));
        if (args.length > 0 && args[0].equals("--stdin")) {
            System.out.println("stdin=" + new String(System.in.readAllBytes()).trim());
        }
    }
}
EOF
cp "$M" "$T/Main.java.ok"
cp "$launcher" "$L"
chmod +x "$L"

building='devplan: building target/devplan.jar (first run or sources changed)...'
esc=$'\033'

# ---- the launcher itself ------------------------------------------------------------
check "sh -n devplan" sh -n "$launcher"
if command -v shellcheck >/dev/null; then
    check "shellcheck devplan" shellcheck "$launcher"
else
    skip "shellcheck devplan (shellcheck not installed)"
fi

# ---- building ------------------------------------------------------------------------
run "$L" --version
same "first run: builds, prints the version, exit 0" "devplan 0.1.0 0" "$out $rc"
same "first run: exactly one stderr line" "$building" "$err"
check "first run: jar at target/devplan.jar" test -f "$P/target/devplan.jar"
check "first run: lock released" test ! -e "$P/target/.devplan-build.lock"

settle "$P/target"
jsa=("$P"/target/devplan-jdk*.jsa)
check "first run: a training run made a start-up archive beside the jar, in the background" test -f "${jsa[0]}"
check "training: no lock or temporary file left" test -z "$(find "$P/target" -maxdepth 1 \( -name '*.lock' -o -name '*.tmp*' \) -print)"
run "$L" --version
same "second run (with the archive): same output, nothing on stderr" "devplan 0.1.0 0 " "$out $rc $err"
run env DEVPLAN_JAVA_OPTS=-Xlog:class+load "$L" --version
check "second run: the archive is used" grep -q 'io.devplan.Main source: shared objects file' "$T/out"

mkdir "$P/target/${jsa[0]##*/}.lock"
echo 999999 > "$P/target/${jsa[0]##*/}.lock/pid"     # a trainer that died (no such pid)
rm -f "${jsa[0]}"
run "$L" --version
same "a lock left by a dead training run: the run is not held up" "devplan 0.1.0 0 " "$out $rc $err"
check "a lock left by a dead training run: cleared" test ! -e "${jsa[0]}.lock"
run "$L" --version
settle "$P/target"
check "the run after that trains again" test -f "${jsa[0]}"

rm -f "${jsa[0]}"
run env DEVPLAN_NO_CDS=1 "$L" --version
settle "$P/target"
same "DEVPLAN_NO_CDS=1: runs quietly and makes no archive" "devplan 0.1.0 0  0" \
    "$out $rc $err $(find "$P/target" -maxdepth 1 -name 'devplan-jdk*' | wc -l)"

run env TRAIN_EXIT=5 "$L" --version
settle "$P/target"
same "a training run that fails: the run is quiet, no archive, a marker instead" "devplan 0.1.0 0  no yes" \
    "$out $rc $err $(test -e "${jsa[0]}" && echo yes || echo no) $(test -e "${jsa[0]}.failed" && echo yes || echo no)"
run env TRAIN_EXIT=5 "$L" --version
same "after a failed training: quiet, and no new training run" "devplan 0.1.0 0  no" \
    "$out $rc $err $(test -e "${jsa[0]}.lock" && echo yes || echo no)"

age_jar; touch "$M"
run "$L" --version
same "touched source: rebuilds (one stderr line), runs" "devplan 0.1.0 0 $building" "$out $rc $err"
settle "$P/target"
jsa=("$P"/target/devplan-jdk*.jsa)
check "rebuild: old start-up archive replaced by a new one" \
    test "${#jsa[@]}" = 1 -a -f "${jsa[0]}" -a "${jsa[0]}" -nt "$P/target/devplan.jar"

age_jar; printf 'oops\n' >> "$M"
run "$L" --version
same "broken source: exit 3, nothing on stdout" "3 " "$rc $out"
same "broken source: says it builds, then that the build failed" \
    "$building"$'\n'"devplan: build failed; last lines of the Maven log:" "$(head -n 2 "$T/err")"
check "broken source: shows the compiler error" grep -q "COMPILATION ERROR" "$T/err"
same "broken source: ends with the log path" \
    "devplan: full log: $P/target/devplan-build.log" "$(tail -n 1 "$T/err")"
check "broken source: log tail has at most 40 lines" test "$(wc -l < "$T/err")" -le 43
# (Maven 3.8 writes colour codes into the log even with -B; the launcher strips them.)
check "broken source: no escape codes" lacks "$esc" "$T/err"
check "broken source: lock released" test ! -e "$P/target/.devplan-build.lock"

cp "$T/Main.java.ok" "$M"
run "$L" --version
same "fixed source: builds again and runs" "devplan 0.1.0 0 $building" "$out $rc $err"

run env DEVPLAN_NO_BUILD=1 "$L" --version
same "DEVPLAN_NO_BUILD=1 with a fresh jar: runs quietly" "devplan 0.1.0 0 " "$out $rc $err"

# ---- crashes, damaged jars and archives ---------------------------------------------------
settle "$P/target"
run "$L" --crash
same "a JVM crash: java's status" 134 "$rc"
check "a JVM crash: no crash log in the current folder" test -z "$(find "$W" -name 'hs_err*' -print)"
check "a JVM crash: its log is in the private crash folder" \
    test -n "$(find "$XDG_CACHE_HOME/devplan/crash" -name 'hs_err_pid*.log' -print)"
same "a JVM crash: the crash folder is the user's only" 700 "$(stat -c %a "$XDG_CACHE_HOME/devplan/crash")"
check "the project's .gitignore covers JVM crash logs" grep -qx 'hs_err_pid\*.log' "$repo/.gitignore"

run "$L" --exit 1
same "status 1 from a jar that works: passed through, quietly" "1 " "$rc $err"
check "a jar that ran is remembered" test -f "$P/target/.devplan-jar-ok" -a "$P/target/.devplan-jar-ok" -nt "$P/target/devplan.jar"

jsa=("$P"/target/devplan-jdk*.jsa)
if [ -f "${jsa[0]}" ]; then
    head -c "$(( $(wc -c < "${jsa[0]}") / 2 ))" "${jsa[0]}" > "$T/half.jsa"
    mv "$T/half.jsa" "${jsa[0]}"
    run "$L" x
    # (The crashed JVM itself writes its banner to stdout first; no JVM option moves it.)
    same "a truncated start-up archive: the run is made again without it" "cwd=$W 0" "$(grep '^cwd=' "$T/out") $rc"
    same "a truncated start-up archive: one line says so" \
        "devplan: the start-up archive ${jsa[0]} crashed the JVM; it is set aside as ${jsa[0]}.broken and devplan runs without it" \
        "$(grep '^devplan:' "$T/err")"
    check "a truncated start-up archive: set aside, and no crash log in the current folder" \
        test -f "${jsa[0]}.broken" -a ! -e "${jsa[0]}" -a -z "$(find "$W" -name 'hs_err*' -print)"
    rm -f "${jsa[0]}.broken" "${jsa[0]}.failed"
else
    skip "a truncated start-up archive (this JDK made none)"
fi

D=$T/damaged
mkdir -p "$D/bin" "$D/lib/devplan"
cp "$launcher" "$D/bin/devplan"
head -c 2000 "$P/target/devplan.jar" > "$D/lib/devplan/devplan.jar"
run env DEVPLAN_NO_CDS=1 "$D/bin/devplan" --version
same "a damaged jar: exit 3, nothing on stdout" "3 " "$rc $out"
same "a damaged jar: the launcher says so, last" \
    "devplan: $D/lib/devplan/devplan.jar is damaged: java cannot run it; install devplan again" "$(tail -n 1 "$T/err")"

if command -v timeout > /dev/null; then
    (cd "$W" && timeout -s TERM 3 "$L" --sleep "$T/sleeper.pid" < /dev/null > /dev/null 2>&1)
    rc=$?
    sleep 1
    same "timeout stops a run: its status" 124 "$rc"
    check "timeout stops a run: java is gone" gone "$(cat "$T/sleeper.pid")"
else
    skip "timeout stops a run (no timeout command)"
fi
rm -f "$T/sleeper.pid"
# (bash would start it with SIGINT ignored, as sh does with any background command: undo that,
# as a terminal's foreground job has it.)
(trap - INT QUIT; cd "$W" && exec "$L" --sleep "$T/sleeper.pid" < /dev/null > /dev/null 2>&1) &
launched=$!
for _ in $(seq 1 100); do [ -s "$T/sleeper.pid" ] && break; sleep 0.1; done
sleeper=$(cat "$T/sleeper.pid")
sleep 0.5
kill -INT "$sleeper"
wait "$launched"
same "Ctrl-C (SIGINT) stops java, and the launcher exits with its status" 130 "$?"
check "Ctrl-C: java is gone" gone "$sleeper"
rm -f "$T/sleeper.pid"

# ---- where it is started from ----------------------------------------------------------
mkdir -p "$T/l/bin" "$T/l/o/d" "$T/fakebin"
ln -s "$L" "$T/l/bin/abs"                       # absolute
ln -s ../../proj/devplan "$T/l/bin/rel"         # relative
ln -s ../bin/rel "$T/l/o/c1"                    # chain: c1 -> rel -> devplan
ln -s ../c1 "$T/l/o/d/c2"                       # chain of three
ln -s "$P" "$T/l/pdir"                          # a symlinked folder on the way
ln -s ../pdir/devplan "$T/l/o/viadir"
printf '#!/bin/sh\nexit 127\n' > "$T/fakebin/readlink"   # a system without readlink
chmod +x "$T/fakebin/readlink"
for l in bin/abs bin/rel o/c1 o/d/c2 o/viadir; do
    run "$T/l/$l" a
    same "symlink $l: runs in the caller's cwd" "cwd=$W 0" "$(head -n 1 "$T/out") $rc"
    run env PATH="$T/fakebin:$PATH" "../l/$l" a
    same "symlink $l (relative, no readlink): runs in the caller's cwd" "cwd=$W 0" "$(head -n 1 "$T/out") $rc"
done
run env PATH="$T/l/o/d:$PATH" c2 --version
same "found via PATH (through a symlink chain)" "devplan 0.1.0 0 " "$out $rc $err"
(cd "$P" && sh devplan --version > "$T/out" 2>&1)
same "run as 'sh devplan' in its folder" "devplan 0.1.0" "$(cat "$T/out")"

# ---- passing things through -------------------------------------------------------------
# shellcheck disable=SC2016 # a literal $HOME, on purpose
run "$L" 'a b' '*' '' '$HOME' '-Dx=y' $'two\tparts'
same "arguments passed as given (blanks, globs, empty, \$, tabs)" \
    $'arg=[a b]\narg=[*]\narg=[]\narg=[$HOME]\narg=[-Dx=y]\narg=[two\tparts]' "$(grep '^arg=' "$T/out")"
run "$L" --exit 7
same "exit status passed through" 7 "$rc"
(cd "$W" && "$L" --version <&- > "$T/out" 2> "$T/err")
same "stdin closed (as some daemons start it): runs" "0 devplan 0.1.0 " "$? $(cat "$T/out") $(cat "$T/err")"
IN=hello run "$L" --stdin
same "stdin passed through" "stdin=hello" "$(tail -n 1 "$T/out")"
run env DEVPLAN_JAVA_OPTS='-Ddevplan.a=1  -Ddevplan.b=*' "$L" x
same "DEVPLAN_JAVA_OPTS split on blanks, not globbed" "props=1,* 0" "$(grep '^props=' "$T/out") $rc"

# ---- Java ------------------------------------------------------------------------------
run env JAVA_HOME="$T/nowhere" "$L" --version
same "JAVA_HOME pointing nowhere: exit 3, one clear line" \
    "3 devplan: JAVA_HOME is set to '$T/nowhere' but $T/nowhere/bin/java is not an executable: point JAVA_HOME to a JDK 17 or newer, or unset it" \
    "$rc $err"
mkdir -p "$T/empty"
run env -u JAVA_HOME PATH="$T/empty" "$L" --version
same "no java at all: exit 3, one clear line" \
    "3 devplan: no Java found: install a JDK 17 or newer, or set JAVA_HOME" "$rc $err"
mkdir -p "$T/jdk8/bin" "$T/jdk11/bin"
printf '#!/bin/sh\necho '\''openjdk version "1.8.0_392"'\'' >&2\n' > "$T/jdk8/bin/java"
printf '#!/bin/sh\nexit 99\n' > "$T/jdk11/bin/java"
printf 'JAVA_VERSION="11.0.2"\n' > "$T/jdk11/release"
chmod +x "$T/jdk8/bin/java" "$T/jdk11/bin/java"
run env JAVA_HOME="$T/jdk8" "$L" --version
same "Java 8 (from java -version): exit 3, one clear line" \
    "3 devplan: Java 17 or newer is needed, found 8 at $T/jdk8/bin/java; set JAVA_HOME to a newer JDK" "$rc $err"
run env JAVA_HOME="$T/jdk11" "$L" --version
same "Java 11 (from the release file): exit 3, one clear line" \
    "3 devplan: Java 17 or newer is needed, found 11 at $T/jdk11/bin/java; set JAVA_HOME to a newer JDK" "$rc $err"

if [ -x "$jdk25/bin/java" ]; then
    run env JAVA_HOME="$jdk25" "$L" x
    check "JDK 25 via JAVA_HOME: runs on 25, quietly" \
        test "$rc" = 0 -a -z "$err" -a "$(sed -n 2p "$T/out" | cut -d. -f1)" = java=25
    settle "$P/target"
    aot=("$P"/target/devplan-jdk25*.aot)
    check "JDK 25: its own AOT cache" test -s "${aot[0]}"
    run env JAVA_HOME="$jdk25" "$L" --version
    same "JDK 25 again (with the AOT cache): quiet" "devplan 0.1.0 0 " "$out $rc $err"
    run env JAVA_HOME="$jdk25" DEVPLAN_JAVA_OPTS=-Xlog:class+load "$L" --version
    check "JDK 25: the AOT cache is used" grep -q 'io.devplan.Main source: shared objects file' "$T/out"
else
    skip "JDK 25 via JAVA_HOME ($jdk25 not installed)"
fi

# ---- release bundle --------------------------------------------------------------------
B=$T/bundle
mkdir -p "$B/bin" "$B/lib/devplan" "$T/usr/bin"
cp "$launcher" "$B/bin/devplan"
cp "$P/target/devplan.jar" "$B/lib/devplan/"
ln -s ../../bundle/bin/devplan "$T/usr/bin/devplan"
run "$B/bin/devplan" --version
same "bundle bin/devplan + lib/devplan/devplan.jar: runs without building" "devplan 0.1.0 0 " "$out $rc $err"
run env PATH="$T/usr/bin:$PATH" devplan x
same "bundle through a symlink on PATH: runs in the caller's cwd" "cwd=$W 0 " "$(head -n 1 "$T/out") $rc $err"
check "bundle: no build, no target/ folder" test ! -e "$B/target" -a ! -e "$B/bin/target"

# ---- no Maven ------------------------------------------------------------------------
# A PATH with every command of the current one except Maven.
mkdir -p "$T/nomvn"
IFS=: read -ra dirs <<< "$PATH"
for d in "${dirs[@]}"; do
    for f in "$d"/*; do
        b=${f##*/}
        case $b in mvn | mvnDebug | mvnyjp) continue ;; esac
        [ -x "$f" ] && [ ! -e "$T/nomvn/$b" ] && ln -s "$f" "$T/nomvn/$b"
    done
done
age_jar; touch "$M"
run env PATH="$T/nomvn" "$L" --version
same "stale jar, no Maven: warns once, runs the old jar" \
    "devplan 0.1.0 0 devplan: sources changed but Maven is not installed: running the existing target/devplan.jar" \
    "$out $rc $err"
mv "$P/target/devplan.jar" "$T/devplan.jar.away"
run env PATH="$T/nomvn" "$L" --version
same "no jar, no Maven: exit 3, one clear line" \
    "3 devplan: Maven is needed to build devplan from source: install Maven 3.8+ or use a release bundle" \
    "$rc $err"
mv "$T/devplan.jar.away" "$P/target/devplan.jar"

# ---- concurrent first runs -----------------------------------------------------------------
rm -rf "$P/target"
for i in 1 2; do
    (cd "$W" && "${to[@]}" "$L" --version > "$T/c$i.out" 2> "$T/c$i.err" < /dev/null
     echo "$?" > "$T/c$i.rc") &
done
wait
settle "$P/target"
same "two concurrent first runs: both print the version, exit 0" \
    "devplan 0.1.0 0 devplan 0.1.0 0" \
    "$(cat "$T/c1.out") $(cat "$T/c1.rc") $(cat "$T/c2.out") $(cat "$T/c2.rc")"
same "two concurrent first runs: built once" 1 "$(cat "$T/c1.err" "$T/c2.err" | grep -c building)"
same "two concurrent first runs: nothing else on stderr but a wait notice" "" \
    "$(cat "$T/c1.err" "$T/c2.err" | grep -v -e '^devplan: building' -e '^devplan: waiting for another devplan build')"
same "two concurrent first runs: no lock or temporary files left" "" \
    "$(find "$P/target" -maxdepth 1 \( -name '*lock*' -o -name '*.tmp' \) -print)"

echo "($((SECONDS - started)) s)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
