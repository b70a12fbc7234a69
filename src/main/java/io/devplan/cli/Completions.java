package io.devplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Shell completion scripts for bash, zsh and fish, written from the picocli command model.
 * Besides commands and options, they complete employee ids, teams and GOAL/ITEM addresses
 * from the current repository by calling the hidden {@code devplan __complete} command.
 */
final class Completions {
    private Completions() {}

    enum Shell { bash, zsh, fish }

    /** What a value of an option or a positional parameter is, for completion. */
    static String kind(ArgSpec a) {
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        if (!candidates.isEmpty()) {
            return "words:" + String.join(" ", candidates);
        }
        String label = a.paramLabel().replaceAll("[<>\\[\\].]", "").toUpperCase(Locale.ROOT);
        if (Set.of("ID", "EMPLOYEE", "MANAGER", "PERSON", "M").contains(label)) {
            return "ids";
        }
        if (Set.of("TEAM", "T").contains(label)) {
            return "teams";
        }
        if (label.startsWith("GOAL")) {
            return "items";
        }
        if (label.equals("DIR") || label.equals("SUBFOLDER")) {
            return "dirs";
        }
        if (a.type().equals(Path.class) || label.equals("FILE") || label.equals("PATH")) {
            return "files";
        }
        return "none";
    }

    /** Every visible command path ("" for the root, "show", "feedback add") with its spec. */
    static Map<String, CommandLine> paths(CommandLine root) {
        Map<String, CommandLine> out = new LinkedHashMap<>();
        out.put("", root);
        for (CommandLine sub : ManPages.visible(root)) {
            String name = sub.getCommandName();
            out.put(name, sub);
            for (CommandLine nested : ManPages.visible(sub)) {
                out.put(name + " " + nested.getCommandName(), nested);
            }
        }
        return out;
    }

    static String script(CommandLine root, Shell shell) {
        return switch (shell) {
            case bash -> bash(root);
            case zsh -> "#compdef devplan\n# zsh completion for devplan: the bash completion through bashcompinit.\n"
                    + "autoload -U +X bashcompinit && bashcompinit\n" + bash(root);
            case fish -> fish(root);
        };
    }

    private static List<OptionSpec> options(CommandLine cmd) {
        return cmd.getCommandSpec().options().stream().filter(o -> !o.hidden()).toList();
    }

