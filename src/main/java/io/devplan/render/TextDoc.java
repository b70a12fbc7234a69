package io.devplan.render;

import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.SafeText;
import io.devplan.render.doc.Span;
import io.devplan.render.doc.Tone;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link Document} for a terminal, a pipe or a file. On a terminal ({@code cut}), each
 * line fits the width and long texts end in an ellipsis; anywhere else nothing is ever cut: long
 * texts wrap at the width, so a pipe, a file or cron's mail gets every word. Dates, numbers and
 * ids are never cut or broken; on a narrow terminal whole columns give way first.
 */
public final class TextDoc {
    private static final int GAP = 2;
    /** A title or note narrower than this is hard to read; columns give way first. */
    private static final int READABLE = 24;
    private final Ansi ansi;
    private final int width;
    private final boolean cut;
    private final PrintWriter out;
    private int indent;
    private boolean printed;

    /** @param cut whether the output is a terminal, where long lines are cut rather than wrapped */
    public TextDoc(Ansi ansi, int width, boolean cut, PrintWriter out) {
        this.ansi = ansi;
        this.width = Math.max(40, width);
        this.cut = cut;
        this.out = out;
    }

    public void write(Document d) {
        if (!d.title().isEmpty()) {
            line(0, styled(Tone.STRONG, d.title()), 0);
        }
        if (!d.subtitle().isEmpty()) {
            line(0, styled(Tone.MUTED, d.subtitle()), 0);
        }
        blocks(d.blocks());
        out.flush();
    }

