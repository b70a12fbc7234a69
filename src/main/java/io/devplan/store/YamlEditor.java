package io.devplan.store;

import io.devplan.domain.Said;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits YAML text the way a careful person would, leaving every byte it is not about as it was.
 *
 * <p>It works on the source spans of the parsed nodes (ruamel.yaml's round trip and Rust's
 * toml_edit do the same): a changed value is spliced into the span of the old one, a new list
 * item goes after the last line of its last sibling, in the sibling's indentation and style, and
 * a new key after the key it follows in the file's order. Comments, blank lines, quoting, block
 * texts and line endings elsewhere stay byte for byte. After each edit the text is parsed again,
 * so the next edit sees exact positions.
 */
public final class YamlEditor {
    private static final int DEFAULT_STEP = 2;

    private String text;
    private final String nl;
    private YNode root;

    public YamlEditor(String text) {
        this.text = text;
        this.nl = text.contains("\r\n") ? "\r\n" : "\n";
        parse();
    }

    public String text() {
        return text;
    }

    /**
     * Sets {@code key} of the mapping at {@code mapPath} to {@code value}; a key that is not there
     * is added after the last present key that precedes it in {@code order}.
     */
    public YamlEditor set(List<Object> mapPath, String key, YamlValue value, List<String> order) {
        YNode.Map map = mapAt(mapPath);
        YNode.Entry e = entry(map, key);
        if (e != null) {
            replace(e, value, map.flow());
        } else {
            addKey(map, key, value, order);
        }
        parse();
        return this;
    }

    /**
     * Appends {@code item} to the list under {@code key} of the mapping at {@code mapPath}. A key
     * that is absent or has no value yet becomes a list.
     */
    public YamlEditor append(List<Object> mapPath, String key, YamlValue item, List<String> order) {
        YNode.Map map = mapAt(mapPath);
        YNode.Entry e = entry(map, key);
        if (e == null) {
            addKey(map, key, new YamlValue.Items(List.of(item)), order);
        } else if (e.value() instanceof YNode.Scalar s) {
            if (!s.isNull()) {
                throw new UnplaceableEdit(Said.of(WriteText.NOT_A_LIST, "key", key, "line", s.start().line()));
            }
            replace(e, new YamlValue.Items(List.of(item)), map.flow());
        } else if (e.value() instanceof YNode.Seq seq) {
            if (seq.flow()) {
                appendFlow(e, seq, item);
            } else {
                appendBlock(seq, item);
            }
        } else {
            throw new UnplaceableEdit(Said.of(WriteText.NOT_A_LIST, "key", key, "line", e.value().start().line()));
        }
        parse();
        return this;
    }

    // ---- the edits

    private void replace(YNode.Entry e, YamlValue value, boolean inFlow) {
        YNode old = e.value();
        if (!(old instanceof YNode.Scalar s)) {
            if (old instanceof YNode.Seq seq && seq.flow() && seq.items().isEmpty()) {
                // `key: []` becoming a block list: splice over the brackets as over a null.
                spliceValue(e.key(), old.start().offset(), old.end().offset(), value, null, inFlow);
                return;
            }
            throw new UnplaceableEdit(Said.of(old instanceof YNode.Seq ? WriteText.CANNOT_REPLACE_LIST
                    : WriteText.CANNOT_REPLACE_MAPPING, "line", old.start().line()));
        }
        if (!inFlow && (s.style() == '|' || s.style() == '>') && value instanceof YamlValue.Text t
                && !t.text().isEmpty() && !t.text().contains("\n")) {
            // A block text replaced by one line keeps its block style, without a line break: |-.
            List<String> block = block(t.text(), blockIndent(s, column(e.key().start().offset()) + layout().step()));
            if (block != null) {
                splice(s.start().offset(), contentEnd(s), block.get(0) + nl + block.get(1) + (keepsTrailingLines(s) ? nl : ""));
                return;
            }
        }
        spliceValue(e.key(), s.start().offset(), contentEnd(s), value, s, inFlow);
    }

