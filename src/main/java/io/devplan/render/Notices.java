package io.devplan.render;

import io.devplan.render.doc.Block;
import io.devplan.render.doc.Line;
import java.util.List;
import java.util.Optional;

/** What an output says about itself where it is read: that it is not complete. */
final class Notices {
    private Notices() {}

    /** "2 plans could not be read (plans/a.yaml, plans/b.yaml); this report leaves them out": {@code consequence} is the whole sentence. */
    static Optional<Block> unreadable(List<Unread> unread, Msg consequence, Words words) {
        List<String> files = unread.stream().map(Unread::file).distinct().toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Line list = Line.of();
        for (int i = 0; i < files.size(); i++) {
            list.words(i > 0 ? ", " : "").data(files.get(i));
        }
        return Optional.of(new Block.Notice(words.countLine(consequence, files.size(), "files", list)));
    }
}
