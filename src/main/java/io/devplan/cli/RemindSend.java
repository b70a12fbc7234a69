package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.MailRhythm;
import io.devplan.domain.Recipient;
import io.devplan.domain.Reminder;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.SentLog;
import io.devplan.mail.MailFailure;
import io.devplan.mail.OutgoingMail;
import io.devplan.mail.SmtpSender;
import io.devplan.render.ReminderMail;
import io.devplan.render.doc.SafeText;
import io.devplan.store.SentLogFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code remind --send}: one mail per person with an address, of the reminders the mail rhythm
 * ({@link MailRhythm}) says are due for mailing; what was delivered is remembered in the state
 * folder. Loaded only when sending, and the only way to Jakarta Mail ({@link SmtpSender}).
 */
final class RemindSend {
    /** The environment variable the SMTP password is read from; never a file in the repository. */
    static final String PASSWORD = "DEVPLAN_SMTP_PASSWORD";

    private record Prepared(Recipient recipient, OutgoingMail mail) {}

    private RemindSend() {}

    /** Sends (or with {@code dryRun} prints) the mails; the exit status, before plan problems. */
    static int run(Session session, RepoConfig config, Path repoRoot, List<Recipient> recipients, LocalDate date,
                   boolean dryRun, boolean force, PrintWriter out, PrintWriter err) {
        DevplanCommand root = session.root();
        io.devplan.render.Words words = session.readerWords();
        RepoConfig.Mail settings = config.mail();
        String password = root.env(PASSWORD);
        if (!dryRun) {
            if (settings == null || settings.host() == null || settings.from() == null) {
                throw new UsageException(Said.of(CliText.MAIL_NOWHERE));
            }
            if (settings.user() != null && (password == null || password.isEmpty())) {
                throw new UsageException(Said.of(CliText.MAIL_NO_PASSWORD, "user", settings.user(), "variable", PASSWORD));
            }
        }
        Path state = root.stateFolder();
        if (state == null && !dryRun) {
            throw new UsageException(Said.of(CliText.NO_STATE_FOLDER));
        }
        Path logFile = state == null ? null : SentLogFile.of(state, repoRoot);
        SentLog log = SentLog.EMPTY;
        if (logFile != null) {
            try {
                log = SentLogFile.read(logFile);
            } catch (IOException e) {
                err.println("devplan: " + words.text(Said.of(CliText.SENT_LOG_UNREADABLE, "file", logFile,
                        "reason", String.valueOf(e.getMessage()))));
            }
        }
        int status = ExitCodes.OK;
        List<Prepared> mails = new ArrayList<>();
        for (Recipient r : recipients) {
            if (r.email() == null) {
                err.println("devplan: " + words.text(r.name().equals(r.id())
                        ? Said.of(CliText.NO_ADDRESS, "name", SafeText.oneLine(r.name()))
                        : Said.of(CliText.NO_ADDRESS_ID, "name", SafeText.oneLine(r.name()), "id", r.id())));
                status = ExitCodes.FINDINGS;
                continue;
            }
            List<Reminder> due = MailRhythm.toMail(r, log, date, config.repeatDays(), force);
            if (!due.isEmpty()) {
                Recipient now = r.with(due);
                ReminderMail m = ReminderMail.of(now, config.organization(), session.wordsFor(r.language(), config));
                mails.add(new Prepared(now, new OutgoingMail(SafeText.oneLine(r.name()), r.email(), m.subject(),
                        m.text(), m.html())));
            }
        }
        if (dryRun) {
            print(mails, settings, out);
            out.flush();
            return status;
        }
        if (mails.isEmpty()) {
            return status;
        }
        SentLog before = log;
        try (SmtpSender sender = SmtpSender.connect(settings, password)) {
            for (Prepared p : mails) {
                sender.send(p.mail());
                log = log.with(p.recipient().id(), p.recipient().reminders(), date);
                out.println(words.text(Said.of(CliText.MAILED, "to", p.mail().to(), "subject", p.mail().subject())));
            }
        } catch (MailFailure e) {
            err.println("devplan: " + words.text(Said.of(CliText.MAIL_FAILED, "reason", SafeText.oneLine(e.getMessage()))));
            status = ExitCodes.UNREADABLE;
        } finally {
            // What was delivered before a failure was delivered: it is remembered, and nothing else.
            if (log != before) {
                try {
                    SentLogFile.write(logFile, repoRoot, log);
                } catch (IOException e) {
                    err.println("devplan: " + words.text(Said.of(CliText.SENT_LOG_UNWRITABLE, "file", logFile,
                            "reason", String.valueOf(e.getMessage()))));
                    status = Math.max(status, ExitCodes.UNREADABLE);
                }
            }
        }
        out.flush();
        return status;
    }

    /** Each mail as it would go: its headers and its plain-text body. */
    private static void print(List<Prepared> mails, RepoConfig.Mail settings, PrintWriter out) {
        boolean first = true;
        for (Prepared p : mails) {
            if (!first) {
                out.println();
            }
            first = false;
            OutgoingMail m = p.mail();
            out.println("From: " + (settings != null && settings.from() != null ? settings.from() : "(mail.from not set)"));
            out.println("To: " + m.toName() + " <" + m.to() + ">");
            out.println("Subject: " + m.subject());
            out.println("Content-Type: multipart/alternative (text/plain and text/html)");
            out.println();
            out.print(m.text());
        }
    }
}
