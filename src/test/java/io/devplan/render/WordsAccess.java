package io.devplan.render;

import io.devplan.domain.FeedbackSource;
import io.devplan.domain.Language;

/** What tests outside the package ask of the render package's words. */
public final class WordsAccess {
    private WordsAccess() {}

    /** The word for feedback from the development conversation when the repository names none. */
    public static String source(String language) {
        return new Phrases(Words.of(Language.of(language))).source(FeedbackSource.REVIEW, null);
    }
}
