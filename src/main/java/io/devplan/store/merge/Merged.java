package io.devplan.store.merge;

import io.devplan.store.YNode;
import java.util.List;

/**
 * What the three-way merge decided for one value of OURS: keep it, take THEIRS' text, merge
 * its entries or items one by one, or leave a conflict. The writer turns this into edits of
 * OURS' text; nothing here knows about text positions.
 */
sealed interface Merged {
    /** OURS as it is. */
    record Same(YNode ours) implements Merged {}

    /** THEIRS' value replaces OURS'. */
    record Take(YNode theirs) implements Merged {}

    /** Changed two ways; a side is null when it removed the value. {@code path} names it for people. */
    record Conflict(YNode ours, YNode theirs, String path) implements Merged {}

    /** A mapping merged key by key; {@code entries} in the order the result has them. */
    record MapMerge(YNode.Map ours, YNode.Map theirs, List<Entry> entries) implements Merged {}

    /** A list merged item by item; {@code items} in the order the result has them. */
    record SeqMerge(YNode.Seq ours, YNode.Seq theirs, List<Item> items) implements Merged {}

    /** Where an entry or item of the result comes from. */
    enum Origin {
        /** OURS' entry, its value merged. */
        OURS,
        /** OURS' entry, removed by THEIRS. */
        REMOVED,
        /** THEIRS' entry, added (or changed where OURS removed it: then a conflict). */
        THEIRS
    }

    /**
     * @param ours OURS' entry (null for THEIRS')
     * @param theirs THEIRS' entry, when THEIRS has it
     * @param value the merged value (null when removed)
     * @param after for THEIRS' entries: the key of OURS' entry it follows, null for the end
     */
    record Entry(String key, Origin origin, YNode.Entry ours, YNode.Entry theirs, Merged value, String after) {}

    /**
     * @param ours OURS' item (null for THEIRS')
     * @param theirs THEIRS' item, when THEIRS has it
     * @param value the merged value (null when removed)
     * @param before for THEIRS' items: the index of OURS' item it goes before, -1 for the end
     */
    record Item(Origin origin, YNode ours, YNode theirs, Merged value, int before) {}

    /** Whether a conflict is left anywhere in {@code m}. */
    static boolean hasConflict(Merged m) {
        if (m instanceof Conflict) {
            return true;
        }
        if (m instanceof MapMerge map) {
            return map.entries().stream().anyMatch(e -> e.value() != null && hasConflict(e.value()));
        }
        if (m instanceof SeqMerge seq) {
            return seq.items().stream().anyMatch(i -> i.value() != null && hasConflict(i.value()));
        }
        return false;
    }
}
