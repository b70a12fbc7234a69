package io.devplan.store;

import io.devplan.domain.Achievement;
import io.devplan.domain.Action;
import io.devplan.domain.Assessment;
import io.devplan.domain.Assessor;
import io.devplan.domain.Cadence;
import io.devplan.domain.CheckIn;
import io.devplan.domain.Employee;
import io.devplan.domain.Feedback;
import io.devplan.domain.FeedbackKind;
import io.devplan.domain.FeedbackSource;
import io.devplan.domain.Goal;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.Language;
import io.devplan.domain.MailSecurity;
import io.devplan.domain.Milestone;
import io.devplan.domain.Plan;
import io.devplan.domain.Position;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.Rescheduling;
import io.devplan.domain.SourceMap;
import io.devplan.domain.Support;
import io.devplan.domain.SupportKind;
import io.devplan.domain.SupportStatus;
import io.devplan.domain.YamlName;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plans and repository settings as bytes and back, for {@link ParseCache}: every field of every
 * record, so that decoding what was encoded gives an equal value. Compact and reflection-free,
 * because cached values are read on every run and must cost far less than parsing their YAML.
 * Not an exchange format: a cache made by another build of devplan is never decoded.
 */
final class CacheCodec {
    private CacheCodec() {}

    /** Thrown for bytes that are not an encoded plan (truncated, or written by other code). */
    static final class Corrupt extends RuntimeException {
        Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    static byte[] encode(Plan plan) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            new Writer(new DataOutputStream(bytes)).plan(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static Plan decode(byte[] bytes, int offset, int length) {
        Reader r = new Reader(bytes, offset, offset + length);
        return r.whole(r.plan());
    }

    static byte[] encode(RepoConfig config) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            new Writer(new DataOutputStream(bytes)).config(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RepoConfig decodeConfig(byte[] bytes, int offset, int length) {
        Reader r = new Reader(bytes, offset, offset + length);
        return r.whole(r.config());
    }

    private static final int NO_DATE = Integer.MIN_VALUE;

    private static final class Writer {
        private final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void plan(Plan p) throws IOException {
            text(p.file());
            Employee e = p.employee();
            text(e.id());
            text(e.name());
            text(e.role());
            text(e.team());
            text(e.manager());
            text(e.email());
            date(e.since());
            cadence(e.cadence());
            text(e.track());
            text(e.level());
            text(e.language() == null ? null : e.language().code());
            list(p.feedback(), this::feedback);
            list(p.goals(), this::goal);
            list(p.checkins(), this::checkIn);
            list(p.achievements(), this::achievement);
            list(p.assessments(), this::assessment);
            out.writeInt(p.source().positions().size());
            for (Map.Entry<String, Position> en : p.source().positions().entrySet()) {
                text(en.getKey());
                pos(en.getValue());
            }
        }

        void config(RepoConfig c) throws IOException {
            text(c.organization());
            cadence(c.cadence());
            text(c.timezone() == null ? null : c.timezone().getId());
            list(c.priorities(), p -> {
                text(p.id());
                text(p.title());
            });
            list(c.competencies(), p -> {
                text(p.id());
                text(p.title());
            });
            list(List.copyOf(c.tracks().entrySet()), t -> {
                text(t.getKey());
                list(t.getValue(), l -> {
                    text(l.level());
                    text(l.title());
                    levels(l.expects());
                });
            });
            out.writeInt(c.rules().maxActiveGoals());
            list(c.rules().disable(), this::text);
            text(c.fileMode());
            out.writeBoolean(c.gitCommit());
            out.writeInt(c.behindPoints());
            text(c.language());
            list(c.people(), p -> {
                text(p.id());
                text(p.name());
                text(p.email());
                text(p.language() == null ? null : p.language().code());
            });
            RepoConfig.Mail m = c.mail();
            out.writeBoolean(m != null);
            if (m != null) {
                text(m.host());
                out.writeInt(m.port() == null ? NO_DATE : m.port());
                text(m.security().yamlName());
                text(m.from());
                text(m.user());
            }
            out.writeInt(c.repeatDays());
            text(c.conversation());
        }

        void cadence(Cadence c) throws IOException {
            text(c == null ? null : c.text());
            text(c == null ? null : c.period().toString());
        }

        void levels(Map<String, Integer> levels) throws IOException {
            out.writeInt(levels.size());
            for (Map.Entry<String, Integer> en : levels.entrySet()) {
                text(en.getKey());
                out.writeInt(en.getValue() == null ? Integer.MIN_VALUE : en.getValue());
            }
        }

        void feedback(Feedback f) throws IOException {
            text(f.id());
            date(f.date());
            text(f.from());
            ordinal(f.source());
            ordinal(f.kind());
            text(f.text());
            out.writeBoolean(f.isPrivate());
            pos(f.pos());
        }

        void goal(Goal g) throws IOException {
            text(g.id());
            text(g.title());
            ordinal(g.status());
            date(g.start());
            date(g.due());
            date(g.done());
            list(g.rescheduled(), this::rescheduling);
            text(g.measure());
            number(g.baseline());
            number(g.target());
            number(g.current());
            text(g.unit());
            text(g.relevant());
            list(g.addresses(), this::text);
            list(g.aligns(), this::text);
            list(g.competencies(), this::text);
            list(g.milestones(), this::milestone);
            list(g.actions(), this::action);
            list(g.support(), this::support);
            text(g.statusReason());
            pos(g.pos());
        }

        void milestone(Milestone m) throws IOException {
            text(m.id());
            text(m.title());
            date(m.due());
            date(m.done());
            list(m.rescheduled(), this::rescheduling);
            pos(m.pos());
        }

        void rescheduling(Rescheduling r) throws IOException {
            date(r.date());
            date(r.from());
            text(r.reason());
            pos(r.pos());
        }

        void action(Action a) throws IOException {
            text(a.id());
            text(a.title());
            text(a.owner());
            date(a.due());
            date(a.done());
            list(a.rescheduled(), this::rescheduling);
            pos(a.pos());
        }

        void support(Support s) throws IOException {
            text(s.id());
            ordinal(s.kind());
            text(s.title());
            number(s.cost());
            text(s.currency());
            ordinal(s.status());
            for (SupportStatus status : SupportStatus.values()) {
                date(s.date(status));
            }
            text(s.note());
            pos(s.pos());
        }

        void checkIn(CheckIn c) throws IOException {
            date(c.date());
            text(c.with());
            text(c.notes());
            out.writeInt(c.progress().size());
            for (Map.Entry<String, BigDecimal> en : c.progress().entrySet()) {
                text(en.getKey());
                number(en.getValue());
            }
            out.writeInt(c.wellbeing() == null ? Integer.MIN_VALUE : c.wellbeing());
            text(c.blockers());
            text(c.privateNote());
            date(c.next());
            pos(c.pos());
        }

        void achievement(Achievement a) throws IOException {
            date(a.date());
            text(a.title());
            text(a.goal());
            date(a.celebrated());
            pos(a.pos());
        }

        void assessment(Assessment a) throws IOException {
            date(a.date());
            ordinal(a.by());
            levels(a.levels());
            pos(a.pos());
        }

        interface Part<T> {
            void write(T t) throws IOException;
        }

        <T> void list(List<T> items, Part<T> part) throws IOException {
            out.writeInt(items.size());
            for (T t : items) {
                part.write(t);
            }
        }

        void text(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void date(LocalDate d) throws IOException {
            out.writeInt(d == null ? NO_DATE : (int) d.toEpochDay());
        }

        void number(BigDecimal n) throws IOException {
            text(n == null ? null : n.toString());
        }

        void ordinal(Enum<?> e) throws IOException {
            out.writeByte(e == null ? -1 : e.ordinal());
        }

        void pos(Position p) throws IOException {
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeInt(p.offset());
        }
    }

    private static final class Reader {
        private final byte[] b;
        private int at;
        private final int end;

        Reader(byte[] b, int at, int end) {
            this.b = b;
            this.at = at;
            this.end = end;
        }

        Plan plan() {
            String file = text();
            String id = text();
            String name = text();
            String role = text();
            String team = text();
            String manager = text();
            String email = text();
            LocalDate since = date();
            Cadence cadence = cadence();
            String track = text();
            String level = text();
            String language = text();
            Employee employee = new Employee(id, name, role, team, manager, email, since, cadence, track, level,
                    language == null ? null : Language.of(language));
            List<Feedback> feedback = list(Reader::feedback);
            List<Goal> goals = list(Reader::goal);
            List<CheckIn> checkins = list(Reader::checkIn);
            List<Achievement> achievements = list(Reader::achievement);
            List<Assessment> assessments = list(Reader::assessment);
            int n = count();
            Map<String, Position> positions = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                positions.put(text(), pos());
            }
            return new Plan(file, employee, feedback, goals, checkins, achievements, assessments,
                    new SourceMap(positions));
        }

        RepoConfig config() {
            String organization = text();
            Cadence cadence = cadence();
            String zone = text();
            List<RepoConfig.Priority> priorities = list(r -> new RepoConfig.Priority(r.text(), r.text()));
            List<RepoConfig.Competency> competencies = list(r -> new RepoConfig.Competency(r.text(), r.text()));
            Map<String, List<RepoConfig.TrackLevel>> tracks = new LinkedHashMap<>();
            int n = count();
            for (int i = 0; i < n; i++) {
                tracks.put(text(), list(r -> new RepoConfig.TrackLevel(r.text(), r.text(), r.levels())));
            }
            RepoConfig.Rules rules = new RepoConfig.Rules(integer(), list(Reader::text));
            String fileMode = text();
            boolean commit = bool();
            int behind = integer();
            String language = text();
            List<RepoConfig.Person> people = list(r -> {
                String id = r.text();
                String name = r.text();
                String email = r.text();
                String lang = r.text();
                return new RepoConfig.Person(id, name, email, lang == null ? null : Language.of(lang));
            });
            RepoConfig.Mail mail = null;
            if (bool()) {
                String host = text();
                int port = integer();
                MailSecurity security = YamlName.parse(MailSecurity.class, text()).orElseThrow();
                mail = new RepoConfig.Mail(host, port == NO_DATE ? null : port, security, text(), text());
            }
            return new RepoConfig(organization, cadence, zone == null ? null : ZoneId.of(zone), priorities,
                    competencies, tracks, rules, fileMode, commit, behind, language, people, mail, integer(), text());
        }

        Cadence cadence() {
            String text = text();
            String period = text();
            return text == null || period == null ? null : new Cadence(text, Period.parse(period));
        }

        Map<String, Integer> levels() {
            int n = count();
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String key = text();
                int v = integer();
                levels.put(key, v == Integer.MIN_VALUE ? null : v);
            }
            return levels;
        }

        <T> T whole(T value) {
            if (at != end) {
                throw new Corrupt("trailing bytes");
            }
            return value;
        }

        Feedback feedback() {
            return new Feedback(text(), date(), text(), ordinal(FeedbackSource.values()),
                    ordinal(FeedbackKind.values()), text(), bool(), pos());
        }

        Goal goal() {
            return new Goal(text(), text(), ordinal(GoalStatus.values()), date(), date(), date(),
                    list(Reader::rescheduling), text(),
                    number(), number(), number(), text(), text(),
                    list(Reader::text), list(Reader::text), list(Reader::text),
                    list(Reader::milestone), list(Reader::action), list(Reader::support), text(), pos());
        }

        Milestone milestone() {
            return new Milestone(text(), text(), date(), date(), list(Reader::rescheduling), pos());
        }

        Rescheduling rescheduling() {
            return new Rescheduling(date(), date(), text(), pos());
        }

        Action action() {
            return new Action(text(), text(), text(), date(), date(), list(Reader::rescheduling), pos());
        }

        Support support() {
            String id = text();
            SupportKind kind = ordinal(SupportKind.values());
            String title = text();
            BigDecimal cost = number();
            String currency = text();
            SupportStatus status = ordinal(SupportStatus.values());
            Map<SupportStatus, LocalDate> dates = new java.util.EnumMap<>(SupportStatus.class);
            for (SupportStatus s : SupportStatus.values()) {
                LocalDate d = date();
                if (d != null) {
                    dates.put(s, d);
                }
            }
            return new Support(id, kind, title, cost, currency, status, dates, text(), pos());
        }

        CheckIn checkIn() {
            LocalDate date = date();
            String with = text();
            String notes = text();
            int n = count();
            Map<String, BigDecimal> progress = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                progress.put(text(), number());
            }
            int wellbeing = integer();
            return new CheckIn(date, with, notes, progress, wellbeing == Integer.MIN_VALUE ? null : wellbeing,
                    text(), text(), date(), pos());
        }

        Achievement achievement() {
            return new Achievement(date(), text(), text(), date(), pos());
        }

        Assessment assessment() {
            return new Assessment(date(), ordinal(Assessor.values()), levels(), pos());
        }

        <T> List<T> list(Function<Reader, T> part) {
            int n = count();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(part.apply(this));
            }
            return out;
        }

        int count() {
            int n = integer();
            if (n < 0 || n > end - at) {
                throw new Corrupt("bad count " + n);
            }
            return n;
        }

        String text() {
            int n = integer();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > end - at) {
                throw new Corrupt("bad text length " + n);
            }
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        LocalDate date() {
            int d = integer();
            return d == NO_DATE ? null : LocalDate.ofEpochDay(d);
        }

        BigDecimal number() {
            String s = text();
            return s == null ? null : new BigDecimal(s);
        }

        boolean bool() {
            return u8() != 0;
        }

        <E extends Enum<E>> E ordinal(E[] values) {
            byte o = (byte) u8();
            if (o == -1) {
                return null;
            }
            if (o < 0 || o >= values.length) {
                throw new Corrupt("bad enum ordinal " + o);
            }
            return values[o];
        }

        Position pos() {
            return new Position(integer(), integer(), integer());
        }

        int integer() {
            if (end - at < 4) {
                throw new Corrupt("truncated");
            }
            int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
            at += 4;
            return v;
        }

        int u8() {
            if (at >= end) {
                throw new Corrupt("truncated");
            }
            return b[at++] & 0xff;
        }
    }
}