    private static String bash(CommandLine root) {
        StringBuilder b = new StringBuilder();
        b.append("# bash completion for devplan; generated from the command model by 'devplan completion bash'.\n");
        b.append("# Install: source it from ~/.bashrc, or copy it to ~/.local/share/bash-completion/completions/devplan\n\n");
        b.append("_devplan_words() {\n  # Commands: what follows each command path.\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            List<String> subs = ManPages.visible(e.getValue()).stream().map(CommandLine::getCommandName).toList();
            b.append("    '").append(e.getKey()).append("') echo '").append(String.join(" ", subs)).append("' ;;\n");
        }
        b.append("  esac\n}\n\n");
        b.append("_devplan_options() {\n  case \"$1\" in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            List<String> names = new ArrayList<>();
            options(e.getValue()).forEach(o -> names.addAll(List.of(o.names())));
            b.append("    '").append(e.getKey()).append("') echo '").append(String.join(" ", names)).append("' ;;\n");
        }
        b.append("  esac\n}\n\n");
        b.append("# The kind of value an option takes: none when it takes no value.\n");
        b.append("_devplan_option_kind() {\n  case \"$1:$2\" in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            for (OptionSpec o : options(e.getValue())) {
                if (o.arity().max() == 0) {
                    continue;
                }
                for (String n : o.names()) {
                    b.append("    '").append(e.getKey()).append(':').append(n).append("') echo '")
                            .append(kind(o)).append("' ;;\n");
                }
            }
        }
        b.append("    *) echo novalue ;;\n  esac\n}\n\n");
        b.append("_devplan_positional_kind() {\n  case \"$1:$2\" in\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            for (PositionalParamSpec p : e.getValue().getCommandSpec().positionalParameters()) {
                if (p.hidden()) {
                    continue;
                }
                int from = p.index().min();
                int to = p.index().isUnspecified() || p.index().max() == Integer.MAX_VALUE ? from + 9 : p.index().max();
                for (int i = from; i <= Math.min(to, from + 9); i++) {
                    b.append("    '").append(e.getKey()).append(':').append(i).append("') echo '").append(kind(p))
                            .append("' ;;\n");
                }
            }
        }
        b.append("    *) echo none ;;\n  esac\n}\n\n");
        b.append(BASH_DRIVER);
        return b.toString();
    }

    private static final String BASH_DRIVER = """
            _devplan_dynamic() {
              # Ask devplan itself for ids from the repository; stay silent on any error.
              command devplan ${_devplan_dir:+--dir "$_devplan_dir"} __complete "$@" 2>/dev/null
            }

            _devplan_complete_kind() {
              local kind=$1 cur=$2 first=$3
              case "$kind" in
                words:*) COMPREPLY=($(compgen -W "${kind#words:}" -- "$cur")) ;;
                ids) COMPREPLY=($(compgen -W "$(_devplan_dynamic ids)" -- "$cur")) ;;
                teams) COMPREPLY=($(compgen -W "$(_devplan_dynamic teams)" -- "$cur")) ;;
                items) COMPREPLY=($(compgen -W "$(_devplan_dynamic items "$first")" -- "$cur")) ;;
                dirs) COMPREPLY=($(compgen -d -- "$cur")) ;;
                files) COMPREPLY=($(compgen -f -- "$cur")) ;;
                *) COMPREPLY=() ;;
              esac
            }

            _devplan() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
              local path='' npos=0 first='' w kind i
              _devplan_dir=''
              for ((i = 1; i < COMP_CWORD; i++)); do
                w=${COMP_WORDS[i]}
                if [[ $w == -* ]]; then
                  if [[ $w != *=* && $(_devplan_option_kind "$path" "$w") != novalue ]]; then
                    [[ $w == --dir || $w == -C ]] && _devplan_dir=${COMP_WORDS[i+1]}
                    ((i++))
                  fi
                  continue
                fi
                if [[ $npos -eq 0 && " $(_devplan_words "$path") " == *" $w "* ]]; then
                  path=${path:+$path }$w
                else
                  [[ $npos -eq 0 ]] && first=$w
                  ((npos++))
                fi
              done
              if [[ $prev == -* && $prev != *=* ]]; then
                kind=$(_devplan_option_kind "$path" "$prev")
                if [[ $kind != novalue ]]; then
                  _devplan_complete_kind "$kind" "$cur" "$first"
                  return
                fi
              fi
              if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$(_devplan_options "$path")" -- "$cur"))
              elif [[ $npos -eq 0 && -n $(_devplan_words "$path") ]]; then
                COMPREPLY=($(compgen -W "$(_devplan_words "$path")" -- "$cur"))
              else
                _devplan_complete_kind "$(_devplan_positional_kind "$path" "$npos")" "$cur" "$first"
              fi
            }

            complete -o default -F _devplan devplan
            """;

    private static String fish(CommandLine root) {
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for devplan; generated from the command model by 'devplan completion fish'.\n");
        b.append("# Install: copy it to ~/.config/fish/completions/devplan.fish\n\n");
        b.append("function __devplan_dynamic\n    command devplan __complete $argv 2>/dev/null\nend\n\n");
        b.append("function __devplan_first_arg\n    set -l words (commandline -opc)\n"
                + "    for w in $words[3..-1]\n        if not string match -q -- '-*' $w\n"
                + "            echo $w\n            return\n        end\n    end\nend\n\n");
        b.append("complete -c devplan -f\n");
        for (Map.Entry<String, CommandLine> e : paths(root).entrySet()) {
            String path = e.getKey();
            CommandLine cmd = e.getValue();
            String cond = condition(path, cmd);
            for (CommandLine sub : ManPages.visible(cmd)) {
                b.append("complete -c devplan -n '").append(cond).append("' -a ").append(sub.getCommandName())
                        .append(" -d ").append(quote(header(sub.getCommandSpec()))).append('\n');
            }
            for (OptionSpec o : options(cmd)) {
                b.append("complete -c devplan -n '").append(cond).append("'");
                for (String n : o.names()) {
                    b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                if (o.arity().max() > 0) {
                    b.append(" -r").append(fishValues(kind(o)));
                }
                b.append(" -d ").append(quote(String.join(" ", o.description()))).append('\n');
            }
            for (PositionalParamSpec p : cmd.getCommandSpec().positionalParameters()) {
                String values = fishValues(kind(p));
                if (!p.hidden() && !values.isEmpty()) {
                    b.append("complete -c devplan -n '").append(cond).append("'").append(values).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static String condition(String path, CommandLine cmd) {
        if (path.isEmpty()) {
            return "__fish_use_subcommand";
        }
        String[] words = path.split(" ");
        StringBuilder c = new StringBuilder();
        for (String w : words) {
            c.append(c.length() == 0 ? "" : "; and ").append("__fish_seen_subcommand_from ").append(w);
        }
        List<String> subs = ManPages.visible(cmd).stream().map(CommandLine::getCommandName).toList();
        if (!subs.isEmpty()) {
            c.append("; and not __fish_seen_subcommand_from ").append(String.join(" ", subs));
        }
        return c.toString();
    }

    private static String fishValues(String kind) {
        if (kind.startsWith("words:")) {
            return " -a " + quote(kind.substring(6));
        }
        return switch (kind) {
            case "ids" -> " -a '(__devplan_dynamic ids)'";
            case "teams" -> " -a '(__devplan_dynamic teams)'";
            case "items" -> " -a '(__devplan_dynamic items (__devplan_first_arg))'";
            case "dirs" -> " -a '(__fish_complete_directories)'";
            case "files" -> " -F";
            default -> "";
        };
    }

    private static String header(CommandSpec spec) {
        String[] h = spec.usageMessage().header();
        return h.length == 0 ? "" : h[0];
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
