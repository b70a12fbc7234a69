package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.DidYouMean;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.Support;
import io.devplan.domain.SupportDecision;
import io.devplan.domain.SupportStatus;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Record a decision on support, or its delivery.",
        description = "Sets the support's status and the date it reached it (the key named after the status: "
                + "approved: 2026-11-20); --note keeps what was said. Nothing else in the file changes.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan support set alice-andersen all-hands-talk/speaking-coach approved",
            "  devplan support set alice-andersen all-hands-talk/speaking-coach declined --note 'No budget this year'",
            "  devplan support set alice-andersen design-reviews/facilitation provided --date 2026-11-20",
        })
final class SupportSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", paramLabel = "GOAL/SUPPORT", description = "The goal and its support entry.")
    String address;

    @Parameters(index = "2", paramLabel = "STATUS", converter = YamlNameConverter.SupportStatusName.class,
            description = "requested, approved, provided or declined.")
    SupportStatus status;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class, description = "Default: today.")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was said about the decision.")
    String note;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            int slash = address.indexOf('/');
            if (slash < 0) {
                String all = supports(plan);
                throw new UsageException(all.isEmpty() ? Said.of(CliText.NO_SUPPORT_ADDRESS, "address", address)
                        : Said.of(CliText.NO_SUPPORT_ADDRESS_LISTED, "address", address, "list", all));
            }
            Goal g = ItemRefs.goal(plan, address.substring(0, slash));
            String sid = address.substring(slash + 1);
            Support s = g.support().stream().filter(x -> x.id().equals(sid)).findFirst()
                    .orElseThrow(() -> new UsageException(g.support().isEmpty()
                            ? Said.of(CliText.NO_SUPPORT_YET, "goal", g.id(), "support", sid)
                            : io.devplan.domain.DidYouMean.said(CliText.NO_SUPPORT, CliText.NO_SUPPORT_DID_YOU_MEAN, sid,
                                    g.support().stream().map(Support::id).toList(), "goal", g.id(), "support", sid)));
            LocalDate day = date != null ? date : today;
            String shown = g.id() + "/" + s.id();
            SupportDecision.refusal(shown, s, status, day, today).ifPresent(m -> {
                throw new UsageException(m);
            });
            return new PlanChange.Result(
                    new PlanEdit(before.text()).setSupportStatus(plan, g.id(), s.id(), status, day, note).text(),
                    p -> p.goal(g.id()).flatMap(x -> x.support().stream().filter(y -> y.id().equals(sid)).findFirst())
                            .map(y -> y.status() == status && day.equals(y.date(status))
                                    && (note == null || CheckinEdit.sameText(y.note(), note)))
                            .orElse(false) ? null : "the support reads back differently",
                    Said.of(CliText.SUPPORT_STATUS_SET, "support", shown, "status", status, "date", day,
                            "id", plan.id()),
                    "support set " + plan.id() + " " + shown + " " + status.yamlName() + " " + day);
        });
    }

    /** "; it has: a/b, c/d", or nothing when the plan has no support. */
    private static String supports(Plan plan) {
        var all = plan.goals().stream().flatMap(g -> g.support().stream().map(s -> g.id() + "/" + s.id())).toList();
        return String.join(", ", all);
    }
}
