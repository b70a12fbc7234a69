package io.devplan.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.devplan.domain.Agenda;
import io.devplan.domain.Audience;
import io.devplan.domain.DueKind;
import io.devplan.domain.DueState;
import io.devplan.domain.Language;
import io.devplan.domain.Overdue;
import io.devplan.domain.Plan;
import io.devplan.domain.PlanFilter;
import io.devplan.domain.PlanView;
import io.devplan.domain.Reminders;
import io.devplan.domain.Report;
import io.devplan.domain.YamlName;
import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Span;
import io.devplan.store.Repository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pseudo-language marks every text that comes from the catalogue with ⟦ ⟧. Over the example
 * repository at dates before, during and after its plans, every word devplan itself puts in a
 * document must be inside the marks (else it is English no catalogue can translate), and no two
 * marked texts may stand side by side with one space between (a sentence glued from pieces).
 */
class PseudoLanguageTest {
    private static final Pattern INNERMOST = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** One space between two texts: one sentence in two pieces. Two spaces part the fields of a detail line. */
    private static final Pattern GLUED = Pattern.compile("⟧ ⟦");

    /** Words whose every text, in every catalogue, is its English in marks. */
    static Words pseudo() {
        Map<String, Map<String, String>> families = new HashMap<>();
        for (io.devplan.domain.Phrase m : WordsTest.phrases()) {
            Map<String, String> texts = families.computeIfAbsent(m.catalogue(), f -> new HashMap<>());
            if (m.counted()) {
                texts.put(m.key() + ".one", "⟦" + m.english("one") + "⟧");
                texts.put(m.key() + ".other", "⟦" + m.english("other") + "⟧");
            } else {
                texts.put(m.key(), "⟦" + m.english(null) + "⟧");
            }
        }
        Map<String, String> texts = families.remove("words");
        for (Class<? extends YamlName> type : Words.NAMED) {
            for (YamlName v : type.getEnumConstants()) {
                texts.put(Words.nameKey(v), "⟦" + v.yamlName() + "⟧");
            }
        }
        for (String cadence : io.devplan.domain.Cadence.NAMES.split(", ")) {
            texts.put(Words.cadenceKey(cadence), "⟦" + cadence + "⟧");
        }
        return new Words(Language.EN, texts, families);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2026-03-15", "2026-11-22", "2028-01-01"})
    void everyWordOfEveryDocumentComesFromTheCatalogueWhole(String date) {
        Repository repo = Repository.open(Path.of("examples/acme"), Path.of("").toAbsolutePath());
        List<Plan> plans = repo.loadAll().plans();
        LocalDate asOf = LocalDate.parse(date);
        Words w = pseudo();
        List<PlanView> views = plans.stream().map(p -> PlanView.of(p, repo.config(), asOf, 14)).toList();
        List<Document> docs = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (PlanView v : views) {
            docs.add(PlanDocument.of(v, w));
            docs.add(AgendaDocument.of(Agenda.of(v), w));
        }
        for (Audience audience : Audience.values()) {
            docs.add(ReportDocument.of(Report.of(plans, repo.config(), asOf, audience, true, PlanFilter.ALL),
                    List.of(new Unread("plans/broken.yaml", 1, 1, "broken")), w));
            docs.add(ReportDocument.of(Report.of(plans, repo.config(), asOf, audience, false,
                    new PlanFilter(List.of(), "platform", "bob-berg", true)), List.of(), w));
        }
        blocks.addAll(OverdueDocument.of(Overdue.select(views.stream().flatMap(v -> v.due().stream()),
                EnumSet.allOf(DueKind.class)), asOf, 14, List.of(new Unread("plans/x.yaml", 1, 1, "x")), null, w));
        blocks.addAll(OverdueDocument.of(List.of(), asOf, -1, List.of(), new PlanFilter(List.of("nobody"), "t", null, false), w));
        blocks.addAll(RemindDocument.of(Reminders.of(views), List.of(), w));
        docs.add(PeriodDocument.of(plans.stream().map(p -> io.devplan.domain.PeriodReport.of(p, null, repo.config(),
                asOf.minusMonths(6), asOf)).toList(), asOf.minusMonths(6), asOf, w, null));
        for (Plan p : plans) {
            Plan empty = new Plan(p.file(), p.employee(), List.of(), List.of(), List.of(), List.of(), List.of(), p.source());
            List<io.devplan.domain.HistoryEntry> history = new ArrayList<>();
            for (Plan[] pair : new Plan[][] {{null, p}, {empty, p}, {p, empty}, {p, null}}) {
                history.add(new io.devplan.domain.HistoryEntry(p.employee().id(), "c0ffee", "c0ffee", "A. Author",
                        asOf, "subject", p.file(), io.devplan.domain.PlanChanges.between(pair[0], pair[1]), "unreadable"));
            }
            blocks.addAll(LogDocument.of(history, w.line(Msg.LOG_NONE, "file", Line.ofData("plans/x.yaml")), w));
        }
        List<String> problems = new ArrayList<>();
        for (Document d : docs) {
            check(d.title(), problems);
            check(d.subtitle(), problems);
            d.blocks().forEach(b -> check(b, problems));
            if (d.confidential() != null) {
                check(d.confidential(), problems);
            }
        }
        blocks.forEach(b -> check(b, problems));
        assertThat(problems).as("texts outside the catalogue, or glued from pieces, as of " + date).isEmpty();
        assertThat(DueState.DEFAULT_SOON_DAYS).isPositive();
    }

    private static void check(Block b, List<String> problems) {
        if (b instanceof Block.Heading h) {
            check(h.text(), problems);
            check(h.note(), problems);
        } else if (b instanceof Block.Paragraph p) {
            check(p.text(), problems);
        } else if (b instanceof Block.Notice n) {
            check(n.text(), problems);
        } else if (b instanceof Block.Entry e) {
            check(e.title(), problems);
            e.details().forEach(l -> check(l, problems));
            e.children().forEach(c -> check(c, problems));
        } else if (b instanceof Block.Bullets bs) {
            bs.items().forEach(i -> {
                check(i.text(), problems);
                i.more().forEach(l -> check(l, problems));
            });
        } else if (b instanceof Block.Table t) {
            t.columns().forEach(c -> check(c.heading(), problems));
            t.rows().forEach(r -> r.cells().forEach(l -> check(l, problems)));
            if (t.caption() != null) {
                check(t.caption(), problems);
            }
        } else if (b instanceof Block.Facts f) {
            f.facts().forEach(fact -> {
                check(fact.label(), problems);
                fact.parts().forEach(l -> check(l, problems));
            });
        } else if (b instanceof Block.Chart c) {
            check(c.summary(), problems);
            check(c.caption(), problems);
        } else if (b instanceof Block.Group g) {
            g.blocks().forEach(x -> check(x, problems));
        } else {
            problems.add("a block this test does not know: " + b.getClass().getSimpleName());
        }
    }

    private static void check(Line line, List<String> problems) {
        StringBuilder b = new StringBuilder();
        flatten(line.spans(), b, problems);
        check(b.toString(), problems);
    }

    /** Plan text stands as ◆: it is the plan's own, in whatever language it was written. */
    private static void flatten(List<Span> spans, StringBuilder b, List<String> problems) {
        for (Span s : spans) {
            if (s instanceof Span.Words w) {
                b.append(w.text());
            } else if (s instanceof Span.Data || s instanceof Span.Code) {
                b.append('◆');
            } else if (s instanceof Span.Styled st) {
                flatten(st.spans(), b, problems);
            } else if (s instanceof Span.Meter m) {
                // The label names a goal or person by id: that part is the plan's.
                check(m.label(), problems);
                b.append('▆');
            } else {
                b.append('▆');
            }
        }
    }

    private static void check(String text, List<String> problems) {
        if (text.isEmpty()) {
            return;
        }
        if (GLUED.matcher(text).find()) {
            problems.add("glued: " + text);
        }
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = INNERMOST.matcher(rest).replaceAll("");
        }
        if (LETTER.matcher(rest).find()) {
            problems.add("outside the catalogue: " + text);
        }
    }
}
