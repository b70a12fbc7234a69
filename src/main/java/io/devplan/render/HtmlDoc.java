package io.devplan.render;

import io.devplan.render.doc.Block;
import io.devplan.render.doc.Document;
import io.devplan.render.doc.Line;
import io.devplan.render.doc.Mark;
import io.devplan.render.doc.Span;
import io.devplan.render.doc.Tone;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Document} as one self-contained HTML file: inline CSS and inline SVG charts,
 * no script and no reference to anything outside the file, so it opens offline and can be mailed
 * or archived. It prints on A4 with page numbers (and the confidentiality marking on every page),
 * and reads with a screen reader: real tables with header cells, headings in order, and a text
 * alternative for every chart. Rows and entries carry their keys as {@code data-} attributes so
 * scripts and tests can find them.
 */
public final class HtmlDoc {
    private static final String CSS = """
            :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --fill: #2f6f4f; --warn: #9a3412; --late: #7a5b00; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .4rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
            h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
            h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
            .sub, .note { color: var(--muted); }
            .banner { border: 2px solid var(--warn); color: var(--warn); padding: .5rem .8rem; margin: 1rem 0; font-weight: 600; }
            .confidential { color: var(--warn); font-weight: 600; letter-spacing: .02em; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
            th { font-weight: 600; background: #f6f8fa; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            caption { text-align: left; }
            .alert { color: var(--warn); font-weight: 600; }
            .warn, .done-late { color: var(--late); }
            .good, .done { color: var(--fill); }
            .muted { color: var(--muted); }
            .nowrap { white-space: nowrap; }
            ul.items { list-style: none; padding-left: .2rem; }
            ul.items li .mark { display: inline-block; width: 1.2rem; }
            dl.details { margin: 0 0 .4rem; }
            svg { display: block; max-width: 100%; height: auto; }
            td svg, span.meter svg { display: inline-block; vertical-align: middle; margin-right: .4rem; }
            svg text { font-size: 10px; fill: var(--muted); }
            svg .track { fill: #e6e9ed; }
            svg .fill { fill: var(--fill); }
            svg .expected { stroke: var(--ink); stroke-width: 2; }
            svg .axis { stroke: var(--line); }
            svg .target { stroke: var(--muted); stroke-dasharray: 4 3; }
            svg .line { fill: none; stroke: var(--fill); stroke-width: 2; }
            svg .dot { fill: var(--fill); }
            figure { margin: .4rem 0 1rem; }
            figcaption { color: var(--muted); font-size: .9rem; }
            @media print {
              body { font-size: 10pt; }
              main { max-width: none; padding: 0; }
              section.employee { break-before: page; }
              section.employee:first-of-type { break-before: auto; }
              tr, figure, li { break-inside: avoid; }
              h2, h3, h4, caption { break-after: avoid; }
              th { background: none; }
            }
            """;

    private final PrintWriter out;
    private final SvgCharts charts = new SvgCharts();
    private int level;

    public HtmlDoc(PrintWriter out) {
        this.out = out;
    }

    public void write(Document d) {
        charts.speak(Words.of(io.devplan.domain.Language.of(d.lang())));
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + esc(d.lang()) + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + plain(d.title()) + "</title>");
        out.println("<style>");
        out.print(CSS);
        out.println(page(d.confidential()));
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<main>");
        if (d.confidential() != null) {
            out.println("<p class=\"confidential\">" + esc(d.confidential()) + "</p>");
        }
        out.println("<h1>" + line(d.title()) + "</h1>");
        if (!d.subtitle().isEmpty()) {
            out.println("<p class=\"sub\">" + line(d.subtitle()) + "</p>");
        }
        blocks(d.blocks());
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    /** Printed pages: A4, numbered, and marked on every page when the document is confidential. */
    private static String page(String confidential) {
        String top = confidential == null ? ""
                : "  @top-center { content: \"" + cssString(confidential) + "\"; color: #9a3412; font: 600 9pt system-ui, sans-serif; }\n";
        return "@page {\n  size: A4;\n  margin: 16mm 12mm;\n" + top
                + "  @bottom-right { content: counter(page) \" / \" counter(pages); font: 9pt system-ui, sans-serif; color: #57606a; }\n}";
    }

