package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.DidYouMean;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanView;
import io.devplan.domain.Recipient;
import io.devplan.domain.Reminders;
import io.devplan.render.RemindDocument;
import io.devplan.render.RemindJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remind", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print reminders grouped by the person who must act; nothing at all when nothing is due.",
        description = "Made for cron. The owner of an action is reminded of it (the employee when it has no owner); "
                + "the employee of their milestones; the manager of check-ins due, goals overdue, due soon or at "
                + "risk, support requested and not yet decided, and achievements not yet celebrated. When nothing "
                + "is overdue or due within --within days, nothing is printed, so cron sends no mail.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  devplan remind",
            "  devplan remind --for bob-berg --within 14",
            "  0 7 * * 1-5  cd ~/hr/plans && devplan remind | mail -E -s 'devplan reminders' hr@example.com",
            "  devplan remind --format json | jq -r '.[].recipient'",
            "  devplan remind --send --dry-run",
            "  0 7 * * 1-5  cd ~/hr/plans && DEVPLAN_SMTP_PASSWORD=$(cat ~/.smtp-password) devplan remind --send",
        })
final class RemindCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--for", paramLabel = "PERSON", description = "Only the reminders of PERSON (a plan id, or the name a plan uses).")
    String person;

    @Option(names = "--within", paramLabel = "DAYS", converter = DaysConverter.class,
            description = "Remind of what is due within DAYS days (default: ${DEFAULT-VALUE}).")
    int within = 7;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format;

    @Option(names = "--send", description = "Mail each person their reminders over SMTP, as devplan.yaml's mail: "
            + "says (password from DEVPLAN_SMTP_PASSWORD), to their plan's employee.email or their entry in "
            + "devplan.yaml's people. The same reminder is not mailed to the same person again within "
            + "remind.repeat-days (default 7) unless it changed. Exit 1 when someone has no address, 3 when the "
            + "server refused or could not be reached.")
    boolean send;

    @Option(names = "--dry-run", description = "With --send: print each mail (headers and text) and send none.")
    boolean dryRun;

    @Option(names = "--force", description = "With --send: mail every reminder, even one mailed within "
            + "remind.repeat-days.")
    boolean force;

    @Override
    public Integer call() {
        if (!send && (dryRun || force)) {
            throw new UsageException(Said.of(dryRun ? CliText.DRY_RUN_NEEDS_SEND : CliText.FORCE_NEEDS_SEND));
        }
        if (send && format != null) {
            throw new UsageException(Said.of(CliText.SEND_PRINTS_NONE));
        }
        Session session = Session.of(spec);
        Loaded loaded = session.load();
        if (person != null) {
            checkKnown(loaded.plans());
        }
        LocalDate date = session.asOf(asOf.asOf, loaded.repo());
        List<PlanView> views = loaded.plans().stream()
                .map(p -> PlanView.of(p, loaded.repo().config(), date, within)).toList();
        List<Recipient> recipients = Reminders.of(views, loaded.repo().config()).stream()
                .filter(r -> person == null || r.id().equals(person))
                .toList();
        var out = spec.commandLine().getOut();
        if (send) {
            int sent = RemindSend.run(session, loaded.repo().config(), loaded.repo().root(), recipients, date, dryRun,
                    force, out, spec.commandLine().getErr());
            return loaded.exit(sent);
        }
        // Not even a newline when nothing is due: `mail -E` and cron then send nothing.
        if (!recipients.isEmpty() || !loaded.problems().isEmpty() && format != Format.json) {
            if (format == Format.json) {
                RemindJson.print(recipients, out);
                out.println();
            } else {
                session.text(out).write(RemindDocument.of(recipients, Session.unreadable(loaded.problems()),
                        session.words(loaded.repo())));
            }
        }
        spec.commandLine().getOut().flush();
        return loaded.exit(ExitCodes.OK);
    }

    /** A --for that names nobody the plans know is a typo, not "nothing to do": say so. */
    private void checkKnown(List<Plan> plans) {
        Set<String> people = new TreeSet<>();
        for (Plan p : plans) {
            people.add(p.id());
            if (p.employee().manager() != null) {
                people.add(p.employee().manager());
            }
            p.goals().forEach(g -> g.actions().forEach(a -> {
                if (a.owner() != null) {
                    people.add(a.owner());
                }
            }));
        }
        if (!people.contains(person)) {
            throw new UsageException(io.devplan.domain.DidYouMean.said(CliText.NOBODY_CALLED, CliText.NOBODY_CALLED_DID_YOU_MEAN,
                    person, people, "person", person));
        }
    }
}
