package io.devplan.render;

import io.devplan.domain.DueItem;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** Overdue and due-soon items as a table that fits the terminal: what {@code devplan overdue} prints. */
public final class OverdueText {
    private static final int MIN_TITLE = 24;
    private final Ansi ansi;
    private final int width;

    public OverdueText(Ansi ansi, int width) {
        this.ansi = ansi;
        this.width = Math.max(60, width);
    }

    /** {@code soonDays} is the due-soon window, negative when there is none. */
    public void print(List<DueItem> items, LocalDate asOf, int soonDays, PrintWriter out) {
        String scope = soonDays >= 0 ? "overdue or due within " + Text.days(soonDays) : "overdue";
        if (items.isEmpty()) {
            out.println("Nothing " + scope + " as of " + asOf + ".");
            return;
        }
        int late = column(items, "LATE", OverdueText::late);
        int employee = column(items, "EMPLOYEE", DueItem::employee);
        int kind = column(items, "KIND", i -> i.kind().yamlName());
        int item = column(items, "ITEM", Due::what);
        int fixed = 10 + late + kind + 2 * 5;
        // Long ids give way to the title first, then long employee ids; both keep a readable minimum.
        int excess = fixed + employee + item + MIN_TITLE - width;
        if (excess > 0) {
            int cut = Math.min(excess, Math.max(0, item - 12));
            item -= cut;
            excess -= cut;
            employee -= Math.min(excess, Math.max(0, employee - 12));
        }
        int title = Math.max(MIN_TITLE, width - fixed - employee - item);
        out.println(ansi.bold(String.join("  ", Text.pad("DUE", 10), Text.pad("LATE", late),
                Text.pad("EMPLOYEE", employee), Text.pad("KIND", kind), Text.pad("ITEM", item), "TITLE").strip()));
        for (DueItem i : items) {
            String when = Text.pad(late(i), late);
            out.println(String.join("  ",
                    i.due().toString(),
                    i.isOverdue() ? ansi.red(when) : when,
                    Text.pad(Text.fit(i.employee(), employee), employee),
                    Text.pad(i.kind().yamlName(), kind),
                    Text.pad(Text.fit(Due.what(i), item), item),
                    Text.fit(i.title(), title)));
        }
        long overdue = items.stream().filter(DueItem::isOverdue).count();
        out.println(overdue + " overdue" + (soonDays >= 0 ? ", " + (items.size() - overdue) + " due within "
                + Text.days(soonDays) : "") + ", as of " + asOf);
    }

    /** "12 days" late, "today", "in 3 days": short, the table has a LATE heading. */
    private static String late(DueItem i) {
        long d = i.daysOverdue();
        return d > 0 ? Text.days(d) : d == 0 ? "today" : "in " + Text.days(-d);
    }

    private static int column(List<DueItem> items, String heading, java.util.function.Function<DueItem, String> value) {
        return Math.max(heading.length(), items.stream().mapToInt(i -> value.apply(i).length()).max().orElse(0));
    }
}
