package io.devplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every key a help catalogue must hold, with its English text, read from the annotated model as
 * picocli looks texts up: a command's texts under its qualified name ({@code devplan.checkin.usage.header}),
 * an array of more than one line as {@code KEY.0}, {@code KEY.1}...; an option under the command's name
 * and its longest name ({@code devplan.checkin.note}), an option every command inherits under its name
 * alone ({@code dir}), a positional parameter as {@code devplan.checkin.ID[0]}; picocli's own options by
 * their description keys ({@code mixinStandardHelpOptions.help}), picocli's default headings by their
 * unqualified keys ({@code usage.synopsisHeading}). Hidden options are never shown, so have no key.
 */
final class HelpKeys {
    private HelpKeys() {}

    /** Key and English text of every help text of the command line with every command. */
    static Map<String, String> english() {
        CommandLine all = Cli.annotated(CliRunner.EXAMPLE_DAY, null);
        all.setInterpolateVariables(false); // the texts as written: ${DEFAULT-VALUE} stays a variable
        Map<String, String> keys = new LinkedHashMap<>();
        collect(all.getCommandSpec(), keys);
        return keys;
    }

    private static void collect(CommandSpec spec, Map<String, String> keys) {
        String q = spec.qualifiedName(".") + ".";
        UsageMessageSpec u = spec.usageMessage();
        heading(keys, q, "headerHeading", u.headerHeading(), "");
        lines(keys, q + "usage.header", u.header());
        heading(keys, q, "synopsisHeading", u.synopsisHeading(), "Usage: ");
        heading(keys, q, "descriptionHeading", u.descriptionHeading(), "");
        lines(keys, q + "usage.description", u.description());
        heading(keys, q, "parameterListHeading", u.parameterListHeading(), "");
        heading(keys, q, "optionListHeading", u.optionListHeading(), "");
        if (!spec.subcommands().isEmpty()) {
            heading(keys, q, "commandListHeading", u.commandListHeading(), "Commands:%n");
        }
        heading(keys, q, "exitCodeListHeading", u.exitCodeListHeading(), "");
        lines(keys, q + "usage.exitCodeList", u.exitCodeList().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).toArray(String[]::new));
        heading(keys, q, "footerHeading", u.footerHeading(), "");
        lines(keys, q + "usage.footer", u.footer());
        for (OptionSpec o : spec.options()) {
            if (!o.hidden() && !o.inherited()) {
                lines(keys, optionKey(q, o), o.description());
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden() && !p.inherited()) {
                lines(keys, positionalKey(q, p), p.description());
            }
        }
        for (CommandLine sub : new java.util.LinkedHashSet<>(spec.subcommands().values())) {
            collect(sub.getCommandSpec(), keys);
        }
    }

    static String optionKey(String q, OptionSpec o) {
        if (!o.descriptionKey().isEmpty()) {
            return o.descriptionKey();
        }
        String name = o.longestName().replaceFirst("^-+", "");
        return o.scopeType() == CommandLine.ScopeType.INHERIT ? name : q + name;
    }

    static String positionalKey(String q, PositionalParamSpec p) {
        return p.descriptionKey().isEmpty() ? q + p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
    }

    /** A heading: picocli's own default under the key every command shares, a heading of devplan's under the command's. */
    private static void heading(Map<String, String> keys, String q, String name, String english, String picocliDefault) {
        if (english.equals(picocliDefault)) {
            if (!english.isEmpty()) {
                keys.put("usage." + name, english);
            }
        } else {
            keys.put(q + "usage." + name, english);
        }
    }

    private static void lines(Map<String, String> keys, String key, String[] english) {
        if (english.length == 1) {
            keys.put(key, english[0]);
        } else {
            for (int i = 0; i < english.length; i++) {
                keys.put(key + "." + i, english[i]);
            }
        }
    }

    /** Writes the keys and texts for whoever translates (run by hand). */
    public static void main(String[] args) throws Exception {
        StringBuilder b = new StringBuilder();
        english().forEach((k, v) -> b.append(k).append('\t').append(v.replace("\n", "\\n")).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), b);
    }
}
