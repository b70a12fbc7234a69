package io.devplan.store;

import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.validate.Criterion;
import io.devplan.domain.validate.Finding;
import io.devplan.domain.validate.Rule;
import io.devplan.domain.validate.Rules;
import io.devplan.domain.validate.Suppressions;
import io.devplan.domain.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What validate checks: the plans that read, with their ignore comments, and the reader's
 * problems of those that did not, as findings of the rules {@code schema} and {@code unreadable}.
 *
 * @param planIds every plan id of the repository (file name stems), also when only some files are checked
 * @param unreadable whether some file could not be read at all (exit status 3)
 */
public record ValidateInput(List<Validator.Input> inputs, List<Finding> readerFindings, Set<String> planIds,
                            boolean unreadable, int files) {

    /** Reads {@code files}, or every plan file of the repository when the list is empty. */
    public static ValidateInput read(Repository repo, List<Path> files) {
        List<Path> all = repo.planFiles();
        List<Path> chosen = files.isEmpty() ? all : files;
        Set<String> ids = new LinkedHashSet<>();
        for (Path p : all) {
            ids.add(stem(p));
        }
        List<Validator.Input> inputs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> fileOfId = new HashMap<>();
        boolean unreadable = false;
        for (Path file : chosen) {
            String relative = repo.relative(file);
            ReadResult<Plan> r = repo.read(file);
            for (Problem p : r.problems()) {
                unreadable |= p.kind() == Problem.Kind.UNREADABLE;
                findings.add(finding(p.kind() == Problem.Kind.UNREADABLE ? "unreadable" : "schema", relative,
                        p.line(), p.column(), stem(file), p.message()));
            }
            Plan plan = r.value();
            if (plan == null) {
                continue;
            }
            String first = fileOfId.putIfAbsent(plan.id(), relative);
            if (first != null) {
                Position pos = plan.source().at("employee/id");
                findings.add(finding("schema", relative, pos.line(), pos.column(), plan.id(), "duplicate employee id '"
                        + plan.id() + "', also in " + first + "; ids must be unique across the repository"));
                continue;
            }
            inputs.add(new Validator.Input(plan, suppressions(file)));
        }
        return new ValidateInput(inputs, findings, ids, unreadable, chosen.size());
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

    private static Suppressions suppressions(Path file) {
        List<Problem> ignored = new ArrayList<>();
        String text = Repository.readText(file, file.toString(), ignored);
        return text == null ? Suppressions.NONE : IgnoreComments.parse(text);
    }

    private static Finding finding(String ruleName, String file, int line, int column, String employee, String message) {
        Rule rule = Rules.named(ruleName).orElseThrow();
        return new Finding(file, line, column, rule.severity(), rule.name(), Criterion.SCHEMA, employee, null, message);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
