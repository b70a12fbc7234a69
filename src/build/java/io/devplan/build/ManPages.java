package io.devplan.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Man pages in troff, written from the picocli command model: devplan(1) and one
 * devplan-COMMAND(1) per command. The same model drives --help, so the two cannot disagree.
 */
final class ManPages {
    private ManPages() {}

    static final String MANUAL = "devplan manual";

    /** File name to page source, for the root and every visible command, nested ones included. */
    static Map<String, String> all(CommandLine root, String version) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("devplan.1", page(root, version));
        for (CommandLine sub : visible(root)) {
            pages.put(pageName(sub) + ".1", page(sub, version));
            for (CommandLine nested : visible(sub)) {
                pages.put(pageName(nested) + ".1", page(nested, version));
            }
        }
        return pages;
    }

    static List<CommandLine> visible(CommandLine cmd) {
        List<CommandLine> out = new ArrayList<>();
        for (CommandLine sub : new java.util.LinkedHashSet<>(cmd.getSubcommands().values())) {
            CommandSpec s = sub.getCommandSpec();
            if (!s.usageMessage().hidden() && !s.name().equals("help")) {
                out.add(sub);
            }
        }
        return out;
    }

    static String pageName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName("-");
    }

    static String page(CommandLine cmd, String version) {
        CommandSpec spec = cmd.getCommandSpec();
        String name = pageName(cmd);
        StringBuilder b = new StringBuilder();
        b.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-")).append(" 1 \"\" \"")
                .append(version).append("\" \"").append(MANUAL).append("\"\n");
        b.append(".SH NAME\n").append(Troff.text(name)).append(" \\- ")
                .append(Troff.text(firstOrEmpty(spec.usageMessage().header()))).append('\n');
        b.append(".SH SYNOPSIS\n").append(synopsis(spec)).append('\n');
        String[] description = spec.usageMessage().description();
        if (description.length > 0) {
            b.append(".SH DESCRIPTION\n");
            for (String para : description) {
                b.append(Troff.text(unescape(para))).append("\n.PP\n");
            }
            b.setLength(b.length() - ".PP\n".length());
        }
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        List<PositionalParamSpec> params = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        if (!params.isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : params) {
                b.append(".TP\n").append(Troff.italic(p.paramLabel())).append('\n').append(describe(p)).append('\n');
            }
        }
        if (!options.isEmpty()) {
            b.append(".SH OPTIONS\n");
            for (OptionSpec o : options) {
                b.append(".TP\n").append(optionLine(o)).append('\n').append(describe(o)).append('\n');
            }
        }
        if (!visible(cmd).isEmpty()) {
            b.append(".SH COMMANDS\n");
            for (CommandLine sub : visible(cmd)) {
                b.append(".TP\n").append(Troff.bold(pageName(sub).replace('-', ' ').replaceFirst("^devplan ", "")))
                        .append('\n').append(Troff.text(firstOrEmpty(sub.getCommandSpec().usageMessage().header())))
                        .append(" See \\fB").append(Troff.text(pageName(sub))).append("\\fR(1).\n");
            }
        }
        Map<String, String> exits = cmd.getCommandSpec().root().usageMessage().exitCodeList();
        b.append(".SH EXIT STATUS\n");
        for (Map.Entry<String, String> e : exits.entrySet()) {
            b.append(".TP\n").append(Troff.bold(e.getKey().strip())).append('\n').append(Troff.text(e.getValue())).append('\n');
        }
        b.append(".SH ENVIRONMENT\n.TP\n\\fBNO_COLOR\\fR\nWhen set and not empty, output is never coloured.\n"
                + ".TP\n\\fBCOLUMNS\\fR\nThe width text output fits into.\n"
                + ".TP\n\\fBXDG_CACHE_HOME\\fR\nWhere the parse cache lives (default \\fI~/.cache\\fR).\n"
                + ".TP\n\\fBDEVPLAN_NO_CACHE\\fR\nWhen set, every plan is parsed on every run.\n"
                + ".TP\n\\fBVISUAL\\fR, \\fBEDITOR\\fR\nThe editor \\fBdevplan edit\\fR opens (else vi), run by sh.\n"
                + ".TP\n\\fBJAVA_HOME\\fR\nThe JDK the launcher runs (17 or newer); else \\fBjava\\fR on the PATH.\n"
                + ".TP\n\\fBDEVPLAN_JAVA_OPTS\\fR\nExtra JVM options for the launcher, split on blanks.\n"
                + ".TP\n\\fBDEVPLAN_NO_CDS\\fR\nWhen 1, the launcher neither makes nor uses a start-up archive.\n");
        b.append(".SH FILES\n.TP\n\\fI$XDG_CACHE_HOME/devplan/plans/\\fR\n"
                + "The parse cache: what each plan file and devplan.yaml meant when last read, one file each, "
                + "readable by you only. A file is parsed again when its size, times or inode change. "
                + "A cache folder that another user owns or that others may write is not used (said once on "
                + "stderr); an entry is read only as a regular file of bounded size whose checksum matches; "
                + "entries of plans and repositories that no longer exist are removed. "
                + "Safe to delete at any time.\n"
                + ".TP\n\\fIdevplan\\-jdk*.aot\\fR, \\fIdevplan\\-jdk*.jsa\\fR\n"
                + "Start-up archives beside the jar (or in \\fI$XDG_CACHE_HOME/devplan\\fR when its folder is "
                + "not writable), made once per JDK build by a training run in the background. One that crashes "
                + "the JVM is renamed \\fI.broken\\fR and the run made again without it.\n"
                + ".TP\n\\fI$XDG_CACHE_HOME/devplan/crash/\\fR\n"
                + "JVM crash logs (\\fIhs_err_pid*.log\\fR, \\fIreplay_pid*.log\\fR), readable by you only; the "
                + "launcher never lets the JVM write them into the current folder, usually the plan repository.\n"
                + ".TP\n\\fIplans/ID.yaml.lock\\fR, \\fIplans/.ID.yaml.*.tmp/\\fR\n"
                + "A plan's lock while it is written, and its new copy in a private folder; a writer that was "
                + "killed leaves them, and the next write names them.\n"
                + ".TP\n\\fI/tmp/devplan\\-edit\\-*/ID.yaml\\fR\n"
                + "The private copy \\fBdevplan edit\\fR opens (in Java's temporary folder, in a folder only you "
                + "may enter); kept and named when it cannot be applied.\n");
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            b.append(".SH EXAMPLES\n.nf\n");
            for (String line : footer) {
                b.append(Troff.text(unescape(line.strip()))).append('\n');
            }
            b.append(".fi\n");
        }
        b.append(".SH SEE ALSO\n");
        List<String> see = new ArrayList<>();
        if (cmd.getParent() != null) {
            see.add("\\fBdevplan\\fR(1)");
        }
        see.add("\\fBdevplan\\-format\\fR(5)");
        b.append(String.join(", ", see)).append('\n');
        return b.toString();
    }

    private static String synopsis(CommandSpec spec) {
        StringBuilder b = new StringBuilder(Troff.bold(spec.qualifiedName(" ")));
        if (!spec.options().isEmpty()) {
            b.append(" [\\fIOPTIONS\\fR]");
        }
        if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
            b.append(" \\fICOMMAND\\fR");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            String label = Troff.italic(p.paramLabel()) + (p.arity().max() > 1 ? "..." : "");
            b.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        return b.toString();
    }

    private static String optionLine(OptionSpec o) {
        List<String> names = new ArrayList<>();
        for (String n : o.names()) {
            names.add(Troff.bold(n));
        }
        String line = String.join(", ", names);
        if (o.arity().max() > 0 && !o.paramLabel().isEmpty() && !o.type().equals(boolean.class)) {
            line += " " + Troff.italic(o.paramLabel());
        }
        return line;
    }

    private static String describe(ArgSpec a) {
        String d = unescape(String.join(" ", a.description()));
        d = d.replace("${COMPLETION-CANDIDATES}", candidates(a)).replace("${DEFAULT-VALUE}",
                String.valueOf(a.defaultValue()));
        return Troff.text(d.isEmpty() ? "(no description)" : d);
    }

    private static String candidates(ArgSpec a) {
        return String.join(", ", Completions.candidates(a));
    }

    /** Help text as picocli prints it: {@code %n} a line break, {@code %%} a percent sign. */
    private static String unescape(String s) {
        return s.replace("%n", "\n").replace("%%", "%");
    }

    private static String firstOrEmpty(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }
}
