package io.devplan.store.merge;

import io.devplan.store.YNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the items of a list are told apart, read from the items themselves so that lists the
 * format adds later merge without code: entries with an {@code id} (feedback, goals, milestones,
 * actions, support) by their id; dated entries (check-ins, achievements, assessments, a
 * {@code rescheduled} history) by their date and content; plain values (addresses, aligns) as a set.
 */
enum Identity {
    BY_ID, BY_DATE, SET, NONE;

    /** The kind all the given lists share; a list that is absent or empty fits any kind. */
    static Identity of(List<Source> sources, List<YNode.Seq> seqs) {
        boolean ids = true;
        boolean dates = true;
        boolean values = true;
        for (int s = 0; s < seqs.size(); s++) {
            YNode.Seq seq = seqs.get(s);
            if (seq == null) {
                continue;
            }
            Set<String> seenIds = new HashSet<>();
            Set<Object> seenValues = new HashSet<>();
            for (YNode item : seq.items()) {
                String id = scalar(item, "id");
                ids &= id != null && seenIds.add(id);
                dates &= scalar(item, "date") != null;
                values &= item instanceof YNode.Scalar sc && !sc.isNull()
                        && seenValues.add(sources.get(s).data(item));
            }
        }
        return ids ? BY_ID : dates ? BY_DATE : values ? SET : NONE;
    }

    /** The text of {@code key} in the mapping {@code item}, or null. */
    static String scalar(YNode item, String key) {
        if (item instanceof YNode.Map m && m.get(key) instanceof YNode.Scalar s && !s.isNull()) {
            return s.value();
        }
        return null;
    }

    /** What names an item of this kind: its id, its value, or its date (for the order of a dated list). */
    String key(Source source, YNode item) {
        return switch (this) {
            case BY_ID -> scalar(item, "id");
            case SET -> String.valueOf(source.data(item));
            default -> scalar(item, "date");
        };
    }

    /**
     * For each item of {@code side}, the index of the item of {@code other} that is the same entry,
     * or -1. By id or value for those kinds. A dated entry is the same when it has the same content;
     * against the base version (where one side may have edited it) also when it is the only one on
     * its date and with its {@code by} and {@code title}, and then when it is the only one on its date.
     */
    int[] match(Source sideSource, List<YNode> side, Source otherSource, List<YNode> other, boolean againstBase) {
        int[] out = new int[side.size()];
        Arrays.fill(out, -1);
        boolean[] taken = new boolean[other.size()];
        if (this == BY_ID || this == SET) {
            Map<String, Integer> index = new HashMap<>();
            for (int j = 0; j < other.size(); j++) {
                index.put(key(otherSource, other.get(j)), j);
            }
            for (int i = 0; i < side.size(); i++) {
                out[i] = index.getOrDefault(key(sideSource, side.get(i)), -1);
            }
            return out;
        }
        Map<Object, ArrayDeque<Integer>> byContent = new HashMap<>();
        for (int j = 0; j < other.size(); j++) {
            byContent.computeIfAbsent(otherSource.data(other.get(j)), k -> new ArrayDeque<>()).add(j);
        }
        for (int i = 0; i < side.size(); i++) {
            ArrayDeque<Integer> same = byContent.get(sideSource.data(side.get(i)));
            if (same != null && !same.isEmpty()) {
                out[i] = same.poll();
                taken[out[i]] = true;
            }
        }
        if (againstBase) {
            pairUnique(side, other, out, taken, n -> scalar(n, "date") + "\u0000" + scalar(n, "by") + "\u0000"
                    + scalar(n, "title"));
            pairUnique(side, other, out, taken, n -> scalar(n, "date"));
        }
        return out;
    }

    /** Pairs the unmatched items whose key occurs exactly once among the unmatched of each side. */
    private static void pairUnique(List<YNode> side, List<YNode> other, int[] out, boolean[] taken,
                                   Function<YNode, String> key) {
        Map<String, List<Integer>> sideKeys = new HashMap<>();
        for (int i = 0; i < side.size(); i++) {
            if (out[i] < 0) {
                sideKeys.computeIfAbsent(key.apply(side.get(i)), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Integer>> otherKeys = new HashMap<>();
        for (int j = 0; j < other.size(); j++) {
            if (!taken[j]) {
                otherKeys.computeIfAbsent(key.apply(other.get(j)), k -> new ArrayList<>()).add(j);
            }
        }
        sideKeys.forEach((k, is) -> {
            List<Integer> js = otherKeys.get(k);
            if (is.size() == 1 && js != null && js.size() == 1) {
                out[is.get(0)] = js.get(0);
                taken[js.get(0)] = true;
            }
        });
    }
}