    private static String cssString(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : io.devplan.render.doc.SafeText.oneLine(s).toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>') {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            block(b);
        }
    }

    private void block(Block b) {
        if (b instanceof Block.Heading h) {
            level = h.level();
            int n = Math.min(6, h.level());
            out.println("<h" + n + ">" + line(h.text()) + "</h" + n + ">");
            if (!h.note().isEmpty()) {
                out.println("<p class=\"note\">" + line(h.note()) + "</p>");
            }
        } else if (b instanceof Block.Paragraph p) {
            out.println("<p>" + line(p.text()) + "</p>");
        } else if (b instanceof Block.Entry e) {
            int n = Math.min(6, level + 1);
            out.println("<div class=\"entry\"" + keys(e.keys()) + ">");
            out.println("<h" + n + ">" + line(e.title()) + "</h" + n + ">");
            for (Line d : e.details()) {
                out.println("<p class=\"details\">" + line(d) + "</p>");
            }
            blocks(e.children());
            out.println("</div>");
        } else if (b instanceof Block.Bullets l) {
            out.println("<ul class=\"items\">");
            for (Block.Bullet item : l.items()) {
                out.print("<li class=\"" + css(item.mark()) + "\"><span class=\"mark\" aria-hidden=\"true\">" + mark(item.mark())
                        + "</span>" + line(item.text()));
                for (Line more : item.more()) {
                    out.print("<br><span class=\"muted\">" + line(more) + "</span>");
                }
                out.println("</li>");
            }
            out.println("</ul>");
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Facts f) {
            out.println("<table class=\"facts\">");
            out.println("<tbody>");
            for (Block.Fact fact : f.facts()) {
                out.println("<tr><th scope=\"row\">" + esc(fact.label()) + "</th><td>" + line(Line.join(" · ", fact.parts()))
                        + "</td></tr>");
            }
            out.println("</tbody></table>");
        } else if (b instanceof Block.Chart c) {
            BigDecimal floor = c.floor();
            out.println("<figure>" + charts.trend(c.values(), floor, c.target(), c.title(), c.unit())
                    + "<figcaption>" + line(c.caption()) + "</figcaption></figure>");
        } else if (b instanceof Block.Group g) {
            out.println("<section class=\"" + esc(g.kind()) + "\"" + (g.anchor() != null ? " id=\"" + esc(g.anchor()) + "\"" : "")
                    + ">");
            blocks(g.blocks());
            out.println("</section>");
        } else if (b instanceof Block.Notice n) {
            out.println("<div class=\"banner\" role=\"alert\">" + line(n.text()) + "</div>");
        }
    }

    private void table(Block.Table t) {
        out.println("<table>");
        if (t.caption() != null && !t.caption().isEmpty()) {
            out.println("<caption class=\"note\">" + line(t.caption()) + "</caption>");
        }
        out.print("<thead><tr>");
        for (Block.Column c : t.columns()) {
            out.print("<th scope=\"col\"" + (c.right() ? " class=\"num\"" : "") + ">" + esc(c.heading()) + "</th>");
        }
        out.println("</tr></thead>");
        out.println("<tbody>");
        for (Block.Row row : t.rows()) {
            StringBuilder r = new StringBuilder("<tr" + keys(row.keys()) + ">");
            int rowHeader = rowHeader(t.columns());
            for (int i = 0; i < row.cells().size(); i++) {
                Block.Column c = t.columns().get(i);
                String cls = (c.right() ? "num" : "") + (!c.flex() && !c.right() ? "nowrap" : "");
                String attr = cls.isEmpty() ? "" : " class=\"" + cls + "\"";
                r.append(i == rowHeader ? "<th scope=\"row\"" + attr + ">" + line(row.cells().get(i)) + "</th>"
                        : "<td" + attr + ">" + line(row.cells().get(i)) + "</td>");
            }
            out.println(r.append("</tr>"));
        }
        out.println("</tbody></table>");
    }

    /** The first flexible column names the row (a goal's title, a person's name). */
    private static int rowHeader(List<Block.Column> cols) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).flex()) {
                return i;
            }
        }
        return 0;
    }

    private static String keys(Map<String, String> keys) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(keys).forEach((k, v) -> b.append(" data-").append(k).append("=\"").append(esc(v)).append('"'));
        return b.toString();
    }

    private static String css(Mark m) {
        return switch (m) {
            case DONE -> "done";
            case DONE_LATE -> "done-late";
            case OVERDUE -> "alert";
            case WARN -> "warn";
            default -> "open";
        };
    }

    private static String mark(Mark m) {
        return switch (m) {
            case DONE, DONE_LATE -> "✓";
            case OVERDUE -> "!";
            case OPEN -> "·";
            case WARN -> "~";
            case ITEM -> "–";
            default -> "";
        };
    }

    /** A line in HTML; plan text escaped. */
    private String line(Line l) {
        StringBuilder b = new StringBuilder();
        for (Span s : l.spans()) {
            span(b, s);
        }
        return b.toString();
    }

    /** A line as plain escaped text, for the page title. */
    private static String plain(Line l) {
        StringBuilder b = new StringBuilder();
        for (Span s : l.spans()) {
            if (s instanceof Span.Words w) {
                b.append(esc(w.text()));
            } else if (s instanceof Span.Data d) {
                b.append(esc(io.devplan.render.doc.SafeText.oneLine(d.text())));
            } else if (s instanceof Span.Code c) {
                b.append(esc(c.text()));
            }
        }
        return b.toString();
    }

    private void span(StringBuilder b, Span s) {
        if (s instanceof Span.Words w) {
            b.append(esc(w.text()));
        } else if (s instanceof Span.Data d) {
            b.append(esc(d.text()).replace("\n", "<br>"));
        } else if (s instanceof Span.Code c) {
            // Copied from a page, a command must hold plain spaces.
            b.append("<code>").append(esc(c.text().replace('\u00a0', ' '))).append("</code>");
        } else if (s instanceof Span.Styled st) {
            StringBuilder inner = new StringBuilder();
            st.spans().forEach(x -> span(inner, x));
            String tag = st.tone() == Tone.STRONG ? "strong" : "span";
            String cls = st.tone() == Tone.STRONG ? "" : " class=\"" + st.tone().name().toLowerCase(java.util.Locale.ROOT) + "\"";
            b.append('<').append(tag).append(cls).append('>').append(inner).append("</").append(tag).append('>');
        } else if (s instanceof Span.Meter m) {
            b.append("<span class=\"meter\">").append(charts.progress(m.percent(), m.expected(), m.label()))
                    .append("<span class=\"progress\">").append(m.percent()).append("%</span></span>");
        } else if (s instanceof Span.Spark sp) {
            b.append("<span class=\"spark\">").append(Sparkline.of(sp.values(), sp.floor(), sp.ceiling())).append("</span>");
        }
    }

    private static String esc(String s) {
        return Html.esc(s);
    }
}
