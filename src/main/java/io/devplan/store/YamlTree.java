package io.devplan.store;

import io.devplan.domain.Position;
import io.devplan.domain.Said;
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
                problems.add(Problem.unreadable(file, pos(extra.getStartMark()), Said.of(ReadingText.SECOND_DOCUMENT)));
                return null;
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Problem.unreadable(file, mark != null ? pos(mark) : Position.NONE, syntaxMessage(e)));
            return null;
        } catch (Refused e) {
            return null;
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // SnakeYAML's reader says where only as a count of characters; say it as a place, like every other problem.
            problems.add(Problem.unreadable(file, place(e.getPosition()), ReadingText.YAML_CONTROL_CHARACTER.with("code",
                    String.format(java.util.Locale.ROOT, "%04X", e.getCodePoint()))));
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.unreadable(file, Position.NONE, ReadingText.CANNOT_READ_YAML.with("reason", e.getMessage())));
            return null;
        }
    }

    private void expect(Event.ID id) {
        Event e = parser.getEvent();
        if (!e.is(id)) {
            throw refuse(e.getStartMark(), ReadingText.UNEXPECTED.with("event", e.getEventId()));
        }
    }

    private YNode node(int depth) {
        Event e = parser.getEvent();
        if (e instanceof AliasEvent a) {
            throw refuse(a.getStartMark(), ReadingText.ALIAS.with("anchor", a.getAnchor()));
        }
        checkTag(e);
        if (depth > MAX_DEPTH) {
            throw refuse(e.getStartMark(), ReadingText.TOO_DEEP.with("depth", MAX_DEPTH));
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
        throw refuse(e.getStartMark(), ReadingText.UNEXPECTED.with("event", e.getEventId()));
    }

    private YNode.Map mapping(MappingStartEvent map, int depth) {
        List<YNode.Entry> entries = new ArrayList<>();
        java.util.Map<String, YNode.Scalar> seen = new HashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            YNode key = node(depth + 1);
            YNode value = node(depth + 1);
            if (!(key instanceof YNode.Scalar k)) {
                problems.add(Problem.at(file, key.start(), ReadingText.KEY_NOT_PLAIN.with("found", Fields.found(key))));
                continue;
            }
            YNode.Scalar first = seen.putIfAbsent(k.value(), k);
            if (first != null) {
                problems.add(Problem.at(file, k.start(), ReadingText.DUPLICATE_KEY.with("key", k.value(),
                        "line", first.start().line())));
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
            throw refuse(e.getStartMark(), ReadingText.TAG.with("tag", shown));
        }
    }

    private Refused refuse(Mark mark, Said message) {
        problems.add(Problem.unreadable(file, pos(mark), message));
        return new Refused();
    }

    /** The line and column of the {@code index}th code point of the text. */
    private Position place(int index) {
        int line = 1;
        int column = 1;
        int offset = 0;
        for (int i = 0; i < index && offset < text.length(); i++) {
            int c = text.codePointAt(offset);
            offset += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column, offset);
    }

    private Position pos(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1, lines.offset(mark.getLine(), mark.getColumn()));
    }

    /** SnakeYAML's words for the problem are said where devplan knows them; others stay as it wrote them (English). */
    private static Said syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem().strip() : "invalid YAML";
        if (problem.contains("TAB")) {
            return Said.of(ReadingText.SYNTAX_TAB);
        }
        if (problem.contains("exceeds the limit")) {
            return Said.of(ReadingText.YAML_TOO_LARGE);
        }
        boolean quote = problem.contains("mapping values are not allowed");
        Mark context = e.getContextMark();
        if (e.getContext() != null && context != null && context != e.getProblemMark()) {
            return (quote ? ReadingText.SYNTAX_IN_QUOTE : ReadingText.SYNTAX_IN).with("problem", ReadingText.yaml(problem),
                    "context", ReadingText.yaml(e.getContext().strip()), "line", context.getLine() + 1,
                    "column", context.getColumn() + 1);
        }
        return (quote ? ReadingText.SYNTAX_QUOTE : ReadingText.SYNTAX).with("problem", ReadingText.yaml(problem));
    }

    /** Stops parsing after a problem that has been recorded. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
