package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.EmployeeId;
import io.devplan.domain.Feedback;
import io.devplan.domain.ItemId;
import io.devplan.domain.FeedbackIds;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Record a piece of feedback in a plan.",
        description = "Appends an entry to 'feedback'. Without --id the id is made from the date: fb-2026-11-22, "
                + "then fb-2026-11-22-2 for a second one that day.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan feedback add alice-andersen --from bob-berg --source one-on-one --kind improvement \\",
            "      --text 'Goes quiet in meetings with product leads.' --private",
        })
final class FeedbackAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What was said.")
    String text;

    @Option(names = "--from", paramLabel = "WHO", description = "Who said it: a plan id or a name.")
    String from;

    @Option(names = "--source", paramLabel = "SOURCE", converter = YamlNameConverter.Source.class,
            description = "review, one-on-one, peer, self, upward, customer or 360.")
    FeedbackSource source;

    @Option(names = "--kind", paramLabel = "KIND", converter = YamlNameConverter.Kind.class,
            description = "strength, improvement or recognition.")
    FeedbackKind kind;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class, description = "Default: today.")
    LocalDate date;

    @Option(names = "--private", description = "Manager-only: never in an employee-audience report.")
    boolean isPrivate;

    @Option(names = "--id", paramLabel = "FEEDBACK-ID", description = "Id of the entry (default: from the date).")
    String feedbackId;

    @Override
    public Integer call() {
        Said problem = feedbackId == null ? null : ItemId.problemSaid(feedbackId, "feedback id");
        if (problem != null) {
            throw new UsageException(Said.of(CliText.OPTION_ID_PROBLEM, "problem", problem));
        }
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            LocalDate day = date != null ? date : today;
            String fid = feedbackId != null ? feedbackId : FeedbackIds.next(plan, day);
            if (plan.feedback().stream().anyMatch(f -> fid.equals(f.id()))) {
                throw new UsageException(Said.of(CliText.FEEDBACK_TAKEN, "id", plan.id(), "feedback", fid));
            }
            Feedback f = new Feedback(fid, day, from, source, kind, text, isPrivate, Position.NONE);
            int count = plan.feedback().size();
            return new PlanChange.Result(new PlanEdit(before.text()).add(f).text(),
                    p -> p.feedback().size() == count + 1 && p.feedback().get(count).id().equals(fid)
                            && CheckinEdit.sameText(p.feedback().get(count).text(), text)
                            ? null : "the feedback reads back differently",
                    Said.of(CliText.RECORDED_FEEDBACK, "feedback", fid, "id", plan.id()), "feedback " + plan.id() + " " + fid);
        });
    }
}
