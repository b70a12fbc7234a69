package io.devplan.domain.validate;

import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import io.devplan.store.IgnoreComments;
import io.devplan.store.PlanReader;
import io.devplan.store.Problem;
import io.devplan.store.ReadResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a plan snippet as validate would, in a repository with a small, fixed devplan.yaml. */
final class Fixture {
    private Fixture() {}

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    static final RepoConfig CONFIG = new RepoConfig(null, null, null,
            List.of(new RepoConfig.Priority("reliability", "Payments reliability")),
            List.of(new RepoConfig.Competency("communication", "Communication"),
                    new RepoConfig.Competency("ownership", "Ownership")),
            Map.of(), new RepoConfig.Rules(2, List.of()), "0600", false, 25);
    static final Context CONTEXT = new Context(CONFIG, Set.of("alice-andersen", "bob-berg"), AS_OF);

    /**
     * Every finding of the snippet; a snippet without 'employee' gets Alice's. A snippet of several
     * plans (rules across plans) marks each with a line {@code # plans/ID.yaml}.
     */
    static List<Finding> findings(String snippet) {
        if (snippet.startsWith("# plans/")) {
            List<Validator.Input> inputs = new ArrayList<>();
            List<Finding> readerFindings = new ArrayList<>();
            for (String part : snippet.split("(?m)^(?=# plans/)")) {
                String id = part.substring("# plans/".length(), part.indexOf(".yaml"));
                read(id, part, inputs, readerFindings);
            }
            return readerFindings.isEmpty() ? Validator.run(inputs, List.of(), CONTEXT, "devplan.yaml").findings()
                    : readerFindings;
        }
        String text = snippet.contains("employee:") ? snippet
                : "employee: {id: alice-andersen, name: Alice Andersen, since: 2025-01-01}\n" + snippet;
        List<Validator.Input> inputs = new ArrayList<>();
        List<Finding> readerFindings = new ArrayList<>();
        read("alice-andersen", text, inputs, readerFindings);
        return readerFindings.isEmpty() ? Validator.run(inputs, List.of(), CONTEXT, "devplan.yaml").findings()
                : readerFindings;
    }

    private static void read(String id, String text, List<Validator.Input> inputs, List<Finding> readerFindings) {
        String file = "plans/" + id + ".yaml";
        List<Problem> problems = new ArrayList<>();
        ReadResult<Plan> r = PlanReader.read(id + ".yaml", file, id, text, problems);
        if (!r.ok()) {
            r.problems().forEach(p -> readerFindings.add(new Finding(file, p.line(), p.column(), Severity.ERROR,
                    p.kind() == Problem.Kind.UNREADABLE ? "unreadable" : "schema", Criterion.SCHEMA, id, null,
                    p.said())));
            return;
        }
        inputs.add(new Validator.Input(r.value(), IgnoreComments.parse(text)));
    }

    static List<Finding> findings(String snippet, String rule) {
        return findings(snippet).stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
