package io.devplan.render.doc;

import java.util.List;

/**
 * What a person reads, independent of the format: built once per output by a model
 * ({@code ReportDocument}, {@code PlanDocument}, ...) and shown by a writer per format.
 *
 * @param lang the language of the words, for HTML's {@code lang}
 * @param confidential a marking for every printed page ("Confidential: manager only"), or null
 */
public record Document(Line title, Line subtitle, List<Block> blocks, String lang, String confidential) {
    public Document {
        blocks = List.copyOf(blocks);
    }
}
