package io.devplan.render;

import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.SafeText;
import io.devplan.render.doc.Span;
import io.devplan.render.doc.Tone;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes a {@link Document} as Markdown that GitHub and GitLab render (CommonMark with pipe
 * tables), for pull requests and wikis. Text from plans is escaped so it never becomes markup,
 * a link or an image, and never ends a table cell or a line.
 */
public final class MarkdownDoc {
    private final PrintWriter out;
    private Words words = Words.english();
    private int level;

    public MarkdownDoc(PrintWriter out) {
        this.out = out;
    }

    public void write(Document d) {
        words = Words.of(io.devplan.domain.Language.of(d.lang()));
        out.println("# " + line(d.title()));
        if (!d.subtitle().isEmpty()) {
            out.println();
            out.println("_" + line(d.subtitle()) + "_");
        }
        blocks(d.blocks());
        out.flush();
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            block(b);
        }
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            out.println();
            level = h.level();
            out.println("#".repeat(Math.min(6, h.level())) + " " + line(h.text()));
            if (!h.note().isEmpty()) {
                out.println();
                out.println(line(h.note()) + ".");
            }
        } else if (b instanceof Block.Paragraph p) {
            out.println();
            out.println(line(p.text()));
        } else if (b instanceof Block.Entry e) {
            out.println();
            out.println("#".repeat(Math.min(6, level + 1)) + " " + line(e.title()));
            if (!e.details().isEmpty()) {
                out.println();
                for (int i = 0; i < e.details().size(); i++) {
                    // Two trailing spaces: a line break within the paragraph.
                    out.println(line(e.details().get(i)) + (i < e.details().size() - 1 ? "  " : ""));
                }
            }
            blocks(e.children());
        } else if (b instanceof Block.Bullets l) {
            out.println();
            for (Block.Bullet item : l.items()) {
                StringBuilder s = new StringBuilder("- ").append(mark(item.mark())).append(line(item.text()));
                item.more().forEach(m -> s.append("  \n  ").append(line(m)));
                out.println(s);
            }
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Facts f) {
            out.println();
            out.println("| " + words.text(Msg.COLUMN_MEASURE) + " | " + words.text(Msg.VALUE) + " |");
            out.println("| --- | --- |");
            for (Block.Fact fact : f.facts()) {
                out.println("| " + esc(fact.label()) + " | " + line(Line.join(" · ", fact.parts())) + " |");
            }
        } else if (b instanceof Block.Chart c) {
            out.println();
            out.println(line(c.summary()));
        } else if (b instanceof Block.Group g) {
            blocks(g.blocks());
        } else if (b instanceof Block.Notice n) {
            out.println();
            out.println("> **" + line(n.text()) + "**");
        }
    }

    private void table(Block.Table t) {
        out.println();
        if (t.caption() != null && !t.caption().isEmpty()) {
            out.println("_" + line(t.caption()) + "_");
            out.println();
        }
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Block.Column c : t.columns()) {
            head.append(' ').append(esc(c.heading())).append(" |");
            rule.append(c.right() ? " ---: |" : " --- |");
        }
        out.println(head);
        out.println(rule);
        for (Block.Row row : t.rows()) {
            StringBuilder r = new StringBuilder("|");
            for (Line cell : row.cells()) {
                r.append(' ').append(line(cell)).append(" |");
            }
            out.println(r);
        }
    }

    private static String mark(Mark m) {
        return switch (m) {
            case DONE, DONE_LATE -> "✓ ";
            case OVERDUE -> "**!** ";
            case WARN -> "~ ";
            default -> "";
        };
    }

    /** A line in Markdown; plan text escaped. */
    static String line(Line l) {
        StringBuilder b = new StringBuilder();
        for (Span s : l.spans()) {
            span(b, s);
        }
        return b.toString();
    }

    private static void span(StringBuilder b, Span s) {
        if (s instanceof Span.Words w) {
            b.append(w.text().replace('\u00a0', ' '));
        } else if (s instanceof Span.Data d) {
            b.append(esc(d.text()));
        } else if (s instanceof Span.Code c) {
            b.append('`').append(SafeText.oneLine(c.text()).replace('\u00a0', ' ').replace("`", "'").replace("|", "/")).append('`');
        } else if (s instanceof Span.Styled st) {
            StringBuilder inner = new StringBuilder();
            st.spans().forEach(x -> span(inner, x));
            boolean strong = st.tone() == Tone.STRONG || st.tone() == Tone.ALERT;
            b.append(strong && inner.length() > 0 ? "**" + inner + "**" : inner);
        } else if (s instanceof Span.Meter m) {
            b.append('`').append(Bar.of(m.percent(), 10)).append("` ").append(m.percent()).append('%');
        } else if (s instanceof Span.Spark sp) {
            b.append('`').append(Sparkline.of(sp.values(), sp.floor(), sp.ceiling())).append('`');
        }
    }

    /** Escapes what CommonMark would read as markup, and what would end a table cell or a line. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String one = SafeText.oneLine(s);
        StringBuilder b = new StringBuilder();
        for (char c : one.toCharArray()) {
            if ("\\`*_[]<>|~&!#".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        // A leading "-", "+" or "=" would start a list or a heading where the text starts a line.
        return b.toString().matches("^[+\\-=].*") ? "\\" + b : b.toString();
    }
}
