package io.devplan.store;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.Said;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    /** plans/ as listed, once: several commands ask for it more than once. */
    private PlanFiles.Listing listing;
    private Map<String, List<Path>> byFileName;
    /** Why the parse cache is not used, for the user; null when it is or none was asked for. */
    private Said cacheWarning;

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
        Said refused = cache == null ? null : cache.refusal();
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
        String shown = shown(root, cwd, configFile);
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
            throw new RepositoryNotFoundException((Files.isDirectory(dir) ? ReadingText.NO_CONFIG_IN_FOLDER
                    : ReadingText.NOT_A_FOLDER).with("dir", dir.toString()));
        }
        return dir;
    }

    private static Path findRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(CONFIG))) {
                return p;
            }
        }
        throw new RepositoryNotFoundException(ReadingText.NO_CONFIG_ABOVE.with("start", start.toString()));
    }

    /** The parse cache; null when there is none. */
    ParseCache cache() {
        return cache;
    }

    /** Why the parse cache was not used (its folder is not private), to say once; null otherwise. */
    public String cacheWarning() {
        return cacheWarning == null ? null : cacheWarning.english();
    }

    /** "not using the parse cache: " and why, to be said in the reader's language; null when the cache is used. */
    public Said cacheNotice() {
        return cacheWarning == null ? null : ReadingText.CACHE_NOT_USED.with("reason", cacheWarning);
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
        return shown(root, cwd, file);
    }

    /**
     * Relative to the current folder when it is in the repository (as git names files, and so a
     * terminal can open them), else absolute: a path that climbs out of the current folder into
     * an unrelated one ("../../other/plans/x.yaml") says less than the whole path.
     */
    private static String shown(Path root, Path cwd, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        String relative = base.relativize(abs).toString();
        boolean inside = root == null || base.startsWith(root.toAbsolutePath().normalize()) || abs.startsWith(base);
        // The current folder itself is '.', not an empty name that ends a message early.
        return relative.isEmpty() ? "." : inside ? relative : abs.toString();
    }

    /** The file relative to the root, with forward slashes, as JSON output names it. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Every plan file under plans/, sub-folders included, in the order commands prefer among plans
     * with the same id: directly under plans/ first, then by path. Hidden files and folders are
     * skipped; links are followed within the repository only (see {@link PlanFiles}). Listed once
     * per repository opened.
     */
    public List<Path> planFiles() {
        return listing().files();
    }

    /**
     * What listing plans/ met besides plans: folders that cannot be read, broken or refused
     * links, FIFOs, editors' swap files (notices); one problem each.
     */
    public List<Problem> listingProblems() {
        return listing().problems().stream().map(p -> new Problem(shown(root.resolve(p.file())), p.line(), p.column(),
                p.said(), p.kind())).toList();
    }

    /** {@link #listingProblems()} with each file named relative to the root, as validate's findings name files. */
    public List<Problem> listingProblemsByRelativeFile() {
        return listing().problems();
    }

    private synchronized PlanFiles.Listing listing() {
        if (listing == null) {
            listing = PlanFiles.list(root, plansDir(), this::relative);
        }
        return listing;
    }

    /**
     * The plan file of {@code id}: the one directly under plans/, else the first in path order,
     * so that every command reads the same file when two have the same id.
     */
    public Optional<Path> planFile(EmployeeId id) {
        List<Path> all = planFiles(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every plan file named {@code id}, the one commands read first; more than one is a duplicate id. */
    public List<Path> planFiles(EmployeeId id) {
        return byFileName().getOrDefault(id.fileName(), List.of());
    }

    /** The plan files by file name, in preference order, built once: validate asks for many. */
    private synchronized Map<String, List<Path>> byFileName() {
        if (byFileName == null) {
            byFileName = new HashMap<>();
            for (Path p : planFiles()) {
                byFileName.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>(1)).add(p);
            }
        }
        return byFileName;
    }

    /** The problem of a plan file left out because {@code chosen} has the same id. */
    public Problem duplicate(EmployeeId id, Path chosen, Path other) {
        return new Problem(shown(other), 0, 0, ReadingText.DUPLICATE_EMPLOYEE_ID.with("id", id.value(),
                "chosen", shown(chosen)));
    }

    /** Reads every plan; plans with problems are left out and their problems returned. */
    public Plans loadAll() {
        // loadAll goes through scan, which sweeps the cache after every plan has been seen.
        Scanned<Plan> scanned = scan(plan -> plan);
        return new Plans(scanned.results(), scanned.problems());
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
        if (listingProblems().isEmpty()) {
            return scanned;
        }
        List<Problem> problems = new ArrayList<>(listingProblems());
        problems.addAll(scanned.problems());
        return new Scanned<>(scanned.results(), problems);
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
                problems.add(duplicate(new EmployeeId(m.id()), root.resolve(first), root.resolve(m.file())));
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
            problems.add(new Problem(shown, 0, 0, ReadingText.YML_NAME.with("name",
                    name.substring(0, name.length() - 4))));
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
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                problems.add(Problem.unreadable(shown, Position.NONE, attributes.isDirectory()
                        ? Said.of(ReadingText.IS_A_FOLDER) : ReadingText.NOT_REGULAR.with("kind", PlanFiles.kind(file))));
                return null;
            }
            long size = attributes.size();
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.unreadable(shown, Position.NONE, tooLarge(size)));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, Said.of(ReadingText.NOT_UTF8)));
        } catch (NoSuchFileException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, Said.of(ReadingText.NO_SUCH_FILE)));
        } catch (IOException e) {
            problems.add(Problem.unreadable(shown, Position.NONE, ReadingText.CANNOT_READ.with("reason", e.getMessage())));
        }
        return null;
    }

    /** The problem of a file larger than a devplan file may be. */
    static Said tooLarge(long size) {
        // Decimals, so that each language groups the digits (1.048.614 in Danish); English keeps them as before.
        return ReadingText.TOO_LARGE.with("size", java.math.BigDecimal.valueOf(size),
                "limit", java.math.BigDecimal.valueOf(MAX_FILE_BYTES / 1024));
    }

    /** The plans that read cleanly, and the problems of those that did not. */
    public record Plans(List<Plan> plans, List<Problem> problems) {
        public Optional<Plan> byId(String id) {
            return plans.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }
}
