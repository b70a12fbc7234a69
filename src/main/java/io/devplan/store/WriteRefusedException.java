package io.devplan.store;

/** A write that devplan refused to make: lock held, file changed since read, or invalid result. */
public class WriteRefusedException extends RuntimeException {
    public WriteRefusedException(String message) {
        super(message, null, false, false);
    }
}