    /** Blocks on their own, without a title: a list printed on its own. */
    public void write(List<Block> blocks) {
        blocks(blocks);
        out.flush();
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            block(b);
        }
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            heading(h);
        } else if (b instanceof Block.Paragraph p) {
            line(indent, runs(p.text()), 0);
        } else if (b instanceof Block.Entry e) {
            entry(e);
        } else if (b instanceof Block.Bullets l) {
            bullets(l);
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Facts f) {
            facts(f);
        } else if (b instanceof Block.Chart c) {
            line(indent, runs(c.summary()), 2);
        } else if (b instanceof Block.Group g) {
            blocks(g.blocks());
        } else if (b instanceof Block.Notice n) {
            line(0, new Runs().add("! ", Tone.ALERT).addAll(runs(n.text()), Tone.ALERT), 2);
        }
    }

    private void heading(Block.Heading h) {
        if (printed) {
            out.println();
        }
        indent = 0;
        Runs title = styled(Tone.STRONG, h.text());
        if (!h.note().isEmpty()) {
            Runs both = title.copy();
            both.add("  ", null);
            both.addAll(runs(h.note()), Tone.MUTED);
            if (both.length() <= width || !cut) {
                line(0, both, 2);
            } else {
                line(0, title, 0);
                line(2, styled(Tone.MUTED, h.note()), 0);
            }
        } else {
            line(0, title, 0);
        }
        indent = 2;
    }

    private void entry(Block.Entry e) {
        line(indent, styled(Tone.STRONG, e.title()), 2);
        for (Line d : e.details()) {
            line(indent + 2, runs(d), 2);
        }
        int before = indent;
        indent += 4;
        blocks(e.children());
        indent = before;
    }

    private void bullets(Block.Bullets l) {
        for (Block.Bullet item : l.items()) {
            Runs r = new Runs();
            mark(r, item.mark());
            r.addAll(runs(item.text()), null);
            line(indent, r, 2);
            for (Line more : item.more()) {
                line(indent + 4, styled(Tone.MUTED, more), 0);
            }
        }
    }

    private static void mark(Runs r, Mark m) {
        switch (m) {
            case DONE -> r.add("✓ ", Tone.GOOD);
            case DONE_LATE -> r.add("✓ ", Tone.WARN);
            case OVERDUE -> r.add("! ", Tone.ALERT);
            case OPEN -> r.add("· ", null);
            case WARN -> r.add("~ ", Tone.WARN);
            case ITEM -> r.add("- ", null);
            default -> r.add("  ", null);
        }
    }

    private void facts(Block.Facts f) {
        int label = 2 + f.facts().stream().mapToInt(x -> x.label().length()).max().orElse(0);
        for (Block.Fact fact : f.facts()) {
            Runs line = new Runs();
            line.add(pad(fact.label(), label), null);
            for (int i = 0; i < fact.parts().size(); i++) {
                Runs part = runs(fact.parts().get(i));
                String sep = i == 0 ? "" : " · ";
                if (i > 0 && indent + line.length() + sep.length() + part.length() > width) {
                    line(indent, line, label);
                    line = new Runs();
                    line.add(" ".repeat(label), null);
                    sep = "";
                }
                line.add(sep, null);
                line.addAll(part, null);
            }
            line(indent, line, label);
        }
    }

    // ---- tables

    private void table(Block.Table t) {
        tableRows(t);
        if (t.caption() != null && !t.caption().isEmpty()) {
            line(indent, styled(Tone.MUTED, t.caption()), 0);
        }
    }

    private void tableRows(Block.Table t) {
        List<Block.Column> cols = t.columns();
        int n = cols.size();
        List<Runs[]> rows = new ArrayList<>();
        for (Block.Row row : t.rows()) {
            Runs[] cells = new Runs[n];
            for (int i = 0; i < n; i++) {
                cells[i] = i < row.cells().size() ? runs(row.cells().get(i)) : new Runs();
            }
            rows.add(cells);
        }
        boolean header = !t.quiet() && cols.stream().anyMatch(c -> !c.heading().isEmpty()) && !rows.isEmpty();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = header ? cols.get(i).heading().length() : 0;
            for (Runs[] r : rows) {
                natural[i] = Math.max(natural[i], r[i].length());
            }
        }
        boolean[] shown = new boolean[n];
        Arrays.fill(shown, true);
        int[] widths = natural.clone();
        int room = width - indent;
        // What gives when the table is too wide, in order: long titles and notes down to a
        // readable width; then whole columns, the most dispensable first; then headings, which
        // wrap; then titles and notes down to their longest word. Dates, numbers and ids never.
        shrinkFlex(cols, widths, shown, room, i -> Math.min(natural[i], READABLE));
        while (total(widths, shown) > room) {
            int drop = -1;
            for (int i = 0; i < n; i++) {
                if (shown[i] && cols.get(i).drop() > 0 && (drop < 0 || cols.get(i).drop() > cols.get(drop).drop())) {
                    drop = i;
                }
            }
            if (drop < 0) {
                break;
            }
            shown[drop] = false;
        }
        for (int i = 0; i < n && total(widths, shown) > room; i++) {
            int cellsOnly = 0;
            for (Runs[] r : rows) {
                cellsOnly = Math.max(cellsOnly, r[i].length());
            }
            int word = Arrays.stream(cols.get(i).heading().split(" ")).mapToInt(String::length).max().orElse(0);
            widths[i] = Math.min(widths[i], Math.max(cellsOnly, word));
        }
        int[] floor = new int[n];
        for (int i = 0; i < n; i++) {
            floor[i] = 6;
            for (Runs[] r : rows) {
                floor[i] = Math.max(floor[i], Math.min(12, r[i].longestWord()));
            }
        }
        shrinkFlex(cols, widths, shown, room, i -> floor[i]);
        if (header) {
            List<Runs[]> heads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!shown[i]) {
                    continue;
                }
                List<Runs> parts = new Runs().add(cols.get(i).heading(), null).wrap(widths[i]);
                for (int k = 0; k < parts.size(); k++) {
                    if (heads.size() <= k) {
                        heads.add(new Runs[n]);
                    }
                    heads.get(k)[i] = parts.get(k);
                }
            }
            for (Runs[] l : heads) {
                Runs h = new Runs();
                for (int i = 0; i < n; i++) {
                    if (shown[i]) {
                        cell(h, l[i] == null ? new Runs() : l[i], widths[i], cols.get(i), lastShown(shown, i));
                    }
                }
                print(indent, h.stripTrailing().tone(Tone.MUTED));
            }
        }
        for (Runs[] cells : rows) {
            List<Runs[]> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!shown[i]) {
                    continue;
                }
                List<Runs> parts = cells[i].length() <= widths[i] || !cols.get(i).flex() ? List.of(cells[i])
                        : cut ? List.of(cells[i].cut(widths[i])) : cells[i].wrap(widths[i]);
                for (int k = 0; k < parts.size(); k++) {
                    if (lines.size() <= k) {
                        Runs[] empty = new Runs[n];
                        lines.add(empty);
                    }
                    lines.get(k)[i] = parts.get(k);
                }
            }
            for (Runs[] l : lines) {
                Runs r = new Runs();
                for (int i = 0; i < n; i++) {
                    if (shown[i]) {
                        cell(r, l[i] == null ? new Runs() : l[i], widths[i], cols.get(i), lastShown(shown, i));
                    }
                }
                print(indent, r.stripTrailing());
            }
        }
    }

    /** Flexible columns give room, the widest first, each down to {@code floor} at most. */
    private static void shrinkFlex(List<Block.Column> cols, int[] widths, boolean[] shown, int room,
                                   java.util.function.IntUnaryOperator floor) {
        int excess = total(widths, shown) - room;
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (shown[i] && cols.get(i).flex() && widths[i] > floor.applyAsInt(i)
                        && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            excess--;
        }
    }

    private static boolean lastShown(boolean[] shown, int i) {
        for (int k = i + 1; k < shown.length; k++) {
            if (shown[k]) {
                return false;
            }
        }
        return true;
    }

    private static void cell(Runs line, Runs cell, int width, Block.Column col, boolean last) {
        int pad = Math.max(0, width - cell.length());
        if (col.right()) {
            line.add(" ".repeat(pad), null).addAll(cell, null);
        } else {
            line.addAll(cell, null).add(last ? "" : " ".repeat(pad), null);
        }
        if (!last) {
            line.add(" ".repeat(GAP), null);
        }
    }

    private static int total(int[] widths, boolean[] shown) {
        int sum = 0;
        int count = 0;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                sum += widths[i];
                count++;
            }
        }
        return sum + Math.max(0, count - 1) * GAP;
    }

    // ---- lines

    /**
     * Prints {@code r} at {@code at}: cut to the width on a terminal, wrapped anywhere else, with
     * continuation lines indented {@code hang} more.
     */
    private void line(int at, Runs r, int hang) {
        int room = width - at;
        if (r.length() <= room) {
            print(at, r);
        } else if (cut) {
            print(at, r.cut(room));
        } else {
            List<Runs> parts = r.wrap(room, Math.max(10, room - hang));
            print(at, parts.get(0));
            parts.subList(1, parts.size()).forEach(p -> print(at + hang, p));
        }
    }

    private void print(int at, Runs r) {
        printed = true;
        out.println((" ".repeat(at) + r.render(ansi)).stripTrailing());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private Runs styled(Tone tone, Line l) {
        return runs(l).tone(tone);
    }

    /** The text of a line, character by character with each character's tone. */
    private Runs runs(Line l) {
        Runs r = new Runs();
        for (Span s : l.spans()) {
            span(r, s, null);
        }
        return r;
    }

    private void span(Runs r, Span s, Tone tone) {
        if (s instanceof Span.Words w) {
            r.add(w.text(), tone);
        } else if (s instanceof Span.Data d) {
            r.add(SafeText.oneLine(d.text()), tone);
        } else if (s instanceof Span.Code c) {
            r.add(SafeText.oneLine(c.text()), tone);
        } else if (s instanceof Span.Styled st) {
            st.spans().forEach(x -> span(r, x, st.tone()));
        } else if (s instanceof Span.Meter m) {
            // A narrow terminal gets a shorter bar, so the numbers beside it keep their room.
            r.add(Bar.of(m.percent(), width >= 100 ? 10 : 5) + String.format(" %3d%%", m.percent()), tone);
        } else if (s instanceof Span.Spark sp) {
            r.add(Sparkline.of(sp.values(), sp.floor(), sp.ceiling()), tone);
        }
    }

    /** Characters with a tone each; measured, cut and wrapped before colour is added. */
    static final class Runs {
        private final StringBuilder text = new StringBuilder();
        private final List<Tone> tones = new ArrayList<>();

        Runs add(String s, Tone tone) {
            text.append(s);
            for (int i = 0; i < s.length(); i++) {
                tones.add(tone);
            }
            return this;
        }

        /** Appends {@code other}; its untoned characters take {@code tone}. */
        Runs addAll(Runs other, Tone tone) {
            text.append(other.text);
            for (Tone t : other.tones) {
                tones.add(t != null ? t : tone);
            }
            return this;
        }

        /** Every untoned character gets {@code tone}. */
        Runs tone(Tone tone) {
            for (int i = 0; i < tones.size(); i++) {
                if (tones.get(i) == null) {
                    tones.set(i, tone);
                }
            }
            return this;
        }

        int longestWord() {
            int best = 0;
            for (String w : text.toString().split(" ")) {
                best = Math.max(best, w.length());
            }
            return best;
        }

        Runs copy() {
            return new Runs().addAll(this, null);
        }

        int length() {
            return text.length();
        }

        Runs sub(int from, int to) {
            Runs r = new Runs();
            r.text.append(text, from, to);
            r.tones.addAll(tones.subList(from, to));
            return r;
        }

        Runs stripTrailing() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            return sub(0, end);
        }

        /** Cut to {@code w} characters, ending in an ellipsis when cut. */
        Runs cut(int w) {
            if (length() <= w) {
                return this;
            }
            return w <= 1 ? sub(0, Math.max(0, w)) : sub(0, w - 1).add("…", tones.isEmpty() ? null : tones.get(w - 1));
        }

        /** Lines of at most {@code w} characters, broken at spaces; a longer word stays whole. */
        List<Runs> wrap(int w) {
            return wrap(w, w);
        }

        /** As {@link #wrap(int)}, the first line at most {@code first} characters, the others {@code rest}. */
        List<Runs> wrap(int first, int rest) {
            List<Runs> out = new ArrayList<>();
            int start = 0;
            int n = text.length();
            int w = first;
            while (n - start > w) {
                int brk = text.lastIndexOf(" ", start + w);
                if (brk <= start) {
                    brk = text.indexOf(" ", start + w);
                    if (brk < 0) {
                        break;
                    }
                }
                out.add(sub(start, brk).stripTrailing());
                w = rest;
                start = brk + 1;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
            }
            out.add(sub(start, n));
            return out;
        }

        String render(Ansi ansi) {
            if (!ansi.enabled()) {
                return text.toString().replace('\u00a0', ' ');
            }
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                Tone t = tones.get(i);
                int j = i;
                while (j < text.length() && tones.get(j) == t) {
                    j++;
                }
                String part = text.substring(i, j).replace('\u00a0', ' ');
                b.append(t == null ? part : ansi.tone(t, part));
                i = j;
            }
            return b.toString();
        }
    }
}
