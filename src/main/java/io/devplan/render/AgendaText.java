package io.devplan.render;

import io.devplan.domain.Agenda;
import io.devplan.domain.Employee;
import java.io.PrintWriter;
import java.util.List;

/** The agenda of a check-in, readable in a terminal; long items wrap rather than lose words. */
public final class AgendaText {
    private final Ansi ansi;
    private final int width;

    public AgendaText(Ansi ansi, int width) {
        this.ansi = ansi;
        this.width = Math.max(60, width);
    }

    public void print(Agenda agenda, PrintWriter out) {
        Employee e = agenda.plan().employee();
        out.println(ansi.bold("Check-in with " + e.name() + " (" + e.id() + ")"));
        out.println(Text.fit(AgendaSections.when(agenda), width));
        List<AgendaSections.Section> sections = AgendaSections.of(agenda, new AgendaSections.Marks() {
            @Override
            public String id(String id) {
                return id;
            }

            @Override
            public String text(String text) {
                return Text.fit(text, Integer.MAX_VALUE);
            }
        });
        if (sections.isEmpty()) {
            out.println();
            out.println("Nothing to cover yet: no goals in progress, nothing due, nothing open.");
        }
        for (AgendaSections.Section s : sections) {
            out.println();
            out.println(ansi.bold(s.heading()));
            for (String line : s.lines()) {
                List<String> wrapped = Text.wrap(line, width - 4);
                out.println("  - " + wrapped.get(0));
                wrapped.subList(1, wrapped.size()).forEach(w -> out.println("    " + w));
            }
        }
    }
}
