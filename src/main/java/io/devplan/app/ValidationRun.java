package io.devplan.app;

import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Validator;
import io.devplan.store.IgnoreComments;
import io.devplan.store.Problem;
import io.devplan.store.ReadResult;
import io.devplan.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A validation run, the application service behind {@code devplan validate}: it reads the files
 * (store), checks each plan as it is read (domain), and keeps what it found: the findings of the
 * plans that read, and the reader's problems of those that did not, as findings of the rules
 * {@code schema} and {@code unreadable}. Each plan is checked as it is read and then dropped, in
 * parallel when there are many, so memory follows the findings and not the repository.
 *
 * @param ignored how many findings ignore comments switched off
 * @param unreadable whether some file could not be read at all (exit status 3)
 * @param files how many files were checked
 */
public record ValidationRun(List<Finding> findings, int ignored, boolean unreadable, int files) {
    /** Below this many files a thread pool costs more than it saves. */
    private static final int PARALLEL_FROM = 64;

    /** Every plan id of the repository (file name stems), also when only some files are checked. */
    public static Set<String> planIds(Repository repo) {
        Set<String> ids = new LinkedHashSet<>();
        for (Path p : repo.planFiles()) {
            ids.add(stem(p));
        }
        return ids;
    }

    /** Checks {@code files}, or every plan file of the repository when the list is empty. */
    public static ValidationRun check(Repository repo, List<Path> files, Context context, String configFile) {
        List<Path> chosen = files.isEmpty() ? repo.planFiles() : files;
        Stream<Path> stream = chosen.size() >= PARALLEL_FROM ? chosen.parallelStream() : chosen.stream();
        List<Checked> checked = stream.map(file -> checkOne(repo, file, context)).toList();
        List<Finding> findings = new ArrayList<>(Validator.settings(context, configFile));
        Map<String, String> fileOfId = new HashMap<>();
        boolean unreadable = false;
        int ignored = 0;
        for (Checked c : checked) {
            unreadable |= c.unreadable();
            findings.addAll(c.readerFindings());
            if (c.id() == null) {
                continue;
            }
            String first = fileOfId.putIfAbsent(c.id(), c.relative());
            if (first != null) {
                findings.add(finding("schema", c.relative(), c.idPosition().line(), c.idPosition().column(), c.id(),
                        "duplicate employee id '" + c.id() + "', also in " + first
                                + "; ids must be unique across the repository"));
                continue;
            }
            findings.addAll(c.result().findings());
            ignored += c.result().ignored();
        }
        findings.sort(Finding.ORDER);
        return new ValidationRun(List.copyOf(findings), ignored, unreadable, chosen.size());
    }

    /** What one file gave: reader findings, or the plan's id and its findings. */
    private record Checked(String relative, String id, Position idPosition, List<Finding> readerFindings,
                           boolean unreadable, Validator.Result result) {}

    private static Checked checkOne(Repository repo, Path file, Context context) {
        String relative = repo.relative(file);
        Repository.PlanRead read = repo.readWithText(file);
        ReadResult<Plan> r = read.result();
        List<Finding> readerFindings = new ArrayList<>();
        boolean unreadable = false;
        for (Problem p : r.problems()) {
            unreadable |= p.kind() == Problem.Kind.UNREADABLE;
            readerFindings.add(finding(p.kind() == Problem.Kind.UNREADABLE ? "unreadable" : "schema", relative,
                    p.line(), p.column(), stem(file), p.message()));
        }
        Plan plan = r.value();
        if (plan == null) {
            return new Checked(relative, null, Position.NONE, readerFindings, unreadable, null);
        }
        Validator.Result result = Validator.check(new Validator.Input(plan, IgnoreComments.parse(read.text())), context);
        return new Checked(relative, plan.id(), plan.source().at("employee/id"), readerFindings, unreadable, result);
    }

    /**
     * The plan files {@code paths} name: files as given, folders with every plan file under them.
     *
     * @throws IllegalArgumentException for a path outside the repository's plans/ folder
     */
    public static List<Path> files(Repository repo, List<Path> paths) {
        List<Path> out = new ArrayList<>();
        Path plans = repo.plansDir().toAbsolutePath().normalize();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(plans)) {
                throw new IllegalArgumentException(repo.shown(abs) + " is not under " + repo.shown(plans)
                        + "; validate checks plan files of the repository at " + repo.shown(repo.root()));
            }
            if (Files.isDirectory(abs)) {
                repo.planFiles().stream().filter(f -> f.toAbsolutePath().normalize().startsWith(abs)).forEach(out::add);
            } else {
                out.add(abs);
            }
        }
        return out.stream().distinct().toList();
    }

    private static Finding finding(String ruleName, String file, int line, int column, String employee, String message) {
        Rule rule = Rules.named(ruleName).orElseThrow();
        return new Finding(file, line, column, rule.severity(), rule.name(), Criterion.SCHEMA, employee, null, message);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
