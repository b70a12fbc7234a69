package io.devplan.store;

import io.devplan.domain.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses YAML text into {@link YNode}s from SnakeYAML's event stream, never constructing objects.
 *
 * <p>Hostile input ends in a problem, not a crash: aliases are refused (plans have no use for
 * them, and refusing them rules out alias bombs), explicit tags are refused (no code ever runs
 * from a tag), nesting is bounded, and the caller bounds the size. Duplicate keys are reported
 * with both lines. A file with git's conflict markers is one problem, at the first marker.
 */
public final class YamlTree {
    /** Deeper than any plan needs (about 6), shallow enough that recursion stays cheap. */
    static final int MAX_DEPTH = 64;

    private final String file;
    private final String text;
    private final List<Problem> problems;
    private final LineIndex lines;
    private Parser parser;

    private YamlTree(String file, String text, List<Problem> problems) {
        this.file = file;
        this.text = text;
        this.problems = problems;
        this.lines = new LineIndex(text);
    }

    /** The single document of {@code text}, or null when it is empty or could not be read. */
    public static YNode parse(String file, String text, List<Problem> problems) {
        return new YamlTree(file, text, problems).document();
    }

    private YNode document() {
        int conflict = ConflictMarkers.firstLine(text);
        if (conflict > 0) {
            // Said once, before the syntax errors the markers would cause; nothing else of the file is trusted.
            problems.add(Problem.unreadable(file, new Position(conflict, 1), ConflictMarkers.message(conflict)));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        parser = new ParserImpl(new StreamReader(text), options);
        try {
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            expect(Event.ID.DocumentStart);
            YNode root = node(0);
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Event extra = parser.peekEvent();
                problems.add(Problem.unreadable(file, pos(extra.getStartMark()),
                        "a plan file holds one YAML document; remove the second '---' and what follows"));
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Problem.unreadable(file, mark != null ? pos(mark) : Position.NONE, syntaxMessage(e)));
            return null;
        } catch (Refused e) {
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.unreadable(file, Position.NONE, "cannot read YAML: " + e.getMessage()));
            return null;
        }
    }

    private void expect(Event.ID id) {
        Event e = parser.getEvent();
        if (!e.is(id)) {
            throw refuse(e.getStartMark(), "unexpected " + e.getEventId() + " in YAML");
        }
    }

    private YNode node(int depth) {
        Event e = parser.getEvent();
        if (e instanceof AliasEvent a) {
            throw refuse(a.getStartMark(), "YAML aliases ('*" + a.getAnchor()
                    + "') are not supported in devplan files; write the value out in full");
        }
        checkTag(e);
        if (depth > MAX_DEPTH) {
            throw refuse(e.getStartMark(), "nesting is deeper than " + MAX_DEPTH + " levels; a plan needs far fewer");
        }
        if (e instanceof ScalarEvent s) {
            return new YNode.Scalar(s.getValue(), s.isPlain(), s.getScalarStyle().getChar() == null ? ' '
                    : s.getScalarStyle().getChar(), pos(s.getStartMark()), pos(s.getEndMark()));
        }
        if (e instanceof SequenceStartEvent seq) {
            List<YNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(depth + 1));
            }
            Event end = parser.getEvent();
            return new YNode.Seq(items, seq.isFlow(), pos(seq.getStartMark()), pos(end.getEndMark()));
        }
        if (e instanceof MappingStartEvent map) {
            return mapping(map, depth);
        }
        throw refuse(e.getStartMark(), "unexpected " + e.getEventId() + " in YAML");
    }

    private YNode.Map mapping(MappingStartEvent map, int depth) {
        List<YNode.Entry> entries = new ArrayList<>();
        java.util.Map<String, YNode.Scalar> seen = new HashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            YNode key = node(depth + 1);
            YNode value = node(depth + 1);
            if (!(key instanceof YNode.Scalar k)) {
                problems.add(Problem.at(file, key.start(), "a key must be a plain word, not " + YNode.describe(key)));
                continue;
            }
            YNode.Scalar first = seen.putIfAbsent(k.value(), k);
            if (first != null) {
                problems.add(Problem.at(file, k.start(), "duplicate key '" + k.value() + "' (first at line "
                        + first.start().line() + "); keep one of them"));
                continue;
            }
            entries.add(new YNode.Entry(k, value));
        }
        Event end = parser.getEvent();
        return new YNode.Map(entries, map.isFlow(), pos(map.getStartMark()), pos(end.getEndMark()));
    }

    private void checkTag(Event e) {
        String tag = null;
        if (e instanceof ScalarEvent s) {
            tag = s.getTag();
        } else if (e instanceof CollectionStartEvent c) {
            tag = c.getTag();
        }
        if (tag != null && !tag.equals("!")) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
            throw refuse(e.getStartMark(), "YAML tag '" + shown + "' is not allowed in devplan files; remove it");
        }
    }

    private Refused refuse(Mark mark, String message) {
        problems.add(Problem.unreadable(file, pos(mark), message));
        return new Refused();
    }

    private Position pos(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1, lines.offset(mark.getLine(), mark.getColumn()));
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem().strip() : "invalid YAML";
        if (problem.contains("TAB")) {
            return "syntax error: a tab character here; YAML indents with spaces, not tabs";
        }
        if (problem.contains("exceeds the limit")) {
            return "file is too large to be a plan";
        }
        String message = "syntax error: " + problem;
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null && context != e.getProblemMark()) {
            message += " " + e.getContext().strip() + " that starts at line " + (context.getLine() + 1)
                    + ", column " + (context.getColumn() + 1);
        }
        if (problem.contains("mapping values are not allowed")) {
            message += "; quote a text that contains ': ', or check the indentation";
        }
        return message;
    }

    /** Stops parsing after a problem that has been recorded. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