    /** Writes {@code value} in place of the text between {@code from} and {@code to} of {@code key}'s value. */
    private void spliceValue(YNode.Scalar key, int from, int to, YamlValue value, YNode hint, boolean inFlow) {
        int col = column(key.start().offset());
        List<String> lines = entryLines(col, key.value(), value, hint, inFlow, layout());
        String first = lines.get(0);
        String valuePart = first.substring(col + key.value().length() + 1);
        int colon = colonBefore(from);
        int start = colon >= 0 ? colon + 1 : from;
        boolean spacedOnOneLine = colon >= 0 && from > start && text.substring(start, from).isBlank()
                && text.substring(start, from).indexOf('\n') < 0;
        if (colon < 0 || spacedOnOneLine && !valuePart.isEmpty()) {
            // Keep the space the author put before the old value (aligned values stay aligned).
            start = from;
            valuePart = valuePart.stripLeading();
        }
        if (lines.size() > 1 && !restOfLineIsBlankOrComment(to)) {
            // A block after which the line goes on (`text: a, b # c` in a flow) cannot be: stay inline.
            lines = List.of(" ".repeat(col) + key.value() + ": " + YamlText.doubleQuoted(textOf(value)));
            valuePart = lines.get(0).substring(col + key.value().length() + 1);
        }
        splice(start, to, valuePart);
        if (lines.size() > 1) {
            insertLines(lineEndAfter(start + valuePart.length()), lines.subList(1, lines.size()));
        }
    }

