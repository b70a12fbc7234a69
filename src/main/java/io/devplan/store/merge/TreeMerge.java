package io.devplan.store.merge;

import io.devplan.store.YNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way merge of a plan as data, generic over the YAML tree: mappings key by key, lists
 * by the identity of their items ({@link Identity}), values by the rule that a change on one
 * side is taken and only a value changed two different ways is a conflict. One rule knows the
 * plan format: a goal's {@code current} follows the latest check-in's progress when both sides
 * recorded one.
 */
final class TreeMerge {
    private final Source base;
    private final Source ours;
    private final Source theirs;

    TreeMerge(Source base, Source ours, Source theirs) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
    }

    Merged.MapMerge root() {
        return map(List.of(), base.root, ours.root, theirs.root);
    }

    private Merged merge(List<String> path, YNode b, YNode o, YNode t) {
        Object od = ours.data(o);
        Object td = theirs.data(t);
        if (Objects.equals(od, td) || b != null && Objects.equals(base.data(b), td)) {
            return new Merged.Same(o);
        }
        if (b != null && Objects.equals(base.data(b), od) && isFlow(o)) {
            return new Merged.Take(t); // a flow value has no comment lines to keep: THEIRS' text as it is
        }
        // Block collections are merged inside even when only THEIRS changed them, so OURS' comments there stay.
        if (o instanceof YNode.Map om && t instanceof YNode.Map tm) {
            return map(path, b instanceof YNode.Map bm ? bm : null, om, tm);
        }
        if (o instanceof YNode.Seq os && t instanceof YNode.Seq ts) {
            Merged m = seq(path, b instanceof YNode.Seq bs ? bs : null, os, ts);
            if (m != null) {
                return m;
            }
        }
        if (b != null && Objects.equals(base.data(b), od)) {
            return new Merged.Take(t);
        }
        Merged current = currentFollowsCheckIns(path, o, t);
        return current != null ? current : new Merged.Conflict(o, t, String.join("/", path));
    }

    private static boolean isFlow(YNode n) {
        return n instanceof YNode.Map m ? m.flow() : n instanceof YNode.Seq s && s.flow();
    }

    private Merged.MapMerge map(List<String> path, YNode.Map b, YNode.Map o, YNode.Map t) {
        List<Merged.Entry> out = new ArrayList<>();
        for (YNode.Entry oe : o.entries()) {
            String key = oe.key().value();
            YNode tv = t.get(key);
            YNode bv = b == null ? null : b.get(key);
            YNode.Entry te = t.entry(key);
            if (tv != null) {
                out.add(new Merged.Entry(key, Merged.Origin.OURS, oe, te, merge(child(path, key), bv, oe.value(), tv), null));
            } else if (bv == null) {
                out.add(new Merged.Entry(key, Merged.Origin.OURS, oe, null, new Merged.Same(oe.value()), null));
            } else if (Objects.equals(base.data(bv), ours.data(oe.value()))) {
                out.add(new Merged.Entry(key, Merged.Origin.REMOVED, oe, null, null, null));
            } else {
                out.add(new Merged.Entry(key, Merged.Origin.OURS, oe, null,
                        new Merged.Conflict(oe.value(), null, String.join("/", child(path, key))), null));
            }
        }
        String previous = null;
        String previousOurs = null;
        for (YNode.Entry te : t.entries()) {
            String key = te.key().value();
            if (o.get(key) != null) {
                previous = key;
                previousOurs = key;
                continue;
            }
            YNode bv = b == null ? null : b.get(key);
            Merged value;
            if (bv == null) {
                value = new Merged.Take(te.value());
            } else if (Objects.equals(base.data(bv), theirs.data(te.value()))) {
                continue; // OURS removed it and THEIRS did not change it
            } else {
                value = new Merged.Conflict(null, te.value(), String.join("/", child(path, key)));
            }
            out.add(positionAfter(out, previous), new Merged.Entry(key, Merged.Origin.THEIRS, null, te, value,
                    previousOurs));
            previous = key;
        }
        return new Merged.MapMerge(o, t, out);
    }

    /** Right after the entry {@code key}; at the end when nothing precedes. */
    private static int positionAfter(List<Merged.Entry> entries, String key) {
        for (int at = 0; key != null && at < entries.size(); at++) {
            if (entries.get(at).key().equals(key)) {
                return at + 1;
            }
        }
        return entries.size();
    }

    /** A list merged item by item, or null when its items have no identity to merge them by. */
    private Merged seq(List<String> path, YNode.Seq b, YNode.Seq o, YNode.Seq t) {
        Identity id = Identity.of(List.of(base, ours, theirs), Arrays.asList(b, o, t));
        if (id == Identity.NONE) {
            return null;
        }
        List<YNode> bi = b == null ? List.of() : b.items();
        List<YNode> oi = o.items();
        List<YNode> ti = t.items();
        int[] oToBase = id.match(ours, oi, base, bi, true);
        int[] tToBase = id.match(theirs, ti, base, bi, true);
        int[] tForBase = new int[bi.size()];
        Arrays.fill(tForBase, -1);
        for (int j = 0; j < ti.size(); j++) {
            if (tToBase[j] >= 0) {
                tForBase[tToBase[j]] = j;
            }
        }
        // Entries added on both sides: the same entry when they match (by id, or a dated entry by its content).
        List<YNode> oAdded = new ArrayList<>();
        List<YNode> tAdded = new ArrayList<>();
        List<Integer> tAddedIndex = new ArrayList<>();
        for (int i = 0; i < oi.size(); i++) {
            if (oToBase[i] < 0) {
                oAdded.add(oi.get(i));
            }
        }
        for (int j = 0; j < ti.size(); j++) {
            if (tToBase[j] < 0) {
                tAdded.add(ti.get(j));
                tAddedIndex.add(j);
            }
        }
        int[] addedPairs = id.match(ours, oAdded, theirs, tAdded, false);
        Set<Integer> consumed = new HashSet<>();
        List<Merged.Item> items = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < oi.size(); i++) {
            YNode oItem = oi.get(i);
            List<String> here = child(path, label(id, ours, oItem, i));
            if (oToBase[i] < 0) {
                int pair = addedPairs[added++];
                if (pair >= 0) {
                    int j = tAddedIndex.get(pair);
                    consumed.add(j);
                    items.add(new Merged.Item(Merged.Origin.OURS, oItem, ti.get(j), merge(here, null, oItem, ti.get(j)), -1));
                } else {
                    items.add(new Merged.Item(Merged.Origin.OURS, oItem, null, new Merged.Same(oItem), -1));
                }
                continue;
            }
            YNode bItem = bi.get(oToBase[i]);
            int j = tForBase[oToBase[i]];
            if (j >= 0) {
                consumed.add(j);
                items.add(new Merged.Item(Merged.Origin.OURS, oItem, ti.get(j), merge(here, bItem, oItem, ti.get(j)), -1));
            } else if (Objects.equals(base.data(bItem), ours.data(oItem))) {
                items.add(new Merged.Item(Merged.Origin.REMOVED, oItem, null, null, -1));
            } else {
                items.add(new Merged.Item(Merged.Origin.OURS, oItem, null,
                        new Merged.Conflict(oItem, null, String.join("/", here)), -1));
            }
        }
        // THEIRS' own items go before OURS' item at the index their identity gives, in THEIRS' order.
        Places places = new Places(id, items);
        List<List<Merged.Item>> before = new ArrayList<>();
        for (int k = 0; k <= items.size(); k++) {
            before.add(null);
        }
        YNode previous = null;
        int previousBefore = -2; // -2: the place of the preceding THEIRS item is to be found in OURS
        for (int j = 0; j < ti.size(); j++) {
            YNode tItem = ti.get(j);
            if (consumed.contains(j)) {
                previous = tItem;
                previousBefore = -2;
                continue;
            }
            Merged value;
            if (tToBase[j] < 0) {
                value = new Merged.Take(tItem);
            } else if (Objects.equals(base.data(bi.get(tToBase[j])), theirs.data(tItem))) {
                continue; // OURS removed it and THEIRS did not change it
            } else {
                value = new Merged.Conflict(null, tItem, String.join("/", child(path, label(id, theirs, tItem, j))));
            }
            int at = id == Identity.BY_DATE ? places.byDate(id.key(theirs, tItem))
                    : id == Identity.SET ? -1 : previousBefore != -2 ? previousBefore : places.after(previous);
            int bucket = at < 0 ? items.size() : at;
            if (before.get(bucket) == null) {
                before.set(bucket, new ArrayList<>());
            }
            before.get(bucket).add(new Merged.Item(Merged.Origin.THEIRS, null, tItem, value, at));
            previous = tItem;
            previousBefore = at;
        }
        List<Merged.Item> merged = new ArrayList<>();
        for (int k = 0; k <= items.size(); k++) {
            if (before.get(k) != null) {
                merged.addAll(before.get(k));
            }
            if (k < items.size()) {
                merged.add(items.get(k));
            }
        }
        return new Merged.SeqMerge(o, t, merged);
    }

    /** Where THEIRS' items go among OURS' (OURS' items only, in order: the index is OURS' index). */
    private final class Places {
        private final List<Merged.Item> items;
        private final String[] dates;
        private final boolean sorted;
        private final java.util.Map<YNode, Integer> oursIndexOfTheirs = new java.util.IdentityHashMap<>();

        Places(Identity id, List<Merged.Item> items) {
            this.items = items;
            this.dates = new String[items.size()];
            boolean inOrder = true;
            for (int k = 0; k < items.size(); k++) {
                Merged.Item item = items.get(k);
                if (item.theirs() != null) {
                    oursIndexOfTheirs.put(item.theirs(), k);
                }
                dates[k] = id == Identity.BY_DATE && item.origin() == Merged.Origin.OURS ? id.key(ours, item.ours()) : null;
                inOrder &= dates[k] != null && (k == 0 || dates[k - 1] == null || dates[k - 1].compareTo(dates[k]) <= 0);
            }
            this.sorted = inOrder;
        }

        /** A dated entry goes before OURS' first entry dated after it (ISO dates sort as text); -1: at the end. */
        int byDate(String date) {
            if (date == null) {
                return -1;
            }
            if (sorted) {
                int lo = 0;
                int hi = dates.length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (dates[mid].compareTo(date) > 0) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                return lo < dates.length ? lo : -1;
            }
            for (int k = 0; k < dates.length; k++) {
                if (dates[k] != null && dates[k].compareTo(date) > 0) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * An entry with an id goes after the entry it follows in THEIRS, and after OURS' own
         * additions there (OURS' first, as git puts them); at the start when nothing precedes it.
         */
        int after(YNode previous) {
            int index;
            if (previous == null) {
                index = 0;
            } else {
                Integer k = oursIndexOfTheirs.get(previous);
                index = k == null ? items.size() : k + 1;
            }
            while (index < items.size() && items.get(index).theirs() == null
                    && items.get(index).origin() == Merged.Origin.OURS) {
                index++;
            }
            return index >= items.size() ? -1 : index;
        }
    }

    /**
     * Both sides changed a goal's {@code current} and both recorded a check-in with progress for
     * it: the value of the latest check-in wins, when it is one of the two.
     */
    private Merged currentFollowsCheckIns(List<String> path, YNode o, YNode t) {
        if (path.size() != 3 || !path.get(0).equals("goals") || !path.get(2).equals("current")) {
            return null;
        }
        String goal = path.get(1);
        Latest mine = latestNewProgress(ours, goal);
        Latest other = latestNewProgress(theirs, goal);
        if (mine == null || other == null || mine.date().equals(other.date())) {
            return null;
        }
        Latest latest = mine.date().compareTo(other.date()) > 0 ? mine : other;
        if (latest == mine && sameNumber(latest.value(), ours.data(o))) {
            return new Merged.Same(o);
        }
        if (latest == other && sameNumber(latest.value(), theirs.data(t))) {
            return new Merged.Take(t);
        }
        return null;
    }

    private record Latest(String date, Object value) {}

    /** The latest check-in of {@code side} that the base does not have and that records progress for {@code goal}. */
    private Latest latestNewProgress(Source side, String goal) {
        Set<Object> known = new HashSet<>();
        if (base.root != null && base.root.get("checkins") instanceof YNode.Seq bs) {
            bs.items().forEach(i -> known.add(base.data(i)));
        }
        Latest latest = null;
        if (side.root.get("checkins") instanceof YNode.Seq seq) {
            for (YNode c : seq.items()) {
                String date = Identity.scalar(c, "date");
                if (date == null || known.contains(side.data(c)) || !(c instanceof YNode.Map m)
                        || !(m.get("progress") instanceof YNode.Map p) || p.get(goal) == null) {
                    continue;
                }
                if (latest == null || date.compareTo(latest.date()) >= 0) {
                    latest = new Latest(date, side.data(p.get(goal)));
                }
            }
        }
        return latest;
    }

    private static boolean sameNumber(Object a, Object b) {
        if (!(a instanceof String x) || !(b instanceof String y)) {
            return false;
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException e) {
            return x.equals(y);
        }
    }

    private static String label(Identity id, Source source, YNode item, int index) {
        String key = id.key(source, item);
        return key != null ? key : String.valueOf(index);
    }

    private static List<String> child(List<String> path, String key) {
        List<String> out = new ArrayList<>(path);
        out.add(key);
        return out;
    }
}
