package io.devplan.domain;

/** An id that breaks the one id rule; the message states the rule and, where one is close, a suggestion. */
public final class InvalidId extends IllegalArgumentException {
    InvalidId(String message) {
        super(message, null);
    }
}
