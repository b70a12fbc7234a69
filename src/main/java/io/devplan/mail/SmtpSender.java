package io.devplan.mail;

import io.devplan.domain.MailSecurity;
import io.devplan.domain.RepoConfig;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Delivers mails over one SMTP connection with Jakarta Mail (Eclipse Angus). The only class of
 * devplan that names a Jakarta Mail class: the JVM loads those on first use, so they are loaded
 * by {@code remind --send} and by no other command.
 */
public final class SmtpSender implements AutoCloseable {
    private static final String TIMEOUT_MS = "30000";

    private final Session session;
    private final Transport transport;
    private final InternetAddress from;

    private SmtpSender(Session session, Transport transport, InternetAddress from) {
        this.session = session;
        this.transport = transport;
        this.from = from;
    }

    /** Connects (and logs in when {@code settings.user()} is set) or says why not. */
    public static SmtpSender connect(RepoConfig.Mail settings, String password) throws MailFailure {
        InternetAddress from;
        try {
            from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new MailFailure("mail.from '" + settings.from() + "' is not an address: " + e.getMessage(), e);
        }
        boolean tls = settings.security() == MailSecurity.TLS;
        String protocol = tls ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", settings.host());
        props.setProperty(p + "port", String.valueOf(settings.portOrDefault()));
        props.setProperty(p + "connectiontimeout", TIMEOUT_MS);
        props.setProperty(p + "timeout", TIMEOUT_MS);
        props.setProperty(p + "writetimeout", TIMEOUT_MS);
        props.setProperty(p + "auth", String.valueOf(settings.user() != null));
        if (settings.security() == MailSecurity.STARTTLS) {
            // Required, not merely enabled: never fall back to sending the password in the clear.
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (settings.security() != MailSecurity.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(props);
        try {
            Transport transport = session.getTransport(protocol);
            if (settings.user() != null) {
                transport.connect(settings.host(), settings.portOrDefault(), settings.user(), password);
            } else {
                transport.connect();
            }
            return new SmtpSender(session, transport, from);
        } catch (AuthenticationFailedException e) {
            throw new MailFailure("the server refused the login of '" + settings.user() + "': " + words(e), e);
        } catch (MessagingException e) {
            throw new MailFailure("cannot reach " + settings.host() + ":" + settings.portOrDefault() + ": " + words(e), e);
        }
    }

    /** Sends one mail; on failure nothing more should be sent over this connection. */
    public void send(OutgoingMail mail) throws MailFailure {
        try {
            MimeMessage m = message(mail);
            transport.sendMessage(m, m.getAllRecipients());
        } catch (SendFailedException e) {
            throw new MailFailure("the server refused the mail to " + mail.to() + ": " + words(e), e);
        } catch (MessagingException e) {
            throw new MailFailure("sending to " + mail.to() + " failed: " + words(e), e);
        }
    }

    /** The mail as it goes over the wire (for tests and --debug). */
    public static String wire(OutgoingMail mail, String from) throws MailFailure {
        try {
            MimeMessage m = build(Session.getInstance(new Properties()), new InternetAddress(from, true), mail);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new MailFailure(e.getMessage(), e);
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        return build(session, from, mail);
    }

    private static MimeMessage build(Session session, InternetAddress from, OutgoingMail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from);
        try {
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always there", e);
        }
        m.setSubject(mail.subject(), "UTF-8");
        // Sent by a program, not a person: out-of-office replies and auto-responders keep quiet.
        m.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        return m;
    }

    /** The server's words when it said some, else the cause's message: one line. */
    private static String words(MessagingException e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && (msg == null || msg.isBlank() || t instanceof SendFailedException)) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                msg = t.getMessage();
            }
        }
        if (e.getNextException() != null && e.getNextException().getMessage() != null) {
            msg = msg + " (" + e.getNextException().getMessage() + ")";
        }
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        return msg.replaceAll("[\\r\\n]+", " ").strip();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // Closing after a failure: the failure has been said already.
        }
    }
}
