package io.devplan.cli;

/** A usage error found after parsing (an unknown id, a bad combination of options): exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
