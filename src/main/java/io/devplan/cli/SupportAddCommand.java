package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.Currencies;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Goal;
import io.devplan.domain.IdFromTitle;
import io.devplan.domain.ItemId;
import io.devplan.domain.InvalidId;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.Support;
import io.devplan.domain.SupportDecision;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import io.devplan.store.PlanEdit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "add", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Allocate support to a goal.",
        description = "Appends an entry to the goal's 'support', with the date of its status (requested unless "
                + "--status says otherwise). The currency is written in upper case and must be an ISO 4217 code.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan support add alice-andersen all-hands-talk --kind coaching --title 'Speaking coach' \\",
            "      --cost 1200 --currency EUR",
            "  devplan support add alice-andersen design-reviews --kind time --title 'Two hours a week' --status approved",
        })
final class SupportAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1", paramLabel = "GOAL", description = "The goal the support is for.")
    String goal;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What is provided.")
    String title;

    @Option(names = "--kind", paramLabel = "KIND", converter = YamlNameConverter.SupportKindName.class,
            description = "training, coaching, mentoring, time, budget, tool or other.")
    SupportKind kind;

    @Option(names = "--id", paramLabel = "SUPPORT", description = "Its id within the goal. Default: made from the title.")
    String supportId;

    @Option(names = "--cost", paramLabel = "NUMBER", description = "What it costs.")
    BigDecimal cost;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code of the cost, such as EUR.")
    String currency;

    @Option(names = "--status", paramLabel = "STATUS", converter = YamlNameConverter.SupportStatusName.class,
            description = "requested (default), approved, provided or declined.")
    SupportStatus status;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "When it reached its status. Default: today.")
    LocalDate date;

    @Option(names = "--note", paramLabel = "TEXT", description = "What was said about it.")
    String note;

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            Goal g = ItemRefs.goal(plan, goal);
            SupportDecision.currencyRefusal(currency).ifPresent(m -> {
                throw new UsageException(Said.of(CliText.CURRENCY_PROBLEM, "problem", m));
            });
            LocalDate day = date != null ? date : today;
            if (day.isAfter(today)) {
                throw new UsageException(Said.of(CliText.SUPPORT_AFTER_TODAY, "date", day, "today", today));
            }
            var taken = g.support().stream().map(Support::id).toList();
            String sid = supportId != null ? checkedId(supportId) : IdFromTitle.of(title, 3, "support", taken);
            if (taken.contains(sid)) {
                throw new UsageException(Said.of(CliText.SUPPORT_TAKEN, "goal", g.id(), "support", sid));
            }
            SupportStatus st = status != null ? status : SupportStatus.REQUESTED;
            Support s = new Support(sid, kind, title, cost, Currencies.normalize(currency), st, Map.of(st, day), note,
                    Position.NONE);
            int count = g.support().size();
            String address = g.id() + "/" + sid;
            return new PlanChange.Result(new PlanEdit(before.text()).addSupport(plan, g.id(), s).text(),
                    p -> p.goal(g.id()).map(x -> x.support().size() == count + 1
                            && x.support().get(count).id().equals(sid) && x.support().get(count).status() == st
                            && day.equals(x.support().get(count).date(st))).orElse(false)
                            ? null : "the support reads back differently",
                    Said.of(CliText.ADDED_SUPPORT, "support", address, "status", st, "date", day,
                            "id", plan.id()),
                    "support add " + plan.id() + " " + address);
        });
    }

    private static String checkedId(String text) {
        try {
            return ItemId.check(text, "support id");
        } catch (InvalidId e) {
            throw new UsageException(e.said());
        }
    }
}
