package io.devplan.mail;

/**
 * One mail to one person: a plain-text body with an HTML alternative.
 *
 * @param toName the recipient's name, for the To header
 * @param to the recipient's address
 */
public record OutgoingMail(String toName, String to, String subject, String text, String html) {}
