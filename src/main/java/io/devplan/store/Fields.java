package io.devplan.store;

import io.devplan.domain.Bounds;
import io.devplan.domain.Cadence;
import io.devplan.domain.DidYouMean;
import io.devplan.domain.EmployeeId;
import io.devplan.domain.ItemId;
import io.devplan.domain.IsoDate;
import io.devplan.domain.Position;
import io.devplan.domain.Said;
import io.devplan.domain.YamlName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one YAML mapping of a file, recording every problem instead of stopping at the
 * first: unknown keys (with a "did you mean"), wrong types, impossible dates. Keys starting with
 * {@code x-} are the user's own and are accepted anywhere. Every value read is entered in the
 * source map under its path.
 */
final class Fields {
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("[-+]?\\d+");

    private final Context cx;
    private final YNode.Map map;
    private final String path;

    /** Shared by all the fields of one file. */
    static final class Context {
        /** Kept even in a light read: the places commands cite without a full source map. */
        private static final java.util.Set<String> ALWAYS = java.util.Set.of("employee", "employee/id");

        final String file;
        final List<Problem> problems;
        final Map<String, Position> positions = new LinkedHashMap<>();
        private final boolean fullSourceMap;

        Context(String file, List<Problem> problems) {
            this(file, problems, true);
        }

        /**
         * @param fullSourceMap whether to keep the position of every value; it is most of a read
         *     plan's memory, and only validation needs it
         */
        Context(String file, List<Problem> problems, boolean fullSourceMap) {
            this.file = file;
            this.problems = problems;
            this.fullSourceMap = fullSourceMap;
        }

        void record(String path, Position pos) {
            if (fullSourceMap || ALWAYS.contains(path)) {
                positions.put(path, pos);
            }
        }

        void problem(Position pos, Said said) {
            problems.add(Problem.at(file, pos, said));
        }
    }

    private Fields(Context cx, YNode.Map map, String path) {
        this.cx = cx;
        this.map = map;
        this.path = path;
    }

    /**
     * Reads {@code node} as a mapping with the given keys; null (after recording a problem) when it
     * is not a mapping. {@code what} names the mapping in messages ("a goal").
     */
    static Fields of(Context cx, YNode node, String path, Said what, Set<String> keys) {
        if (!(node instanceof YNode.Map m)) {
            if (node != null) {
                cx.problem(node.start(), ReadingText.NOT_A_MAPPING.with("what", what, "found", found(node)));
            }
            return null;
        }
        cx.record(path, m.start());
        for (YNode.Entry e : m.entries()) {
            String key = e.key().value();
            if (!keys.contains(key) && !key.startsWith("x-")) {
                cx.problem(e.key().start(), DidYouMean.said(ReadingText.UNKNOWN_KEY, ReadingText.UNKNOWN_KEY_DID_YOU_MEAN,
                        key, keys, "key", key, "what", what));
            } else {
                cx.record(child(path, key), e.value().start());
            }
        }
        return new Fields(cx, m, path);
    }

    /** What a value was found to be, in a message: "nothing", "a text", "a list", "a mapping". */
    static Said found(YNode node) {
        if (node instanceof YNode.Scalar s) {
            return Said.of(s.isNull() ? ReadingText.FOUND_NOTHING : ReadingText.FOUND_TEXT);
        }
        return Said.of(node instanceof YNode.Seq ? ReadingText.FOUND_LIST : ReadingText.FOUND_MAPPING);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "/" + key;
    }

    String path() {
        return path;
    }

    Position start() {
        return map.start();
    }

