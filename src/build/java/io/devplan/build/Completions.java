package io.devplan.build;

import io.devplan.domain.YamlName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Shell completion scripts for bash, zsh and fish, written from the picocli command model.
 * Besides commands and options, they complete employee ids, teams, managers, GOAL/ITEM and
 * GOAL/SUPPORT addresses, achievements not yet celebrated and COMPETENCY=LEVEL pairs from the current repository by calling the hidden {@code devplan __complete} command.
 *
 * <p>Those words come from plans, which arrive through pull requests: the scripts treat them as
 * data. bash reads them line by line into an array, filters by prefix with a quoted pattern and
 * quotes each for the command line with {@code printf %q} (never {@code compgen -W}, which expands
 * {@code $(...)} in its words); zsh hands them to {@code compadd}, which takes words literally;
 * fish prints them from a function (its {@code complete -a} evaluates its argument). And
 * {@code __complete} leaves out any word that is not plain.
 */
final class Completions {
    private Completions() {}

    /** Script file name (as in completions/ and the jar's io/devplan/completions/) to script. */
    static Map<String, String> scripts(CommandLine root) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("devplan.bash", bash(root));
        out.put("_devplan", zsh(root));
        out.put("devplan.fish", fish(root));
        return out;
    }

    /** Words the scripts write into shell code themselves: names of commands, options and values. */
    private static final Pattern MODEL_WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:+-]*|-{1,2}[A-Za-z0-9][A-Za-z0-9-]*");

    /**
     * The values an option or a positional parameter accepts, for completion and the man pages:
     * its explicit candidates, or an enum's names as plan files write them ({@code one-on-one},
     * not {@code ONE_ON_ONE}), which is what the enum's converter reads.
     */
    static List<String> candidates(ArgSpec a) {
        List<String> given = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(given::add);
        }
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (type.isEnum() && YamlName.class.isAssignableFrom(type)) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            if (given.isEmpty() || given.equals(constants)) { // picocli's default: the constants' Java names
                return Arrays.stream(type.getEnumConstants()).map(e -> ((YamlName) e).yamlName()).toList();
            }
        }
        return given;
    }

    /** What a value of an option or a positional parameter is, for completion. */
    static String kind(ArgSpec a) {
        List<String> candidates = candidates(a);
        if (!candidates.isEmpty()) {
            return "words:" + String.join(" ", modelWords(candidates));
        }
        String label = a.paramLabel().replaceAll("[<>\\[\\].]", "").toUpperCase(Locale.ROOT);
        if (Set.of("ID", "EMPLOYEE", "PERSON").contains(label)) {
            return "ids";
        }
        if (Set.of("MANAGER", "M").contains(label)) {
            return "managers";
        }
        if (Set.of("TEAM", "T").contains(label)) {
            return "teams";
        }
        if (label.equals("GOAL/SUPPORT")) {
            return "supports";
        }
        if (label.startsWith("GOAL")) {
            return "items";
        }
        if (label.equals("ACHIEVEMENT")) {
            return "achievements";
        }
        if (label.equals("COMPETENCY=LEVEL")) {
            return "levels";
        }
        if (label.equals("DIR") || label.equals("SUBFOLDER")) {
            return "dirs";
        }
        if (a.type().equals(Path.class) || label.equals("FILE") || label.equals("PATH")) {
            return "files";
        }
        return "none";
    }

    /** Every visible command path ("" for the root, "show", "feedback add") with its spec. */
    static Map<String, CommandLine> paths(CommandLine root) {
        Map<String, CommandLine> out = new LinkedHashMap<>();
        out.put("", root);
        for (CommandLine sub : ManPages.visible(root)) {
            String name = sub.getCommandName();
            out.put(name, sub);
            for (CommandLine nested : ManPages.visible(sub)) {
                out.put(name + " " + nested.getCommandName(), nested);
            }
        }
        return out;
    }

    /** Words from the command model, checked: they are written into shell code. */
    private static List<String> modelWords(List<String> words) {
        for (String w : words) {
            if (!MODEL_WORD.matcher(w).matches()) {
                throw new IllegalStateException("'" + w + "' cannot go into a completion script as it is: "
                        + "use letters, digits and . _ : + - in names of commands, options and values");
            }
        }
        return words;
    }

    private static List<OptionSpec> options(CommandLine cmd) {
        return cmd.getCommandSpec().options().stream().filter(o -> !o.hidden()).toList();
    }

    private static List<String> optionNames(CommandLine cmd) {
        List<String> names = new ArrayList<>();
        options(cmd).forEach(o -> names.addAll(optionNames(o)));
        return names;
    }

    private static List<String> optionNames(OptionSpec o) {
        return modelWords(List.of(o.names()));
    }

    private static List<String> commandNames(CommandLine cmd) {
        return modelWords(ManPages.visible(cmd).stream().map(CommandLine::getCommandName).toList());
    }

    /** The root's options that name the repository (--dir, -C): their value goes to __complete. */
    private static List<String> repositoryOptions(CommandLine root) {
        List<String> names = new ArrayList<>();
        options(root).stream().filter(o -> kind(o).equals("dirs")).forEach(o -> names.addAll(List.of(o.names())));
        return modelWords(names);
    }

    /** The tables and helpers that bash and zsh share: plain POSIX shell, read by both. */
    private static String shared(CommandLine root) {
        StringBuilder b = new StringBuilder();
        b.append("# Commands: what follows each command path.\n");
        b.append("_devplan_words() {\n  case $1 in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            b.append("    '").append(e.getKey()).append("') echo '").append(String.join(" ", commandNames(e.getValue())))
                    .append("' ;;\n");
        }
        b.append("  esac\n}\n\n");
        b.append("_devplan_options() {\n  case $1 in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            b.append("    '").append(e.getKey()).append("') echo '").append(String.join(" ", optionNames(e.getValue())))
                    .append("' ;;\n");
        }
        b.append("  esac\n}\n\n");
        b.append("# The kind of value an option takes: novalue when it takes none.\n");
        b.append("_devplan_option_kind() {\n  case $1:$2 in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            for (OptionSpec o : options(e.getValue())) {
                if (o.arity().max() == 0) {
                    continue;
                }
                for (String n : o.names()) {
                    b.append("    '").append(e.getKey()).append(':').append(n).append("') echo '")
                            .append(kind(o)).append("' ;;\n");
                }
            }
        }
        b.append("    *) echo novalue ;;\n  esac\n}\n\n");
        b.append("_devplan_positional_kind() {\n  case $1:$2 in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            for (PositionalParamSpec p : e.getValue().getCommandSpec().positionalParameters()) {
                if (p.hidden()) {
                    continue;
                }
                int from = p.index().min();
                int to = p.index().isUnspecified() || p.index().max() == Integer.MAX_VALUE ? from + 9 : p.index().max();
                for (int i = from; i <= Math.min(to, from + 9); i++) {
                    b.append("    '").append(e.getKey()).append(':').append(i).append("') echo '").append(kind(p))
                            .append("' ;;\n");
                }
            }
        }
        b.append("    *) echo none ;;\n  esac\n}\n\n");
        b.append("# Options that name the repository: their value is passed on to devplan __complete.\n");
        b.append("_devplan_repository_option() {\n  case $1 in\n    ")
                .append(String.join("|", repositoryOptions(root).stream().map(n -> "'" + n + "'").toList()))
                .append(") return 0 ;;\n  esac\n  return 1\n}\n\n");
        b.append(SHARED_DRIVER);
        return b.toString();
    }

    private static final String SHARED_DRIVER = """
            _devplan_is_command() {
              case " $(_devplan_words "$1") " in
                *" $2 "*) return 0 ;;
              esac
              return 1
            }

            # From the words before the one being completed: the command (such as "feedback add"),
            # how many arguments follow it, the first of them (the employee id, for GOAL/ITEM) and
            # the repository named by --dir.
            _devplan_walk() {
              _devplan_path='' _devplan_npos=0 _devplan_first='' _devplan_dir=''
              local w
              while [ $# -gt 0 ]; do
                w=$1
                shift
                case $w in
                  -*=*) _devplan_repository_option "${w%%=*}" && _devplan_dir=${w#*=} ;;
                  -*)
                    if [ "$(_devplan_option_kind "$_devplan_path" "$w")" != novalue ]; then
                      _devplan_repository_option "$w" && _devplan_dir=${1-}
                      [ $# -gt 0 ] && shift
                    fi ;;
                  *)
                    if [ "$_devplan_npos" -eq 0 ] && _devplan_is_command "$_devplan_path" "$w"; then
                      _devplan_path=${_devplan_path:+$_devplan_path }$w
                    else
                      [ "$_devplan_npos" -eq 0 ] && _devplan_first=$w
                      _devplan_npos=$((_devplan_npos + 1))
                    fi ;;
                esac
              done
            }

            # The kind of value wanted after PREVIOUS while the current word is CURRENT.
            _devplan_kind() {
              local previous=$1 current=$2 kind=novalue
              case $previous in
                -*=*) ;;
                -*) kind=$(_devplan_option_kind "$_devplan_path" "$previous") ;;
              esac
              if [ "$kind" != novalue ]; then
                echo "$kind"
              elif [ "${current#-}" != "$current" ]; then
                echo "words:$(_devplan_options "$_devplan_path")"
              elif [ "$_devplan_npos" -eq 0 ] && [ -n "$(_devplan_words "$_devplan_path")" ]; then
                echo "words:$(_devplan_words "$_devplan_path")"
              else
                _devplan_positional_kind "$_devplan_path" "$_devplan_npos"
              fi
            }

            # Words from the repository, one a line, from devplan itself (which leaves out any that
            # is not a plain word); nothing on any error.
            _devplan_dynamic() {
              local dir=$_devplan_dir
              local -a repository
              case $dir in
                '~/'*) dir=$HOME/${dir#'~/'} ;;
              esac
              [ -n "$dir" ] && repository=(--dir "$dir")
              command devplan "${repository[@]}" __complete "$@" 2>/dev/null
            }

            # The candidates of a kind of value, one a line. They are read as data only.
            _devplan_candidates() {
              case $1 in
                words:*) printf '%s\\n' "${1#words:}" | tr ' ' '\\n' ;;
                ids|teams|managers) _devplan_dynamic "$1" ;;
                items|supports|achievements|levels) [ -n "$2" ] && _devplan_dynamic "$1" "$2" ;;
              esac
            }

            """;

    private static String bash(CommandLine root) {
        return "# bash completion for devplan, written from its command model by the build; 'devplan completion bash'\n"
                + "# prints it. Install: source it from ~/.bashrc, or copy it to\n"
                + "# ~/.local/share/bash-completion/completions/devplan\n\n"
                + shared(root) + BASH_DRIVER;
    }

    private static final String BASH_DRIVER = """
            # Reads candidates, one a line, and puts those that start with the word being completed
            # into COMPREPLY, each quoted for the command line (printf %q): no candidate is ever
            # expanded, so a plan whose team is $(...) gives text, never a command.
            _devplan_reply() {
              local cur=$1 line quoted
              COMPREPLY=()
              while IFS= read -r line; do
                [[ -n $line ]] || continue
                printf -v quoted '%q' "$line"
                [[ $quoted == "$cur"* ]] && COMPREPLY+=("$quoted")
              done
              return 0
            }

            _devplan() {
              local cur=${COMP_WORDS[COMP_CWORD]} kind
              _devplan_walk "${COMP_WORDS[@]:1:COMP_CWORD-1}"
              kind=$(_devplan_kind "${COMP_WORDS[COMP_CWORD-1]}" "$cur")
              case $kind in
                dirs) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
                files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
                *) _devplan_reply "$cur" < <(_devplan_candidates "$kind" "$_devplan_first") ;;
              esac
            }

            complete -o default -F _devplan devplan
            """;

    private static String zsh(CommandLine root) {
        return "#compdef devplan\n"
                + "# zsh completion for devplan, written from its command model by the build; 'devplan completion zsh'\n"
                + "# prints it. Install: put it in a folder of $fpath as _devplan (before compinit), or source it\n"
                + "# after compinit.\n\n"
                + shared(root) + ZSH_DRIVER;
    }

    private static final String ZSH_DRIVER = """
            _devplan() {
              local cur=${words[CURRENT]} kind line
              local -a candidates
              _devplan_walk "${(@)words[2,CURRENT-1]}"
              kind=$(_devplan_kind "${words[CURRENT-1]}" "$cur")
              case $kind in
                dirs) _path_files -/ ;;
                files) _files ;;
                *)
                  while IFS= read -r line; do
                    [[ -n $line ]] && candidates+=("$line")
                  done < <(_devplan_candidates "$kind" "$_devplan_first")
                  # compadd takes each candidate as a literal word and quotes it for the command line.
                  compadd -a candidates ;;
              esac
            }

            if [[ ${funcstack[1]-} == _devplan ]]; then
              _devplan "$@"
            else
              compdef _devplan devplan
            fi
            """;

    private static String fish(CommandLine root) {
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for devplan, written from its command model by the build; 'devplan completion fish'\n");
        b.append("# prints it. Install: copy it to ~/.config/fish/completions/devplan.fish\n\n");
        b.append("# Words from plans are printed by functions: complete -a evaluates its argument, the output of\n");
        b.append("# a function inside it is only data. devplan __complete leaves out any word that is not plain.\n");
        List<String> repo = repositoryOptions(root);
        b.append("function __devplan_dir\n    set -l words (commandline -opc)\n    set -l next 0\n"
                + "    for w in $words\n        if test $next = 1\n            echo $w\n            return\n        end\n"
                + "        switch $w\n");
        for (String n : repo) {
            b.append("            case ").append(n).append("\n                set next 1\n");
            if (n.startsWith("--")) {
                b.append("            case '").append(n).append("=*'\n                string replace -- '")
                        .append(n).append("=' '' $w\n                return\n");
            }
        }
        b.append("        end\n    end\nend\n\n");
        b.append("function __devplan_dynamic\n    set -l dir (__devplan_dir)\n"
                + "    if test -n \"$dir\"\n        command devplan --dir $dir __complete $argv 2>/dev/null\n"
                + "    else\n        command devplan __complete $argv 2>/dev/null\n    end\nend\n\n");
        // The arguments after the command, one a line (the first is the employee id, for GOAL/ITEM):
        // words that are not options, values of options or command names.
        java.util.Set<String> valued = new java.util.TreeSet<>();
        java.util.Set<String> commands = new java.util.TreeSet<>();
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            options(e.getValue()).stream().filter(o -> o.arity().max() > 0).forEach(o -> valued.addAll(optionNames(o)));
            commands.addAll(commandNames(e.getValue()));
        }
        b.append("function __devplan_args\n    set -l words (commandline -opc)\n    set -l skip 0\n"
                + "    for w in $words[2..-1]\n        if test $skip = 1\n            set skip 0\n"
                + "        else if contains -- $w ").append(String.join(" ", valued)).append("\n            set skip 1\n"
                + "        else if not string match -q -- '-*' $w; and not contains -- $w ")
                .append(String.join(" ", commands)).append("\n            echo $w\n        end\n"
                + "    end\nend\n\n");
        b.append("complete -c devplan -f\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            String path = e.getKey();
            CommandLine cmd = e.getValue();
            String cond = condition(path, cmd);
            for (CommandLine sub : ManPages.visible(cmd)) {
                b.append("complete -c devplan -n '").append(cond).append("' -a ").append(sub.getCommandName())
                        .append(" -d ").append(quote(header(sub.getCommandSpec()))).append('\n');
            }
            for (OptionSpec o : options(cmd)) {
                b.append("complete -c devplan -n '").append(cond).append("'");
                for (String n : o.names()) {
                    b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                if (o.arity().max() > 0) {
                    String values = fishValues(kind(o));
                    // -x: the value is required and is no file name, unless the kind says so (-F)
                    b.append(values.equals(" -F") ? " -r" : " -x").append(values);
                }
                b.append(" -d ").append(quote(String.join(" ", o.description()))).append('\n');
            }
            for (PositionalParamSpec p : cmd.getCommandSpec().positionalParameters()) {
                String values = fishValues(kind(p));
                if (!p.hidden() && !values.isEmpty()) {
                    b.append("complete -c devplan -n '").append(cond).append("; and ").append(position(p)).append("'")
                            .append(values).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String condition(String path, CommandLine cmd) {
        if (path.isEmpty()) {
            return "__fish_use_subcommand";
        }
        String[] words = path.split(" ");
        StringBuilder c = new StringBuilder();
        for (String w : words) {
            c.append(c.length() == 0 ? "" : "; and ").append("__fish_seen_subcommand_from ").append(w);
        }
        List<String> subs = commandNames(cmd);
        if (!subs.isEmpty()) {
            c.append("; and not __fish_seen_subcommand_from ").append(String.join(" ", subs));
        }
        return c.toString();
    }

    /** A fish condition: the word being completed is at the index of {@code p}. */
    private static String position(PositionalParamSpec p) {
        int min = p.index().min();
        int max = p.index().max();
        String count = "test (count (__devplan_args)) ";
        if (p.index().isUnspecified() || max == Integer.MAX_VALUE) {
            return count + "-ge " + min;
        }
        return min == max ? count + "-eq " + min : count + "-ge " + min + "; and " + count + "-le " + max;
    }

    private static String fishValues(String kind) {
        if (kind.startsWith("words:")) {
            return " -a " + quote(kind.substring(6));
        }
        return switch (kind) {
            case "ids", "teams", "managers" -> " -a '(__devplan_dynamic " + kind + ")'";
            case "items", "supports", "achievements", "levels" ->
                    " -a '(__devplan_dynamic " + kind + " (__devplan_args)[1])'";
            case "dirs" -> " -a '(__fish_complete_directories)'";
            case "files" -> " -F";
            default -> "";
        };
    }

    private static String header(CommandSpec spec) {
        String[] h = spec.usageMessage().header();
        return h.length == 0 ? "" : h[0];
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
