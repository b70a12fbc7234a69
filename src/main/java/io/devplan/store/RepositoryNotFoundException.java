package io.devplan.store;

/** No devplan.yaml where devplan looked. */
public class RepositoryNotFoundException extends InputException {
    public RepositoryNotFoundException(String message) {
        super(message);
    }
}
