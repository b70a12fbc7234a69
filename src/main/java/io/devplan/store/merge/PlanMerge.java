package io.devplan.store.merge;

import io.devplan.domain.Plan;
import io.devplan.store.ConflictMarkers;
import io.devplan.store.PlanReader;
import io.devplan.store.Problem;
import io.devplan.store.ReadResult;
import io.devplan.store.YNode;
import io.devplan.store.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges three versions of a plan file as data and writes the result as OURS' text with
 * THEIRS' changes spliced in. Before it answers, the result is read back: with each conflict
 * resolved to OURS and to THEIRS it must mean exactly what the merge decided, and it must read
 * as a plan whenever both sides did. Anything else is a {@link Failure}, and the caller uses
 * git's line merge instead.
 */
public final class PlanMerge {
    private PlanMerge() {}

    /** How conflict markers look: git's labels for the two sides, and its marker length. */
    public record Labels(String ours, String theirs, int markerSize) {}

    /**
     * A value changed two ways.
     *
     * @param path where it is, as {@code goals/design-reviews/current}
     * @param line the line of its {@code <<<<<<<} marker in the result
     */
    public record Conflict(String path, int line, String ours, String theirs) {}

    /** The merged text, and its conflicts (none: a clean merge). */
    public record Result(String text, List<Conflict> conflicts) {}

    /** Why the plan could not be merged as data; the message says it to a person. */
    public static final class Failure extends Exception {
        public Failure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param file the plan's path, for messages and to know the employee id (null: not checked)
     */
    public static Result merge(String base, String ours, String theirs, Labels labels, String file) throws Failure {
        Source b = new Source(base, root(base, "the common ancestor", true));
        Source o = new Source(ours, root(ours, "this side's version", false));
        Source t = new Source(theirs, root(theirs, "the other side's version", false));
        Merged.MapMerge merged = new TreeMerge(b, o, t).root();
        List<Writer.Edit> edits;
        String mine;
        String other;
        String result;
        try {
            edits = new Writer(o, t).edits(merged);
            mine = Splice.apply(ours, edits, Splice.Mode.OURS, null, null, 0);
            other = Splice.apply(ours, edits, Splice.Mode.THEIRS, null, null, 0);
            result = Splice.apply(ours, edits, Splice.Mode.MARKERS, labels.ours(), labels.theirs(), labels.markerSize());
        } catch (Source.Unsupported e) {
            throw new Failure("the file is laid out in a way devplan cannot merge as data (" + e.getMessage() + ")");
        }
        MergedText expected = new MergedText(o, t);
        readsAs(mine, expected.data(merged, false));
        readsAs(other, expected.data(merged, true));
        checkPlan(file, ours, theirs, mine);
        return new Result(result, conflicts(merged, edits, result, o, t));
    }

    /** The text's top mapping; an empty ancestor (a file both sides added) is no mapping at all. */
    private static YNode.Map root(String text, String which, boolean mayBeEmpty) throws Failure {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlTree.parse("plan", text, problems);
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            throw new Failure(which + " does not read as YAML (line " + p.line() + ": " + p.message() + ")");
        }
        if (root == null && mayBeEmpty) {
            return null;
        }
        if (!(root instanceof YNode.Map m)) {
            throw new Failure(which + " is not a plan (" + (root == null ? "empty" : YNode.describe(root)) + ")");
        }
        return m;
    }

    private static void readsAs(String text, Object expected) throws Failure {
        List<Problem> problems = new ArrayList<>();
        YNode root = YamlTree.parse("plan", text, problems);
        Object actual = root == null ? null : new Source(text, null).data(root);
        if (!problems.isEmpty() || !Objects.equals(actual, expected)) {
            throw new Failure("the merged text did not read back as the merged plan"
                    + (problems.isEmpty() ? "" : " (" + problems.get(0).message() + ")"));
        }
    }

    /** When both sides read as plans, the merge must too: the merge is validated before it is written. */
    private static void checkPlan(String file, String ours, String theirs, String merged) throws Failure {
        String shown = file == null ? "plan.yaml" : file;
        String name = shown.substring(shown.lastIndexOf('/') + 1);
        String id = file != null && name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : null;
        if (!readsCleanly(shown, id, ours) || !readsCleanly(shown, id, theirs)) {
            return;
        }
        ReadResult<Plan> r = PlanReader.read(shown, shown, id, merged, new ArrayList<>());
        if (!r.ok()) {
            Problem p = r.problems().get(0);
            throw new Failure("the merged plan would not be valid (line " + p.line() + ": " + p.message() + ")");
        }
    }

    private static boolean readsCleanly(String shown, String id, String text) {
        return PlanReader.read(shown, shown, id, text, new ArrayList<>()).ok();
    }

    /** Each conflict with the line of its marker in the result (markers come in the order of the edits). */
    private static List<Conflict> conflicts(Merged.MapMerge merged, List<Writer.Edit> edits, String result,
                                            Source o, Source t) {
        List<Writer.Edit> withConflict = new ArrayList<>(edits.stream().filter(e -> e.conflict() != null).toList());
        withConflict.sort(java.util.Comparator.comparingInt(Writer.Edit::from).thenComparingInt(Writer.Edit::order));
        List<ConflictMarkers.Region> regions = ConflictMarkers.regions(result);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < withConflict.size(); i++) {
            Merged.Conflict c = withConflict.get(i).conflict();
            int line = i < regions.size() ? regions.get(i).start() : 0;
            out.add(new Conflict(c.path(), line, shown(o, c.ours()), shown(t, c.theirs())));
        }
        return out;
    }

    /** A value as a message shows it: a short text, or what kind of value it is. */
    private static String shown(Source s, YNode n) {
        if (n == null) {
            return "removed";
        }
        if (n instanceof YNode.Scalar sc && !sc.value().contains("\n") && sc.value().length() <= 40) {
            return sc.isNull() ? "empty" : "'" + sc.value() + "'";
        }
        return n instanceof YNode.Scalar ? "a longer text" : n instanceof YNode.Seq ? "a list" : "a mapping";
    }
}
