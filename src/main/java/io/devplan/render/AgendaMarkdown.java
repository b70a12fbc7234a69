package io.devplan.render;

import io.devplan.domain.Agenda;
import io.devplan.domain.Employee;
import java.io.PrintWriter;
import java.util.List;

/** The agenda of a check-in as Markdown, to paste into a meeting note. */
public final class AgendaMarkdown {
    private AgendaMarkdown() {}

    private static final AgendaSections.Marks MARKS = new AgendaSections.Marks() {
        @Override
        public String id(String id) {
            return "`" + id + "`";
        }

        @Override
        public String text(String text) {
            return escape(Text.fit(text, Integer.MAX_VALUE));
        }
    };

    public static void print(Agenda agenda, PrintWriter out) {
        Employee e = agenda.plan().employee();
        out.println("# Check-in with " + escape(e.name()));
        out.println();
        out.println("*" + AgendaSections.when(agenda) + "*");
        List<AgendaSections.Section> sections = AgendaSections.of(agenda, MARKS);
        if (sections.isEmpty()) {
            out.println();
            out.println("Nothing to cover yet: no goals in progress, nothing due, nothing open.");
        }
        for (AgendaSections.Section s : sections) {
            out.println();
            out.println("## " + s.heading());
            out.println();
            s.lines().forEach(line -> out.println("- " + line));
        }
    }

    /** Text from a plan must not turn into emphasis, links, HTML or code in the note. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
