package io.devplan.store;

import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.RepoConfig;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A plan repository: the folder holding devplan.yaml, with its plans under {@code plans/}.
 * File names in messages are shown relative to the current folder, as a compiler shows them.
 */
public final class Repository {
    public static final String CONFIG = "devplan.yaml";
    public static final String PLANS = "plans";
    /** A plan is a few KiB; anything far larger is refused before parsing. */
    static final long MAX_FILE_BYTES = 1 << 20;
    /** Below this many files a thread pool costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    private final Path root;
    private final Path cwd;
    private final RepoConfig config;
    private final boolean fullSourceMaps;
    /** Null: every plan is parsed. */
    private final ParseCache cache;
    /** Why the parse cache is not used, for the user; null when it is or none was asked for. */
    private String cacheWarning;

    private Repository(Path root, Path cwd, RepoConfig config, boolean fullSourceMaps, ParseCache cache) {
        this.root = root;
        this.cwd = cwd;
        this.config = config;
        this.fullSourceMaps = fullSourceMaps;
        this.cache = cache;
    }

    /**
     * The same repository, reading plans with the position of every value, as validation needs.
     * By default a plan keeps only the positions of its items, which is most of its memory saved.
     * Such plans are never cached.
     */
    public Repository withFullSourceMaps() {
        return new Repository(root, cwd, config, true, null);
    }

    /**
     * Opens the repository at {@code dir} when given, else the nearest folder from {@code cwd}
     * upward that holds devplan.yaml.
     *
     * @throws RepositoryNotFoundException when there is none
     * @throws InputException when devplan.yaml cannot be read
     */
    public static Repository open(Path dir, Path cwd) {
        return open(dir, cwd, null, null);
    }

    /**
     * {@link #open(Path, Path)}, keeping what devplan.yaml and each plan meant in a
     * {@link ParseCache} under {@code cacheHome} (a folder such as {@code ~/.cache}; null for no
     * cache), so that a run parses only the files that changed. {@code clock} tells the cache
     * whether a file has settled.
     */
    public static Repository open(Path dir, Path cwd, Path cacheHome, Clock clock) {
        Path root = dir != null ? explicitRoot(cwd.resolve(dir).normalize()) : findRoot(cwd.toAbsolutePath().normalize());
        ParseCache cache = cacheHome == null ? null : ParseCache.of(cacheHome, root, clock::millis);
        String refused = cache == null ? null : cache.refusal();
        if (refused != null) {
            cache = null;
        }
        Repository repo = open(root, cwd, cache);
        repo.cacheWarning = refused;
        return repo;
    }

    private static Repository open(Path root, Path cwd, ParseCache cache) {
        Path configFile = root.resolve(CONFIG);
        ParseCache.Stamp stamp = cache == null ? null : cache.stamp(configFile);
        RepoConfig cached = stamp == null ? null : cache.config(stamp);
        if (cached != null) {
            return new Repository(root, cwd, cached, false, cache);
        }
        List<Problem> problems = new ArrayList<>();
        String shown = shown(cwd, configFile);
        String text = readText(configFile, shown, problems);
        ReadResult<RepoConfig> result = text == null ? new ReadResult<>(null, problems)
                : ConfigReader.read(shown, text, problems);
        if (!result.ok()) {
            throw new InputException(problems);
        }
        if (stamp != null) {
            cache.putConfig(stamp, result.value());
        }
        return new Repository(root, cwd, result.value(), false, cache);
    }