    private void addKey(YNode.Map map, String key, YamlValue value, List<String> order) {
        if (map.flow()) {
            String inline = flowValue(value, null);
            int close = map.end().offset() - 1;
            int at = close;
            while (at > map.start().offset() + 1 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            splice(at, at, (map.entries().isEmpty() ? "" : ", ") + key + ": " + inline);
            return;
        }
        YNode.Entry after = predecessor(map, key, order);
        int col = column(map.entries().get(0).key().start().offset());
        List<String> lines = new ArrayList<>(entryLines(col, key, value, null, false, layout()));
        int n = map.entries().size();
        if (map == root && n >= 2 && blankBetween(map.entries().get(n - 2).value(),
                map.entries().get(n - 1).key().start().offset())) {
            lines.add(0, "");
        }
        insertLines(lineAfter(contentEnd(after.value())), lines);
    }

    private void appendFlow(YNode.Entry e, YNode.Seq seq, YamlValue item) {
        boolean fits = item.isInline() || item instanceof YamlValue.Mapping m && m.entries().values().stream()
                .allMatch(YamlValue::isInline);
        if (seq.items().isEmpty() && (!fits || item instanceof YamlValue.Mapping)) {
            // `checkins: []` with its first entry: entries are written as a block list.
            replace(e, new YamlValue.Items(List.of(item)), false);
            return;
        }
        if (!fits) {
            throw new UnplaceableEdit(Said.of(WriteText.MULTI_LINE_IN_ONE_LINE_LIST, "line", seq.start().line()));
        }
        int close = seq.end().offset() - 1;
        int at = close;
        while (at > seq.start().offset() + 1 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        YNode hint = seq.items().isEmpty() ? null : seq.items().get(seq.items().size() - 1);
        splice(at, at, (seq.items().isEmpty() ? "" : ", ") + flowValue(item, hint));
    }

    private void appendBlock(YNode.Seq seq, YamlValue item) {
        List<YNode> items = seq.items();
        YNode last = items.get(items.size() - 1);
        int lastStart = last.start().offset();
        int dash = dashBefore(lastStart);
        int dashCol = dash >= 0 ? column(dash) : Math.max(0, column(lastStart) - 2);
        int keyCol = dash >= 0 && last instanceof YNode.Map m && !m.flow() ? column(lastStart) : dashCol + 2;
        List<String> lines = new ArrayList<>(itemLines(dashCol, keyCol, item, last, layout()));
        if (items.size() >= 2 && blankBetween(items.get(items.size() - 2), lineStart(dash >= 0 ? dash : lastStart))) {
            lines.add(0, "");
        }
        insertLines(lineAfter(contentEnd(last)), lines);
    }

    // ---- rendering new values

    /** How the file indents: nested mappings by {@code step}, block lists {@code seqIndent} past their key. */
    private record Layout(int step, int seqIndent) {}

    private List<String> entryLines(int col, String key, YamlValue v, YNode hint, boolean inFlow, Layout lay) {
        String head = " ".repeat(col) + key + ":";
        if (inFlow) {
            return List.of(head + " " + flowValue(v, hint));
        }
        if (v instanceof YamlValue.Raw r) {
            return List.of(head + " " + r.yaml());
        }
        if (v instanceof YamlValue.Text t) {
            boolean hintBlock = hint instanceof YNode.Scalar s && (s.style() == '|' || s.style() == '>');
            // A block text for text of several lines, in its neighbour's indentation; one line stays
            // one line (a block would add a line break the author never wrote).
            if (t.text().contains("\n")) {
                int indent = hintBlock ? blockIndent((YNode.Scalar) hint, col + lay.step()) : col + lay.step();
                List<String> block = block(t.text(), indent);
                if (block != null) {
                    List<String> lines = new ArrayList<>();
                    lines.add(head + " " + block.get(0));
                    lines.addAll(block.subList(1, block.size()));
                    return lines;
                }
            }
            return List.of(head + " " + quote(t.text(), hint));
        }
        if (v instanceof YamlValue.Mapping m) {
            boolean flatHint = hint instanceof YNode.Map hm && hm.flow();
            if (m.entries().isEmpty() || flatHint && m.entries().values().stream().allMatch(YamlValue::isInline)) {
                return List.of(head + " " + flowValue(v, hint));
            }
            List<String> lines = new ArrayList<>();
            lines.add(head);
            for (Map.Entry<String, YamlValue> e : m.entries().entrySet()) {
                lines.addAll(entryLines(col + lay.step(), e.getKey(), e.getValue(), child(hint, e.getKey()), false, lay));
            }
            return lines;
        }
        YamlValue.Items items = (YamlValue.Items) v;
        boolean allInline = items.items().stream().allMatch(YamlValue::isInline);
        boolean blockHint = hint instanceof YNode.Seq hs && !hs.flow();
        if (items.items().isEmpty() || allInline && !blockHint) {
            return List.of(head + " " + flowValue(v, hint));
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        int dashCol = col + lay.seqIndent();
        YNode itemHint = hint instanceof YNode.Seq hs && !hs.items().isEmpty() ? hs.items().get(hs.items().size() - 1) : null;
        for (YamlValue item : items.items()) {
            lines.addAll(itemLines(dashCol, dashCol + 2, item, itemHint, lay));
        }
        return lines;
    }

    /** A list item: {@code - value}, or a mapping whose first key sits on the dash's line. */
    private List<String> itemLines(int dashCol, int keyCol, YamlValue item, YNode hint, Layout lay) {
        String dash = " ".repeat(dashCol) + "-" + " ".repeat(Math.max(1, keyCol - dashCol - 1));
        boolean flowHint = hint instanceof YNode.Map hm && hm.flow();
        if (item instanceof YamlValue.Mapping m && !m.entries().isEmpty()
                && !(flowHint && m.entries().values().stream().allMatch(YamlValue::isInline))) {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, YamlValue> e : m.entries().entrySet()) {
                lines.addAll(entryLines(keyCol, e.getKey(), e.getValue(), child(hint, e.getKey()), false, lay));
            }
            lines.set(0, dash + lines.get(0).substring(keyCol));
            return lines;
        }
        if (item instanceof YamlValue.Text t && t.text().contains("\n")) {
            List<String> block = block(t.text(), keyCol);
            if (block != null) {
                List<String> lines = new ArrayList<>(block);
                lines.set(0, dash + block.get(0));
                return lines;
            }
        }
        return List.of(dash + flowValue(item, hint));
    }

    /** A value on one line, as flow collections need it. */
    private String flowValue(YamlValue v, YNode hint) {
        if (v instanceof YamlValue.Raw r) {
            return r.yaml();
        }
        if (v instanceof YamlValue.Text t) {
            return quote(t.text(), hint);
        }
        List<String> parts = new ArrayList<>();
        if (v instanceof YamlValue.Mapping m) {
            m.entries().forEach((k, x) -> parts.add(k + ": " + flowValue(x, child(hint, k))));
            return "{" + String.join(", ", parts) + "}";
        }
        for (YamlValue x : ((YamlValue.Items) v).items()) {
            parts.add(flowValue(x, null));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** Text quoted the way its neighbour is, else plain when that is safe. */
    private static String quote(String s, YNode hint) {
        if (hint instanceof YNode.Scalar h && !s.contains("\n")) {
            if (h.style() == '"') {
                return YamlText.doubleQuoted(s);
            }
            if (h.style() == '\'' && YamlText.singleQuoted(s) != null) {
                return YamlText.singleQuoted(s);
            }
        }
        return YamlText.scalar(s);
    }

    /**
     * A {@code |} block: the header, then the lines at {@code indent}; null when a block cannot hold
     * the text exactly (leading spaces, trailing blank lines, carriage returns).
     */
    private static List<String> block(String s, int indent) {
        if (s.isEmpty() || s.contains("\r") || s.endsWith("\n\n") || s.startsWith(" ") || s.startsWith("\n")) {
            return null;
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        List<String> lines = new ArrayList<>();
        lines.add(s.endsWith("\n") ? "|" : "|-");
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return null;
            }
            lines.add(line.isEmpty() ? "" : " ".repeat(indent) + line);
        }
        return lines;
    }

    /** The indentation of a block text's lines, so a new block text lines up with its neighbour. */
    private int blockIndent(YNode.Scalar s, int fallback) {
        int i = lineEndAfter(s.start().offset());
        while (i < s.end().offset() && i < text.length()) {
            int end = lineEndAfter(i);
            String line = text.substring(i, end);
            if (!line.isBlank()) {
                int spaces = line.length() - line.stripLeading().length();
                return spaces > 0 ? spaces : fallback;
            }
            i = end;
        }
        return fallback;
    }

    private static String textOf(YamlValue v) {
        return v instanceof YamlValue.Text t ? t.text() : v instanceof YamlValue.Raw r ? r.yaml() : "";
    }

    private static YNode child(YNode hint, String key) {
        return hint instanceof YNode.Map m ? m.get(key) : null;
    }

    // ---- where things are

    private Layout layout() {
        int[] found = {-1, -1};
        walk(root, found);
        return new Layout(found[0] > 0 ? found[0] : DEFAULT_STEP, found[1] >= 0 ? found[1] : (found[0] > 0 ? found[0] : DEFAULT_STEP));
    }

    private void walk(YNode n, int[] found) {
        if (n instanceof YNode.Map m) {
            for (YNode.Entry e : m.entries()) {
                YNode v = e.value();
                int keyCol = column(e.key().start().offset());
                if (!m.flow() && v instanceof YNode.Map vm && !vm.flow() && found[0] < 0
                        && v.start().line() > e.key().start().line()) {
                    found[0] = column(v.start().offset()) - keyCol;
                }
                if (!m.flow() && v instanceof YNode.Seq vs && !vs.flow() && found[1] < 0 && !vs.items().isEmpty()) {
                    int dash = dashBefore(vs.items().get(0).start().offset());
                    if (dash >= 0 && lineStart(dash) > e.key().start().offset()) {
                        found[1] = column(dash) - keyCol;
                    }
                }
                walk(v, found);
            }
        } else if (n instanceof YNode.Seq s) {
            for (YNode item : s.items()) {
                walk(item, found);
            }
        }
    }

    /** Where the text of a node ends: after its last character, not after the blank lines that follow. */
    private int contentEnd(YNode n) {
        return YNode.contentEnd(text, n);
    }

    /**
     * Whether a block text keeps its trailing blank lines ({@code |+}, {@code >+}): they are part
     * of its value, so what comes after it goes after them.
     */
    private boolean keepsTrailingLines(YNode.Scalar s) {
        int from = s.start().offset();
        int i = from;
        while (i < text.length() && i < from + 8 && "|>+-0123456789".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(from, i).indexOf('+') >= 0;
    }

    /** The start of the line after the one {@code offset} is on; {@code offset} itself when it starts a line. */
    private int lineAfter(int offset) {
        return offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n' ? offset : lineEndAfter(offset);
    }

    private YNode.Entry predecessor(YNode.Map map, String key, List<String> order) {
        int want = order.indexOf(key);
        YNode.Entry best = null;
        int bestRank = -1;
        for (YNode.Entry e : map.entries()) {
            int rank = order.indexOf(e.key().value());
            if (want >= 0 && rank >= 0 && rank < want && rank >= bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        return best != null ? best : map.entries().get(map.entries().size() - 1);
    }

    private boolean blankBetween(YNode prev, int nextOffset) {
        int from = lineAfter(contentEnd(prev));
        int to = lineStart(nextOffset);
        if (from >= to) {
            return false;
        }
        for (String line : text.substring(from, to).split("\n", -1)) {
            if (line.isBlank() && from + line.length() < to) {
                return true;
            }
            from += line.length() + 1;
        }
        return false;
    }

    private boolean restOfLineIsBlankOrComment(int offset) {
        String rest = text.substring(offset, lineEndAfter(offset)).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    /** The offset of the ':' before a value, skipping spaces and line breaks; -1 when there is none. */
    private int colonBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':' ? i : -1;
    }

    /** The offset of the '-' that starts the list item at {@code offset}, on the same line; -1 when none. */
    private int dashBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : -1;
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int lineEndAfter(int offset) {
        int i = text.indexOf('\n', offset);
        return i < 0 ? text.length() : i + 1;
    }

    private int column(int offset) {
        return offset - lineStart(offset);
    }

    private void insertLines(int at, List<String> lines) {
        String block = String.join(nl, lines);
        if (at >= text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            splice(text.length(), text.length(), nl + block);
        } else {
            splice(at, at, block + nl);
        }
    }

    private void splice(int from, int to, String with) {
        text = text.substring(0, from) + with + text.substring(to);
    }

    private YNode.Map mapAt(List<Object> path) {
        YNode n = root;
        for (Object p : path) {
            if (p instanceof String k && n instanceof YNode.Map m) {
                n = m.get(k);
            } else if (p instanceof Integer i && n instanceof YNode.Seq s && i >= 0 && i < s.items().size()) {
                n = s.items().get(i);
            } else {
                n = null;
            }
            if (n == null) {
                break;
            }
        }
        if (!(n instanceof YNode.Map m)) {
            throw new UnplaceableEdit(Said.of(WriteText.NO_MAPPING, "path", String.valueOf(path)));
        }
        return m;
    }

    private static YNode.Entry entry(YNode.Map map, String key) {
        for (YNode.Entry e : map.entries()) {
            if (e.key().value().equals(key)) {
                return e;
            }
        }
        return null;
    }

    private void parse() {
        List<Problem> problems = new ArrayList<>();
        YNode parsed = YamlTree.parse("plan", text, problems);
        if (!problems.isEmpty() || !(parsed instanceof YNode.Map)) {
            throw new IllegalStateException("the edited text does not read as YAML: "
                    + (problems.isEmpty() ? "not a mapping" : problems.get(0).format()));
        }
        root = parsed;
    }
}
