package io.devplan.build;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * Writes {@code FastCommands.java}: each plain command's model as picocli programmatic-API calls,
 * made from the annotated model, so that a run builds its command line without reading a single
 * annotation (in a fresh JVM the first one costs 26-30 ms; building the annotated model costs
 * 47-92 ms on JDK 25, the programmatic one 12-20 ms). Only what parsing needs is written; help,
 * version and every parse error go to the annotated model, which stays the one source of truth
 * for help, man pages and completion. {@link Generate} writes and compiles it at every build; it
 * is never in the source tree, so a new command or option needs no step of its own.
 */
final class FastCommandsSource {
    private FastCommandsSource() {}

    static String of(CommandLine root) {
        StringBuilder b = new StringBuilder();
        b.append("package io.devplan.cli;\n\n");
        b.append("import java.util.Set;\n");
        b.append("import picocli.CommandLine;\n");
        b.append("import picocli.CommandLine.Model.CommandSpec;\n");
        b.append("import picocli.CommandLine.Model.OptionSpec;\n");
        b.append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n");
        b.append("/** Written by the build (io.devplan.build.FastCommandsSource) from the annotated commands. */\n");
        b.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
        b.append("final class FastCommands implements FastModels {\n");
        List<String> names = new ArrayList<>();
        StringBuilder methods = new StringBuilder();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (!writable(e.getValue())) {
                continue; // picocli's help, and what is not written here, take the annotated path
            }
            names.add(e.getKey());
            methods.append(command(e.getKey(), e.getKey(), e.getValue()));
        }
        b.append("    @Override\n");
        b.append("    public CommandLine create(String name, DevplanCommand root) {\n");
        b.append("        CommandSpec sub = switch (name) {\n");
        for (String n : names) {
            b.append("            case \"").append(n).append("\" -> ").append(method(n)).append("();\n");
        }
        b.append("            default -> null;\n        };\n");
        b.append("        if (sub == null) {\n            return null;\n        }\n");
        b.append("        CommandLine cmd = new CommandLine(root(root));\n");
        b.append("        cmd.addSubcommand(name, new CommandLine(sub));\n");
        b.append("        return cmd;\n    }\n\n");
        b.append("    @Override\n");
        b.append("    public CommandLine version(DevplanCommand root) {\n");
        b.append("        return new CommandLine(root(root));\n    }\n\n");
        List<String> valued = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (OptionSpec o : root.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                (o.arity().max() > 0 ? valued : flags).addAll(List.of(o.names()));
            }
        }
        b.append("    private static final Set<String> ROOT_VALUE_OPTIONS = Set.of(").append(strings(valued.toArray(String[]::new))).append(");\n");
        b.append("    private static final Set<String> ROOT_FLAGS = Set.of(").append(strings(flags.toArray(String[]::new))).append(");\n\n");
        b.append("    @Override\n    public Set<String> rootValueOptions() {\n        return ROOT_VALUE_OPTIONS;\n    }\n\n");
        b.append("    @Override\n    public Set<String> rootFlags() {\n        return ROOT_FLAGS;\n    }\n\n");
        b.append(rootMethod(root.getCommandSpec()));
        b.append(methods);
        b.append(binding());
        b.append("}\n");
        return b.toString();
    }

    /**
     * Whether this writer can express everything that parsing a command depends on; a command
     * that uses more (argument groups, negatable or fallback options, values on methods,
     * injected parents or unmatched words, a @Spec inside a mixin) keeps the annotated model, so
     * a new command is never parsed wrongly, only built more slowly.
     */
    static boolean supported(CommandSpec spec) {
        if (!spec.argGroups().isEmpty()) {
            return false;
        }
        for (ArgSpec a : spec.args()) {
            if (a instanceof OptionSpec o && (o.usageHelp() || o.versionHelp() || o.inherited())) {
                continue;
            }
            if (!(a.userObject() instanceof Field) || a.interactive()
                    || a instanceof OptionSpec o && (o.negatable() || o.fallbackValue() != null && !o.fallbackValue().isEmpty())) {
                return false;
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        classes.add(spec.userObject().getClass());
        spec.mixins().values().forEach(m -> classes.add(m.userObject().getClass()));
        for (int i = 0; i < classes.size(); i++) {
            for (Field f : classes.get(i).getDeclaredFields()) {
                boolean injected = f.isAnnotationPresent(CommandLine.ParentCommand.class)
                        || f.isAnnotationPresent(CommandLine.Unmatched.class)
                        || f.isAnnotationPresent(CommandLine.ArgGroup.class)
                        || i > 0 && f.isAnnotationPresent(Spec.class);
                if (injected) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String rootMethod(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        b.append("    private static CommandSpec root(DevplanCommand c) {\n");
        b.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
        b.append("        s.name(\"").append(spec.name()).append("\");\n");
        for (OptionSpec o : spec.options()) {
            if (o.versionHelp()) {
                b.append("        s.addOption(OptionSpec.builder(").append(strings(o.names())).append(").versionHelp(true).build());\n");
                b.append("        s.versionProvider(new ").append(spec.versionProvider().getClass().getCanonicalName()).append("());\n");
            }
        }
        body(b, spec);
        b.append("        return s;\n    }\n\n");
        return b.toString();
    }

    /** Whether a command and all its subcommands are devplan's own and {@link #supported}. */
    private static boolean writable(CommandLine cmd) {
        return cmd.getCommand().getClass().getPackageName().equals("io.devplan.cli") && supported(cmd.getCommandSpec())
                && cmd.getSubcommands().values().stream().allMatch(FastCommandsSource::writable);
    }

    /** The method that builds command {@code name} ({@code path} is "goal-add" for "goal add"), and those of its subcommands. */
    private static String command(String path, String name, CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        StringBuilder b = new StringBuilder();
        StringBuilder nested = new StringBuilder();
        String type = spec.userObject().getClass().getSimpleName();
        b.append("    private static CommandSpec ").append(method(path)).append("() {\n");
        b.append("        ").append(type).append(" c = new ").append(type).append("();\n");
        for (Map.Entry<String, IAnnotatedElement> m : spec.mixinAnnotatedElements().entrySet()) {
            Field f = field(spec.userObject().getClass(), m.getValue().getName());
            b.append("        c.").append(f.getName()).append(" = new ").append(f.getType().getSimpleName()).append("();\n");
        }
        b.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
        b.append("        s.name(\"").append(name).append("\");\n");
        body(b, spec);
        for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
            String sub = path + "-" + e.getKey();
            b.append("        s.addSubcommand(\"").append(e.getKey()).append("\", new CommandLine(").append(method(sub)).append("()));\n");
            nested.append(command(sub, e.getKey(), e.getValue()));
        }
        b.append("        return s;\n    }\n\n");
        return b.append(nested).toString();
    }

    /** The options, the positional parameters and the {@code @Spec} fields of a command. */
    private static void body(StringBuilder b, CommandSpec spec) {
        Object command = spec.userObject();
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp() || o.inherited()) {
                continue;
            }
            b.append("        s.addOption(OptionSpec.builder(").append(strings(o.names())).append(")");
            arg(b, o, spec);
            if (o.scopeType() != CommandLine.ScopeType.LOCAL) {
                b.append("\n                .scopeType(CommandLine.ScopeType.").append(o.scopeType().name()).append(")");
            }
            b.append(".build());\n");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            b.append("        s.addPositional(PositionalParamSpec.builder().index(\"").append(p.index().originalValue()).append("\")");
            arg(b, p, spec);
            b.append(".build());\n");
        }
        for (Field f : command.getClass().getDeclaredFields()) {
            if (f.isAnnotationPresent(Spec.class)) {
                b.append("        c.").append(f.getName()).append(" = s;\n");
            }
        }
    }

    /** What parsing needs of an option or a positional parameter, and where its value goes. */
    private static void arg(StringBuilder b, ArgSpec a, CommandSpec spec) {
        if (!a.arity().isUnspecified()) {
            b.append(".arity(\"").append(a.arity().originalValue()).append("\")");
        }
        b.append(".type(").append(type(a.type())).append(")");
        if (a.auxiliaryTypes().length > 0 && a.auxiliaryTypes()[0] != a.type()) {
            b.append(".auxiliaryTypes(");
            for (int i = 0; i < a.auxiliaryTypes().length; i++) {
                b.append(i > 0 ? ", " : "").append(type(a.auxiliaryTypes()[i]));
            }
            b.append(")");
        }
        for (CommandLine.ITypeConverter<?> c : a.converters()) {
            b.append("\n                .converters(new ").append(c.getClass().getCanonicalName()).append("())");
        }
        if (!a.splitRegex().isEmpty()) {
            b.append(".splitRegex(").append(string(a.splitRegex())).append(")");
        }
        if (a.defaultValue() != null) {
            b.append(".defaultValue(").append(string(a.defaultValue())).append(")");
        }
        if (a.required()) {
            b.append(".required(true)");
        }
        b.append(".paramLabel(").append(string(a.paramLabel())).append(")");
        String target = target(a, spec);
        // As the annotated model does: the field's value before parsing is the value it is reset to.
        b.append("\n                .initialValue(").append(target).append(")");
        b.append(".getter(get(() -> ").append(target).append("))")
                .append(".setter(set(v -> ").append(target).append(" = (").append(cast(a)).append(") v))");
    }

    /** The field an argument is bound to, as an expression on the command {@code c}. */
    private static String target(ArgSpec a, CommandSpec spec) {
        String name = ((Field) a.userObject()).getName();
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            if (m.getValue().args().stream().anyMatch(x -> x == a)) {
                return "c." + spec.mixinAnnotatedElements().get(m.getKey()).getName() + "." + name;
            }
        }
        return "c." + name;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        throw new IllegalStateException("no field " + name + " in " + type);
    }

    private static String cast(ArgSpec a) {
        Class<?> t = a.type();
        if (t.isPrimitive()) {
            return t == boolean.class ? "Boolean" : t == int.class ? "Integer" : t == long.class ? "Long" : "Double";
        }
        if (a.auxiliaryTypes().length > 0 && a.auxiliaryTypes()[0] != t && java.util.Collection.class.isAssignableFrom(t)) {
            return t.getCanonicalName() + "<" + a.auxiliaryTypes()[0].getCanonicalName() + ">";
        }
        return t.getCanonicalName();
    }

    private static String type(Class<?> t) {
        return t.getCanonicalName() + ".class";
    }

    /** {@code commandGoalAdd} for "goal-add", {@code commandHiddenComplete} for "__complete". */
    private static String method(String name) {
        StringBuilder m = new StringBuilder(name.startsWith("__") ? "commandHidden" : "command");
        boolean up = true;
        for (char ch : name.replace("__", "").toCharArray()) {
            if (ch == '-') {
                up = true;
            } else {
                m.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return m.toString();
    }

    private static String strings(String[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append(i > 0 ? ", " : "").append(string(values[i]));
        }
        return b.toString();
    }

    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String binding() {
        return """
                    /** A getter without reflection (IGetter's method is generic, so no lambda). */
                    private static CommandLine.Model.IGetter get(java.util.function.Supplier<Object> value) {
                        return new CommandLine.Model.IGetter() {
                            @Override
                            public <T> T get() {
                                return (T) value.get();
                            }
                        };
                    }

                    /** A setter without reflection. */
                    private static CommandLine.Model.ISetter set(java.util.function.Consumer<Object> target) {
                        return new CommandLine.Model.ISetter() {
                            @Override
                            public <T> T set(T value) {
                                target.accept(value);
                                return null;
                            }
                        };
                    }
                """;
    }
}