    /** The node under {@code key}, or null when absent or written without a value. */
    YNode node(String key) {
        YNode n = map.get(key);
        if (n instanceof YNode.Scalar s && s.isNull()) {
            return null;
        }
        return n;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** Position of the key's value, or of this mapping when the key is absent. */
    Position pos(String key) {
        YNode n = map.get(key);
        return n != null ? n.start() : map.start();
    }

    private YNode.Scalar scalar(String key, ReadingText expected, Object... args) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s) {
            return s;
        }
        Object[] all = new Object[args.length + 4];
        all[0] = "key";
        all[1] = key;
        all[2] = "found";
        all[3] = found(n);
        System.arraycopy(args, 0, all, 4, args.length);
        cx.problem(n.start(), expected.with(all));
        return null;
    }

    String text(String key) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_TEXT);
        return s == null ? null : checkedText(key, s);
    }

    /** The scalar's text, or null after a problem when it holds a control character. */
    private String checkedText(String key, YNode.Scalar s) {
        int c = Bounds.controlCharacter(s.value());
        if (c >= 0) {
            cx.problem(s.start(), ReadingText.CONTROL_CHARACTER.with("key", key, "code", String.format("%04X", c)));
            return null;
        }
        return s.value();
    }

    /** Plain words YAML 1.1 reads as booleans: where a text is expected they are a slip, not a text. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n");

    /**
     * A text that people write as a flag by mistake ({@code private: true} on a check-in): a plain
     * boolean word there is an error, never the text "true", with {@code why} saying what to write.
     */
    String textNotFlag(String key, Said why) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_TEXT);
        if (s != null && s.plain() && BOOLEAN_WORDS.contains(s.value().toLowerCase(java.util.Locale.ROOT))) {
            cx.problem(s.start(), why);
            return null;
        }
        return s == null ? null : checkedText(key, s);
    }

    String requiredText(String key, Said what) {
        String t = text(key);
        if (t == null && node(key) == null) { // present but wrong: its own problem says so
            cx.problem(pos(key), ReadingText.NEEDS_KEY.with("what", what, "key", key));
        }
        return t;
    }

    /** A required employee id, checked by the one id rule. */
    String employeeId(String key, Said what) {
        String id = requiredText(key, what);
        Said problem = id == null ? null : EmployeeId.problemSaid(id);
        if (problem != null) {
            cx.problem(pos(key), problem);
        }
        return id;
    }

    /** A required id of an item, checked by the one id rule; {@code noun} names it ("goal id"). */
    String itemId(String key, Said what, String noun) {
        String id = requiredText(key, what);
        Said problem = id == null ? null : ItemId.problemSaid(id, noun);
        if (problem != null) {
            cx.problem(pos(key), problem);
        }
        return id;
    }

    LocalDate date(String key) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_DATE);
        return s == null ? null : parseDate(s.value(), s.start(), key);
    }

    private LocalDate parseDate(String value, Position pos, String key) {
        try {
            return IsoDate.parse(value);
        } catch (IsoDate.Invalid e) {
            cx.problem(pos, (e.impossible() ? ReadingText.IMPOSSIBLE_DATE : ReadingText.NOT_A_DATE)
                    .with("value", value, "key", key, "reason", e.said()));
            return null;
        }
    }

    BigDecimal number(String key) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_NUMBER);
        if (s == null) {
            return null;
        }
        BigDecimal n = null;
        try {
            n = s.plain() ? Bounds.number(s.value().replace("_", "")) : null;
        } catch (Bounds.OutOfBounds e) {
            cx.problem(s.start(), ReadingText.OUT_OF_BOUNDS.with("key", key, "rule", e.said(),
                    "value", Bounds.shown(s.value())));
            return null;
        }
        if (n == null) {
            cx.problem(s.start(), ReadingText.NOT_A_NUMBER.with("key", key, "value", Bounds.shown(s.value())));
        }
        return n;
    }

    /** A language devplan speaks (en, sv, da, nl), or null; another code is a problem at its place. */
    io.devplan.domain.Language language(String key) {
        String code = text(key);
        if (code == null) {
            return null;
        }
        var l = io.devplan.domain.Language.code(code);
        if (l.isEmpty()) {
            cx.problem(pos(key), ReadingText.UNKNOWN_LANGUAGE.with("code", code,
                    "codes", String.join(", ", io.devplan.domain.Language.CODES)));
        }
        return l.orElse(null);
    }

    /** An integer within the range the format table gives {@code field}. */
    Integer integer(FormatTable.Field field) {
        return integer(field.key(), field.min(), field.max());
    }

    /** A map of integers within the range the format table gives {@code field}. */
    Map<String, Integer> integerMap(FormatTable.Field field) {
        return integerMap(field.key(), field.min(), field.max());
    }

    Integer integer(String key, int min, int max) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_WHOLE_NUMBER);
        return s == null ? null : parseInteger(s, key, min, max);
    }

    private Integer parseInteger(YNode.Scalar s, String key, int min, int max) {
        if (!s.plain() || !INTEGER.matcher(s.value()).matches()) {
            cx.problem(s.start(), ReadingText.NOT_A_WHOLE_NUMBER.with("key", key, "min", min, "max", max,
                    "value", s.value()));
            return null;
        }
        long v;
        try {
            v = Long.parseLong(s.value());
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            cx.problem(s.start(), ReadingText.OUT_OF_RANGE.with("key", key, "min", min, "max", max, "value", s.value()));
            return null;
        }
        return (int) v;
    }

    boolean bool(String key) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_BOOLEAN);
        if (s == null) {
            return false;
        }
        if (s.plain() && s.value().equals("true")) {
            return true;
        }
        if (!(s.plain() && s.value().equals("false"))) {
            cx.problem(s.start(), ReadingText.NOT_TRUE_OR_FALSE.with("key", key, "value", s.value()));
        }
        return false;
    }

    <E extends Enum<E> & YamlName> E enumValue(String key, Class<E> type) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_ONE_OF, "names", String.join(", ", YamlName.names(type)));
        if (s == null) {
            return null;
        }
        var parsed = YamlName.parse(type, s.value());
        if (parsed.isEmpty()) {
            List<String> names = YamlName.names(type);
            cx.problem(s.start(), DidYouMean.said(ReadingText.NOT_ONE_OF, ReadingText.NOT_ONE_OF_DID_YOU_MEAN, s.value(),
                    names, "key", key, "names", String.join(", ", names), "value", s.value()));
            return null;
        }
        return parsed.get();
    }

    Cadence cadence(String key) {
        YNode.Scalar s = scalar(key, ReadingText.MUST_BE_CADENCE);
        if (s == null) {
            return null;
        }
        java.util.Optional<Cadence> c;
        try {
            c = Cadence.parse(s.value());
        } catch (Bounds.OutOfBounds e) {
            cx.problem(s.start(), ReadingText.OUT_OF_BOUNDS.with("key", key, "rule", e.said(),
                    "value", Bounds.shown(s.value())));
            return null;
        }
        if (c.isEmpty()) {
            cx.problem(s.start(), DidYouMean.said(ReadingText.NOT_A_CADENCE, ReadingText.NOT_A_CADENCE_DID_YOU_MEAN,
                    s.value(), List.of(Cadence.NAMES.split(", ")), "key", key, "names", Cadence.NAMES, "value", s.value()));
            return null;
        }
        return c.get();
    }

    /** A list of texts, written either as a flow list {@code [a, b]} or a block list. */
    List<String> textList(String key) {
        List<String> out = new ArrayList<>();
        YNode n = node(key);
        if (n == null) {
            return out;
        }
        if (!(n instanceof YNode.Seq seq)) {
            cx.problem(n.start(), ReadingText.NOT_A_TEXT_LIST.with("key", key, "found", found(n)));
            return out;
        }
        int i = 0;
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                cx.record(child(path, key) + "/" + i, s.start());
                String text = checkedText(key, s);
                if (text != null) {
                    out.add(text);
                }
            } else {
                cx.problem(item.start(), ReadingText.ITEM_NOT_TEXT.with("key", key, "found", found(item)));
            }
            i++;
        }
        return out;
    }

    /** A list of mappings, each read by {@code reader} with its own path. */
    <T> List<T> list(String key, Function<YNode, Function<String, T>> reader) {
        List<T> out = new ArrayList<>();
        YNode n = node(key);
        if (n == null) {
            return out;
        }
        if (!(n instanceof YNode.Seq seq)) {
            cx.problem(n.start(), ReadingText.NOT_A_LIST.with("key", key, "found", found(n)));
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            T t = reader.apply(seq.items().get(i)).apply(child(path, key) + "/" + i);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A mapping from texts (ids) to whole numbers. */
    Map<String, Integer> integerMap(String key, int min, int max) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (YNode.Entry e : entries(key)) {
            if (e.value() instanceof YNode.Scalar s && !s.isNull()) {
                Integer v = parseInteger(s, e.key().value(), min, max);
                if (v != null) {
                    out.put(e.key().value(), v);
                }
            } else {
                cx.problem(e.value().start(), ReadingText.NO_WHOLE_NUMBER.with("key", e.key().value(), "min", min,
                        "max", max));
            }
        }
        return out;
    }

    /** A mapping from texts (ids) to numbers. */
    Map<String, BigDecimal> numberMap(String key) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (YNode.Entry e : entries(key)) {
            YNode.Map one = new YNode.Map(List.of(e), false, e.key().start(), e.value().end());
            BigDecimal v = new Fields(cx, one, child(path, key)).number(e.key().value());
            if (v != null) {
                out.put(e.key().value(), v);
            } else if (e.value() instanceof YNode.Scalar s && s.isNull()) {
                cx.problem(e.key().start(), ReadingText.NEEDS_NUMBER.with("key", e.key().value()));
            }
        }
        return out;
    }

    /** The entries of a mapping value, recording their positions under this key's path. */
    List<YNode.Entry> entries(String key) {
        YNode n = node(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YNode.Map m)) {
            cx.problem(n.start(), ReadingText.NOT_A_KEY_MAPPING.with("key", key, "example", "{a: 1, b: 2}",
                    "found", found(n)));
            return List.of();
        }
        for (YNode.Entry e : m.entries()) {
            cx.record(child(path, key) + "/" + e.key().value(), e.key().start());
        }
        return m.entries();
    }
}
