package io.devplan.store;

import io.devplan.domain.MailSecurity;
import io.devplan.domain.RepoConfig;
import io.devplan.domain.Said;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads devplan.yaml; every key is optional and an empty file is valid. */
public final class ConfigReader {
    // The keys of each mapping: the format table's (FormatTable), which the manual and schema follow.
    public static final Set<String> TOP = FormatTable.CONFIG.keys();
    public static final Set<String> NAMED = FormatTable.NAMED.keys();
    public static final Set<String> LEVEL = FormatTable.LEVEL.keys();
    public static final Set<String> RULES = FormatTable.RULES.keys();
    public static final Set<String> GIT = FormatTable.GIT.keys();
    public static final Set<String> REPORT = FormatTable.REPORT.keys();
    public static final Set<String> PERSON = FormatTable.PERSON.keys();
    public static final Set<String> MAIL = FormatTable.MAIL.keys();
    public static final Set<String> REMIND = FormatTable.REMIND.keys();
    public static final Set<String> TERMS = FormatTable.TERMS.keys();

    private ConfigReader() {}

    public static ReadResult<RepoConfig> read(String shownFile, String text, List<Problem> problems) {
        int before = problems.size();
        YNode root = YamlTree.parse(shownFile, text, problems);
        if (root == null) {
            return new ReadResult<>(problems.size() == before ? RepoConfig.DEFAULTS : null,
                    List.copyOf(problems.subList(before, problems.size())));
        }
        Fields.Context cx = new Fields.Context(shownFile, problems);
        Fields f = Fields.of(cx, root, "", ReadingText.named("devplan.yaml"), TOP);
        RepoConfig config = f == null ? null : config(cx, f);
        boolean clean = problems.size() == before;
        List<Problem> found = problems.subList(before, problems.size());
        found.sort(Problem.BY_PLACE);
        return new ReadResult<>(clean ? config : null, List.copyOf(found));
    }

    private static RepoConfig config(Fields.Context cx, Fields f) {
        ZoneId zone = null;
        String tz = f.text("timezone");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz);
            } catch (DateTimeException e) {
                cx.problem(f.pos("timezone"), ReadingText.UNKNOWN_TIME_ZONE.with("zone", tz));
            }
        }
        io.devplan.domain.Language spoken = f.language("language");
        String language = spoken == null ? null : spoken.code();
        List<RepoConfig.Priority> priorities = f.list("priorities", node -> path -> {
            Fields p = Fields.of(cx, node, path, Said.of(ReadingText.A_PRIORITY), NAMED);
            return p == null ? null : new RepoConfig.Priority(p.itemId("id", Said.of(ReadingText.A_PRIORITY), "priority id"), p.text("title"));
        });
        List<RepoConfig.Competency> competencies = f.list("competencies", node -> path -> {
            Fields c = Fields.of(cx, node, path, Said.of(ReadingText.A_COMPETENCY), NAMED);
            return c == null ? null : new RepoConfig.Competency(c.itemId("id", Said.of(ReadingText.A_COMPETENCY), "competency id"), c.text("title"));
        });
        Map<String, List<RepoConfig.TrackLevel>> tracks = new LinkedHashMap<>();
        for (YNode.Entry e : f.entries("tracks")) {
            String trackPath = Fields.child("tracks", e.key().value());
            YNode.Map holder = new YNode.Map(List.of(e), false, e.key().start(), e.value().end());
            Fields one = Fields.of(cx, holder, "tracks", ReadingText.named("tracks"), Set.of(e.key().value()));
            tracks.put(e.key().value(), one.list(e.key().value(), node -> path -> {
                Fields l = Fields.of(cx, node, path, Said.of(ReadingText.A_TRACK_LEVEL), LEVEL);
                return l == null ? null : new RepoConfig.TrackLevel(l.requiredText("level", Said.of(ReadingText.A_TRACK_LEVEL)),
                        l.text("title"), l.integerMap(FormatTable.LEVEL.field("expects").orElseThrow()));
            }));
            cx.record(trackPath, e.value().start());
        }
        RepoConfig.Rules rules = RepoConfig.Rules.DEFAULTS;
        Fields r = f.has("rules") ? Fields.of(cx, f.node("rules"), "rules", ReadingText.named("'rules'"), RULES) : null;
        if (r != null) {
            Integer max = r.integer(FormatTable.RULES.field("max-active-goals").orElseThrow());
            rules = new RepoConfig.Rules(max != null ? max : RepoConfig.Rules.DEFAULT_MAX_ACTIVE_GOALS,
                    r.textList("disable"));
        }
        String mode = f.text("file-mode");
        if (mode != null && !mode.matches("0?[0-7]{3}")) {
            cx.problem(f.pos("file-mode"), ReadingText.FILE_MODE.with("mode", mode));
            mode = null;
        }
        Fields git = f.has("git") ? Fields.of(cx, f.node("git"), "git", ReadingText.named("'git'"), GIT) : null;
        Fields report = f.has("report") ? Fields.of(cx, f.node("report"), "report", ReadingText.named("'report'"), REPORT) : null;
        Integer behind = report == null ? null : report.integer(FormatTable.REPORT.field("behind-points").orElseThrow());
        List<RepoConfig.Person> people = f.list("people", node -> path -> {
            Fields p = Fields.of(cx, node, path, Said.of(ReadingText.A_PERSON), PERSON);
            return p == null ? null : new RepoConfig.Person(p.employeeId("id", Said.of(ReadingText.A_PERSON)), p.text("name"),
                    p.text("email"), p.language("language"));
        });
        Fields remind = f.has("remind") ? Fields.of(cx, f.node("remind"), "remind", ReadingText.named("'remind'"), REMIND) : null;
        Integer repeat = remind == null ? null : remind.integer(FormatTable.REMIND.field("repeat-days").orElseThrow());
        return new RepoConfig(f.text("organization"), f.cadence("cadence"), zone, priorities, competencies, tracks,
                rules, mode != null ? mode : RepoConfig.DEFAULT_FILE_MODE, git != null && git.bool("commit"),
                behind != null ? behind : RepoConfig.DEFAULT_BEHIND_POINTS, language, people, mail(cx, f),
                repeat != null ? repeat : RepoConfig.DEFAULT_REPEAT_DAYS, conversation(cx, f));
    }

    /** terms.conversation: the organisation's name for its development conversation ("MUS"), or null. */
    private static String conversation(Fields.Context cx, Fields f) {
        Fields terms = f.has("terms") ? Fields.of(cx, f.node("terms"), "terms", ReadingText.named("'terms'"), TERMS) : null;
        return terms == null ? null : terms.text("conversation");
    }

    private static RepoConfig.Mail mail(Fields.Context cx, Fields f) {
        Fields m = f.has("mail") ? Fields.of(cx, f.node("mail"), "mail", ReadingText.named("'mail'"), MAIL) : null;
        if (m == null) {
            return null;
        }
        MailSecurity security = m.enumValue("security", MailSecurity.class);
        return new RepoConfig.Mail(m.text("host"), m.integer(FormatTable.MAIL.field("port").orElseThrow()),
                security != null ? security : MailSecurity.STARTTLS, m.text("from"), m.text("user"));
    }
}
