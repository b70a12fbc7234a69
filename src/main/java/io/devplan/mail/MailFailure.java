package io.devplan.mail;

/** The server refused, could not be reached or went away; the message holds the server's words. */
public final class MailFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