    private static Path explicitRoot(Path dir) {
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            String why = Files.isDirectory(dir) ? "has no " + CONFIG : "is not a folder";
            throw new RepositoryNotFoundException("not a plan repository: " + dir + " " + why
                    + "; run 'devplan init " + dir + "' to create one");
        }
        return dir;
    }

    private static Path findRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(CONFIG))) {
                return p;
            }
        }
        throw new RepositoryNotFoundException("not a plan repository: no " + CONFIG + " in " + start
                + " or any folder above it; run 'devplan init' to create one, or name one with --dir");
    }

    /** The parse cache; null when there is none. */
    ParseCache cache() {
        return cache;
    }

    /** Why the parse cache was not used (its folder is not private), to say once; null otherwise. */
    public String cacheWarning() {
        return cacheWarning;
    }

    public Path root() {
        return root;
    }

    public RepoConfig config() {
        return config;
    }

    public Path plansDir() {
        return root.resolve(PLANS);
    }

    /** How messages name {@code file}. */
    public String shown(Path file) {
        return shown(cwd, file);
    }

    private static String shown(Path cwd, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String relative = base.relativize(abs).toString();
        String absolute = abs.toString();
        return relative.length() <= absolute.length() ? relative : absolute;
    }

    /** The file relative to the root, with forward slashes, as JSON output names it. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Every plan file under plans/, sub-folders included, in a stable order. Hidden files and
     * folders are skipped; a symbolic link counts when it leads to a regular file. One walk that
     * uses the attributes it reads anyway: with 10,000 plans, listing took longer than reading
     * them from the parse cache.
     */
    public List<Path> planFiles() {
        Path dir = plansDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(dir) || !hidden(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    if (!hidden(f) && (name.endsWith(".yaml") || name.endsWith(".yml"))
                            && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f))) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new InputException(List.of(Problem.general("cannot list " + shown(dir) + ": " + e.getMessage())));
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    /** The plan file of {@code id}, wherever under plans/ it is. */
    public Optional<Path> planFile(String id) {
        Path direct = plansDir().resolve(id + ".yaml");
        if (Files.isRegularFile(direct)) {
            return Optional.of(direct);
        }
        return planFiles().stream().filter(p -> p.getFileName().toString().equals(id + ".yaml")).findFirst();
    }

    /** Reads every plan; plans with problems are left out and their problems returned. */
    public Plans loadAll() {
        List<Path> files = planFiles();
        Plans plans = load(files);
        sweepCache(files);
        return plans;
    }

    /** After a scan of every plan: the cache forgets the plans that are gone. */
    private void sweepCache(List<Path> files) {
        if (cache != null) {
            cache.sweep(plansDir(), files, this::relative);
        }
    }

    /** Reads the given plan files; ids must be unique across them. */
    public Plans load(List<Path> files) {
        Scanned<Plan> scanned = scan(files, plan -> plan);
        return new Plans(scanned.results(), scanned.problems());
    }

    /** {@link #scan(List, Function)} over every plan file. */
    public <R> Scanned<R> scan(Function<Plan, R> mapper) {
        List<Path> files = planFiles();
        Scanned<R> scanned = scan(files, mapper);
        sweepCache(files);
        return scanned;
    }

    /**
     * Reads plans and keeps only what {@code mapper} makes of each, so memory grows with the
     * answer, not with the repository. Many files are read in parallel; results come in the
     * order of employee ids. A plan whose id another file already has is left out with a problem.
     */
    public <R> Scanned<R> scan(List<Path> files, Function<Plan, R> mapper) {
        Stream<Path> stream = files.size() >= PARALLEL_FROM ? files.parallelStream() : files.stream();
        List<Mapped<R>> mapped = stream.map(file -> {
            ReadResult<Plan> r = cache != null ? readThroughCache(file) : read(file);
            Plan plan = r.value();
            return plan == null ? new Mapped<R>(null, null, null, r.problems())
                    : new Mapped<>(plan.id(), plan.file(), mapper.apply(plan), r.problems());
        }).toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        List<Mapped<R>> kept = new ArrayList<>();
        for (Mapped<R> m : mapped) {
            problems.addAll(m.problems());
            if (m.id() == null) {
                continue;
            }
            String first = fileById.putIfAbsent(m.id(), m.file());
            if (first != null) {
                problems.add(duplicateId(m.id(), m.file(), first));
                continue;
            }
            kept.add(m);
        }
        kept.sort(Comparator.comparing(Mapped::id));
        return new Scanned<>(kept.stream().map(Mapped::result).toList(), problems);
    }

    /** The cached plan when its file is unchanged; else the plan as read, cached when clean. */
    private ReadResult<Plan> readThroughCache(Path file) {
        String relative = relative(file);
        ParseCache.Stamp stamp = cache.stamp(file); // before reading: a later change then shows as a new stamp
        if (stamp == null) {
            return read(file);
        }
        Plan cached = cache.plan(relative, stamp);
        if (cached != null) {
            return new ReadResult<>(cached, List.of());
        }
        ReadResult<Plan> r = read(file);
        if (r.ok()) {
            cache.putPlan(relative, stamp, r.value());
        }
        return r;
    }

    private Problem duplicateId(String id, String file, String firstFile) {
        Path path = root.resolve(file);
        ReadResult<Plan> again = read(path);
        var pos = again.value() == null ? io.devplan.domain.Position.NONE : again.value().source().at("employee/id");
        return new Problem(shown(path), pos.line(), pos.column(), "duplicate employee id '" + id + "', also in "
                + shown(root.resolve(firstFile)) + "; ids must be unique across the repository");
    }

    private record Mapped<R>(String id, String file, R result, List<Problem> problems) {}

    /** What a scan kept of the plans that read cleanly, and the problems of the others. */
    public record Scanned<R>(List<R> results, List<Problem> problems) {}

    /** Reads one plan file. */
    public ReadResult<Plan> read(Path file) {
        return readWithText(file).result();
    }

    /** A plan file as read, with its text (null when it could not be read), for ignore comments. */
    public record PlanRead(ReadResult<Plan> result, String text) {}

    /** Reads one plan file and keeps its text. */
    public PlanRead readWithText(Path file) {
        List<Problem> problems = new ArrayList<>();
        String shown = shown(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".yml")) {
            problems.add(new Problem(shown, 0, 0, "plan files end in .yaml; rename it to "
                    + name.substring(0, name.length() - 4) + ".yaml"));
            return new PlanRead(new ReadResult<>(null, problems), null);
        }
        String text = readText(file, shown, problems);
        if (text == null) {
            return new PlanRead(new ReadResult<>(null, problems), null);
        }
        return new PlanRead(PlanReader.read(shown, relative(file), name.substring(0, name.length() - 5), text,
                problems, fullSourceMaps), text);
    }

    /** The text of a file, or null after recording why it cannot be read. */
    static String readText(Path file, String shown, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.unreadable(shown, Position.NONE, "file is " + size + " bytes, more than the "
                        + MAX_FILE_BYTES / 1024 + " KiB a devplan file may have"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, "not UTF-8 text; save the file as UTF-8"));
        } catch (NoSuchFileException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, "no such file"));
        } catch (IOException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** The plans that read cleanly, and the problems of those that did not. */
    public record Plans(List<Plan> plans, List<Problem> problems) {
        public Optional<Plan> byId(String id) {
            return plans.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }
}
