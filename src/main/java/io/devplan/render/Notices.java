package io.devplan.render;

import io.devplan.render.doc.Block;
import io.devplan.render.doc.Line;
import java.util.List;
import java.util.Optional;

/** What an output says about itself where it is read: that it is not complete. */
final class Notices {
    private Notices() {}

    /** "2 plans could not be read (plans/a.yaml, plans/b.yaml); this report leaves them out". */
    static Optional<Block> unreadable(List<Unread> unread, String consequence) {
        List<String> files = unread.stream().map(Unread::file).distinct().toList();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Line text = Line.of(files.size() == 1 ? "1 plan could not be read (" : files.size() + " plans could not be read (");
        for (int i = 0; i < files.size(); i++) {
            text.words(i > 0 ? ", " : "").data(files.get(i));
        }
        return Optional.of(new Block.Notice(text.words("); " + consequence + ": run devplan validate")));
    }
}
