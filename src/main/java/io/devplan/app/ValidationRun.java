package io.devplan.app;

import io.devplan.domain.Said;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.Said;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.domain.validate.Context;
import io.devplan.domain.validate.Validator;
import io.devplan.store.ConflictFindings;
import io.devplan.store.ConflictMarkers;
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

    /**
     * Checks the plan files under {@code paths} (files and folders, absolute), or every plan file
     * of the repository when there are none.
     *
     * @throws IllegalArgumentException for a path outside plans/ or one that is no plan file
     */
    public static ValidationRun check(Repository repo, List<Path> paths, Context context, String configFile) {
        List<Path> chosen = paths.isEmpty() ? repo.planFiles() : files(repo, paths);
        List<Finding> listed = listingFindings(repo, paths);
        Stream<Path> stream = chosen.size() >= PARALLEL_FROM ? chosen.parallelStream() : chosen.stream();
        List<Checked> checked = stream.map(file -> checkOne(repo, file, context)).toList();
        List<Finding> findings = new ArrayList<>(Validator.settings(context, configFile));
        findings.addAll(listed);
        Map<String, String> fileOfId = new HashMap<>();
        List<Checked> kept = new ArrayList<>();
        boolean unreadable = !listed.isEmpty();
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
                        repo.duplicate(new EmployeeId(c.id()), repo.root().resolve(first),
                                repo.root().resolve(c.relative())).said()));
                continue;
            }
            findings.addAll(c.result().findings());
            ignored += c.result().ignored();
            kept.add(c);
        }
        // Cycles run through several plans: found once all are read; a plan that was not checked
        // (validate of some files) is read only when a chain of managers leads to it.
        // With every plan checked, a manager that is no member is no plan.
        findings.addAll(Validator.across(kept.stream().map(Checked::member).toList(),
                paths.isEmpty() ? id -> null : id -> managerOfUnchecked(repo, id), context));
        findings.sort(Finding.ORDER);
        return new ValidationRun(List.copyOf(findings), ignored, unreadable, chosen.size());
    }

    /**
     * What listing plans/ met (unreadable folders, refused links, FIFOs) under the paths checked, as
     * findings of the rule 'unreadable'; notices (editors' swap files) are no finding.
     */
    private static List<Finding> listingFindings(Repository repo, List<Path> paths) {
        List<Finding> out = new ArrayList<>();
        for (Problem p : repo.listingProblemsByRelativeFile()) {
            Path file = repo.root().resolve(p.file()).toAbsolutePath().normalize();
            if (p.leftOut() && (paths.isEmpty() || paths.stream().map(f -> f.toAbsolutePath().normalize()).anyMatch(file::startsWith))) {
                out.add(finding("unreadable", p.file(), p.line(), p.column(), null, p.said()));
            }
        }
        return out;
    }

    private static String managerOfUnchecked(Repository repo, String id) {
        if (!EmployeeId.isValid(id)) {
            return null;
        }
        return repo.planFile(new EmployeeId(id)).map(repo::read).map(ReadResult::value)
                .map(p -> p.employee().manager()).orElse(null);
    }

    /** What one file gave: reader findings, or the plan's id, its findings and its manager. */
    private record Checked(String relative, String id, Position idPosition, List<Finding> readerFindings,
                           boolean unreadable, Validator.Result result, Validator.Member member) {}

    private static Checked checkOne(Repository repo, Path file, Context context) {
        String relative = repo.relative(file);
        Repository.PlanRead read = repo.readWithText(file);
        ReadResult<Plan> r = read.result();
        List<Finding> readerFindings = new ArrayList<>();
        boolean unreadable = false;
        // A file with conflict markers: one finding per conflicted value instead of the reader's one line.
        List<Problem> problems = read.text() != null && ConflictMarkers.firstLine(read.text()) > 0
                ? ConflictFindings.of(relative, read.text()) : r.problems();
        for (Problem p : problems) {
            unreadable |= p.kind() == Problem.Kind.UNREADABLE;
            readerFindings.add(finding(p.kind() == Problem.Kind.UNREADABLE ? "unreadable" : "schema", relative,
                    p.line(), p.column(), stem(file), p.said()));
        }
        Plan plan = r.value();
        if (plan == null) {
            return new Checked(relative, null, Position.NONE, readerFindings, unreadable, null, null);
        }
        Validator.Input input = new Validator.Input(plan, IgnoreComments.parse(read.text()));
        return new Checked(relative, plan.id(), plan.source().at("employee/id"), readerFindings, unreadable,
                Validator.check(input, context), Validator.member(input));
    }

    /**
     * The plan files {@code paths} name: files as given, folders with every plan file under them.
     *
     * @throws IllegalArgumentException for a path outside the repository's plans/ folder
     */
    static List<Path> files(Repository repo, List<Path> paths) {
        List<Path> out = new ArrayList<>();
        Path plans = repo.plansDir().toAbsolutePath().normalize();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(plans)) {
                throw new BadPath(Said.of(ServiceText.NOT_UNDER_PLANS, "path", repo.shown(abs), "plans",
                        repo.shown(plans), "config", Repository.CONFIG));
            }
            List<Path> under = repo.planFiles().stream().filter(f -> f.toAbsolutePath().normalize().startsWith(abs)).toList();
            if (under.isEmpty() && !Files.isDirectory(abs) && !listedAsProblem(repo, abs)) {
                // Only files the listing accepts are read: never a hidden file or a link it refuses.
                throw new BadPath(Said.of(Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? ServiceText.NOT_A_PLAN_FILE : ServiceText.NO_SUCH_FILE, "path", repo.shown(abs)));
            }
            out.addAll(under);
        }
        return out.stream().distinct().toList();
    }

    private static boolean listedAsProblem(Repository repo, Path abs) {
        return repo.listingProblemsByRelativeFile().stream()
                .anyMatch(p -> repo.root().resolve(p.file()).toAbsolutePath().normalize().equals(abs));
    }

    /** A reader's problem as a finding: it keeps the problem's words, said in the reader's language. */
    private static Finding finding(String ruleName, String file, int line, int column, String employee, Said said) {
        Rule rule = Rules.named(ruleName).orElseThrow();
        return new Finding(file, line, column, rule.severity(), rule.name(), Criterion.SCHEMA, employee, null, said);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** A path validate was given that is no plan file or folder under plans/. */
    public static final class BadPath extends IllegalArgumentException {
        private final transient Said said;

        BadPath(Said said) {
            super(said.english(), null);
            this.said = said;
        }

        public Said said() {
            return said;
        }
    }
}
