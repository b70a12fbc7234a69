package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.Assessment;
import io.devplan.domain.AssessmentCheck;
import io.devplan.domain.Assessor;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Record a competency assessment.",
        description = "Appends a dated entry to 'assessments': the levels of competencies of the repository's "
                + "framework, on the scale of the person's track, as the employee (self), the manager or a peer "
                + "sees them. The report's before/after and the gap to the next level use them.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan assess alice-andersen communication=3 system-design=3 --by manager",
            "  devplan assess alice-andersen communication=2 --by self --date 2026-11-20",
        })
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMPETENCY=LEVEL",
            description = "A competency of the framework and its level.")
    List<String> levels;

    @Option(names = "--by", required = true, paramLabel = "WHO", converter = YamlNameConverter.AssessorName.class,
            description = "self, manager or peer.")
    Assessor by;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class, description = "Default: today.")
    LocalDate date;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            Map<String, Integer> read = AssessmentCheck.parse(levels);
            if (read == null) {
                throw new UsageException(Said.of(CliText.LEVELS_FORMAT));
            }
            LocalDate day = date != null ? date : today;
            AssessmentCheck.refusal(plan, repo.config(), read, by, day, today).ifPresent(m -> {
                throw new UsageException(m);
            });
            int count = plan.assessments().size();
            Assessment a = new Assessment(day, by, read, Position.NONE);
            return new PlanChange.Result(new PlanEdit(before.text()).add(a).text(),
                    p -> p.assessments().size() == count + 1 && p.assessments().get(count).levels().equals(read)
                            && day.equals(p.assessments().get(count).date())
                            ? null : "the assessment reads back differently",
                    Said.of(CliText.RECORDED_ASSESSMENT, "by", by, "date", day, "id", plan.id()),
                    "assess " + plan.id() + " " + by.yamlName() + " " + day);
        });
    }
}
