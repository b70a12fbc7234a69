package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.Achievement;
import io.devplan.domain.Celebrations;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.Plan;
import io.devplan.store.PlanEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "celebrate", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Mark an achievement celebrated.",
        description = "Sets the achievement's 'celebrated' date, so the agenda and reminders stop asking for it. "
                + "ACHIEVEMENT is needed only when more than one is not yet celebrated: its date, or words of its "
                + "title; on a terminal devplan asks which one.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan celebrate alice-andersen",
            "  devplan celebrate alice-andersen 2026-11-03 --date 2026-11-22",
            "  devplan celebrate alice-andersen 'incident review'",
        })
final class CelebrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteOptions write;

    @Parameters(index = "0", paramLabel = "ID", description = "Employee id.")
    EmployeeId id;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ACHIEVEMENT",
            description = "Its date, or words of its title.")
    List<String> words;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "When it was celebrated. Default: today.")
    LocalDate date;

    /** Which of the achievements waiting to be celebrated, asked on the terminal. */
    private static int ask(List<Achievement> waiting, io.devplan.render.Words words) {
        try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).build()) {
            return ReasonPrompt.choose(t, words.text(io.devplan.render.Msg.CELEBRATE_WAITING), waiting.stream()
                    .map(a -> (a.date() != null ? a.date() + "  " : "") + a.title()).toList(),
                    words.text(io.devplan.render.Msg.ASK_WHICH) + " ", words);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() {
        return PlanChange.apply(spec, id, write, (repo, today, before) -> {
            Plan plan = before.plan();
            Celebrations.Choice choice = Celebrations.choose(plan, words == null ? null : String.join(" ", words));
            List<Achievement> waiting = Celebrations.waiting(plan);
            if (choice.problem() != null && words == null && waiting.size() > 1 && Terminals.interactive()) {
                choice = Celebrations.Choice.of(plan.achievements().indexOf(waiting.get(ask(waiting, Session.of(spec).words(repo)))));
            }
            if (choice.problem() != null) {
                throw new UsageException(choice.problem());
            }
            LocalDate day = date != null ? date : today;
            Achievement a = plan.achievements().get(choice.index());
            if (day.isAfter(today)) {
                throw new UsageException(Said.of(CliText.CELEBRATION_AFTER_TODAY, "date", day, "today", today));
            }
            if (a.date() != null && day.isBefore(a.date())) {
                throw new UsageException(Said.of(CliText.CELEBRATION_BEFORE_ACHIEVEMENT, "date", day, "achieved",
                        a.date()));
            }
            int index = choice.index();
            return new PlanChange.Result(new PlanEdit(before.text()).celebrate(index, day).text(),
                    p -> p.achievements().size() > index && day.equals(p.achievements().get(index).celebrated())
                            ? null : "the achievement reads back differently",
                    Said.of(CliText.CELEBRATED, "title", a.title(), "date", day, "id", plan.id()),
                    "celebrate " + plan.id() + " " + (a.date() != null ? a.date() : "") + " " + day);
        });
    }
}
