package io.devplan.store;

import io.devplan.domain.Said;

/** No devplan.yaml where devplan looked. */
public class RepositoryNotFoundException extends InputException {
    public RepositoryNotFoundException(String message) {
        super(message);
    }

    public RepositoryNotFoundException(Said said) {
        super(said);
    }
}
