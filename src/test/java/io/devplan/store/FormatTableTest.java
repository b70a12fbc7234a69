package io.devplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Plan;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.validate.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The format table says what the format is; these tests say what else a new field needs. From the
 * table they write a plan and a devplan.yaml with every key set, and check for each key that the
 * reader accepts it, reads it into the model (leaving it out changes what was read), and that the
 * parse cache keeps it.
 */
class FormatTableTest {
    private static final String FILE = "sample";

    /** A key of a section, and where in the file it is. */
    record Key(FormatTable.Section section, FormatTable.Field field, boolean config) {
        @Override
        public String toString() {
            return (config ? "devplan.yaml " : "plan ") + section.name() + "." + field.key();
        }
    }

    static Stream<Key> planKeys() {
        return keys(FormatTable.PLAN_SECTIONS, false);
    }

    static Stream<Key> configKeys() {
        return keys(FormatTable.CONFIG_SECTIONS, true);
    }

    private static Stream<Key> keys(List<FormatTable.Section> sections, boolean config) {
        List<Key> out = new ArrayList<>();
        sections.forEach(s -> s.fields().forEach(f -> out.add(new Key(s, f, config))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planKeys")
    void theReaderReadsEveryKeyOfThePlanAndTheCacheKeepsIt(Key key) {
        Plan full = readPlan(new Sample(null).plan());
        assertThat(CacheCodec.decode(CacheCodec.encode(full), 0, CacheCodec.encode(full).length))
                .as("the parse cache (CacheCodec) keeps every value of a plan").isEqualTo(full);
        if (key.field().required()) {
            return; // a plan without it is an error, which the reader's tests cover
        }
        Plan without = readPlan(new Sample(key).plan());
        assertThat(meaning(without)).as(key + " is in the format table, but a plan without it reads the same: "
                + "PlanReader does not read it into the model").isNotEqualTo(meaning(full));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configKeys")
    void theReaderReadsEveryKeyOfDevplanYamlAndTheCacheKeepsIt(Key key) {
        RepoConfig full = readConfig(new Sample(null).config());
        byte[] bytes = CacheCodec.encode(full);
        assertThat(CacheCodec.decodeConfig(bytes, 0, bytes.length)).as("the parse cache keeps devplan.yaml")
                .isEqualTo(full);
        if (key.field().required()) {
            return;
        }
        RepoConfig without = readConfig(new Sample(key).config());
        assertThat(without).as(key + " is in the format table, but devplan.yaml without it reads the same: "
                + "ConfigReader does not read it").isNotEqualTo(full);
    }

    private static Plan readPlan(String text) {
        List<Problem> problems = new ArrayList<>();
        ReadResult<Plan> r = PlanReader.read(FILE + ".yaml", "plans/" + FILE + ".yaml", FILE, text, problems);
        assertThat(r.problems()).as("a plan with a value for every key of the format table reads:\n" + text).isEmpty();
        return r.value();
    }

    private static RepoConfig readConfig(String text) {
        ReadResult<RepoConfig> r = ConfigReader.read("devplan.yaml", text, new ArrayList<>());
        assertThat(r.problems()).as("devplan.yaml with every key reads:\n" + text).isEmpty();
        return r.value();
    }

    /** What a plan means, without where each value was written (leaving out a line moves the rest). */
    private static String meaning(Plan p) {
        return p.toString().replaceAll("Position\\[[^\\]]*\\]", "").replaceAll("SourceMap\\[positions=\\{[^}]*\\}\\]", "");
    }

    /** A file with a value, unlike any default, for every key of the table; {@code skip} left out. */
    private static final class Sample {
        private final Key skip;

        Sample(Key skip) {
            this.skip = skip;
        }

        String plan() {
            return mapping(FormatTable.PLAN, 0);
        }

        String config() {
            return mapping(FormatTable.CONFIG, 0);
        }

        private String mapping(FormatTable.Section s, int indent) {
            StringBuilder b = new StringBuilder();
            for (FormatTable.Field f : s.fields()) {
                if (skip != null && skip.section() == s && skip.field() == f) {
                    continue;
                }
                b.append(" ".repeat(indent)).append(f.key()).append(':');
                b.append(value(s, f, indent));
            }
            return b.toString();
        }

        private String value(FormatTable.Section s, FormatTable.Field f, int indent) {
            Function<String, String> scalar = v -> " " + v + "\n";
            // The same value for a key whichever other key is left out.
            int n = FormatTable.all().indexOf(s) * 40 + s.fields().indexOf(f);
            return switch (f.kind()) {
                case TEXT -> scalar.apply(s == FormatTable.CHECKIN && f.key().equals("private") ? "a private note"
                        : "sample " + f.key() + " " + n);
                case ZONE -> scalar.apply("Europe/Oslo");
                case LANGUAGE -> scalar.apply("da");
                case FILE_MODE -> scalar.apply("\"0640\"");
                case DATE -> scalar.apply("2026-0" + (1 + n % 9) + "-" + (10 + n % 18));
                case NUMBER -> scalar.apply(String.valueOf(7 + n));
                case INTEGER -> scalar.apply(String.valueOf(f.max() > f.min() + 1 ? f.min() + 1 : f.max()));
                case BOOLEAN -> scalar.apply("true");
                case ID -> scalar.apply(s == FormatTable.EMPLOYEE ? FILE : "i" + n);
                case ENUM -> scalar.apply(quoted(f.values().get(f.values().size() - 1)));
                case CADENCE -> scalar.apply("P3W");
                case ID_LIST -> scalar.apply("[x1, x2]");
                case RULE_NAMES -> scalar.apply("[" + Rules.ALL.get(0).name() + "]");
                case NUMBER_MAP -> scalar.apply("{i2: 3}");
                case INTEGER_MAP -> scalar.apply("{communication: " + (f.min() + 2) + "}");
                case MAPPING -> "\n" + mapping(FormatTable.section(f.section()), indent + 2);
                case LIST -> "\n" + item(FormatTable.section(f.section()), indent + 2);
                case TRACKS -> "\n" + " ".repeat(indent + 2) + "eng:\n" + item(FormatTable.section(f.section()), indent + 4);
            };
        }

        private String item(FormatTable.Section s, int indent) {
            String body = mapping(s, indent + 2);
            return " ".repeat(indent) + "- " + body.substring(indent + 2);
        }

        private static String quoted(String v) {
            return v.matches("[a-z][a-z-]*") ? v : "'" + v + "'";
        }
    }
}
