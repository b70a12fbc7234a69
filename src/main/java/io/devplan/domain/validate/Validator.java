package io.devplan.domain.validate;

import io.devplan.domain.Goal;
import io.devplan.domain.Plan;
import io.devplan.domain.DidYouMean;
import io.devplan.domain.Position;
import io.devplan.domain.Said;
import io.devplan.domain.validate.refs.ManagementCycleRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs every rule on read plans, then leaves out what the repository switched off
 * ({@code rules.disable}) and what ignore comments switched off in place.
 */
public final class Validator {
    private Validator() {}

    /** A plan to check with the ignore comments of its file. */
    public record Input(Plan plan, Suppressions suppressions) {}

    /** The findings, in file order, and how many findings ignore comments left out. */
    public record Result(List<Finding> findings, int ignored) {}

    /**
     * @param configFile devplan.yaml relative to the root, where findings about rules.disable point
     * @param readerFindings findings of files that could not be read, which no comment switches off
     */
    public static Result run(List<Input> inputs, List<Finding> readerFindings, Context context, String configFile) {
        List<Finding> out = new ArrayList<>(readerFindings);
        out.addAll(settings(context, configFile));
        int ignored = 0;
        List<Member> members = new ArrayList<>();
        for (Input in : inputs) {
            Result one = check(in, context);
            out.addAll(one.findings());
            ignored += one.ignored();
            members.add(member(in));
        }
        out.addAll(across(members, id -> null, context));
        out.sort(Finding.ORDER);
        return new Result(List.copyOf(out), ignored);
    }

    /** Findings about the repository's own settings: names in rules.disable that switch nothing off. */
    public static List<Finding> settings(Context context, String configFile) {
        List<Finding> out = new ArrayList<>();
        for (String name : context.config().rules().disable()) {
            Said why = unknownRule(name, ValidateText.DISABLED_ALWAYS_ON, ValidateText.DISABLED_NO_RULE,
                    ValidateText.DISABLED_NO_RULE_DID_YOU_MEAN);
            if (why != null) {
                out.add(unknownRuleFinding(configFile, 0, 0, null, null, why));
            }
        }
        return out;
    }

    /** The plan of {@code in} as a member of the rules across plans. */
    public static Member member(Input in) {
        Plan p = in.plan();
        return new Member(p.file(), p.id(), p.employee().manager(), p.source().near("employee/manager"), in.suppressions());
    }

    /**
     * The findings of one plan: every rule the repository did not switch off, less what the plan's
     * ignore comments switch off (counted in {@link Result#ignored}). Plans are independent, so
     * they can be checked as they are read and forgotten.
     */
    public static Result check(Input in, Context context) {
        List<String> disabled = context.config().rules().disable();
        List<Finding> out = new ArrayList<>();
        for (Suppressions.Ignore ig : in.suppressions().ignores()) {
            Said why = unknownRule(ig.rule(), ValidateText.IGNORED_ALWAYS_ON, ValidateText.IGNORED_NO_RULE,
                    ValidateText.IGNORED_NO_RULE_DID_YOU_MEAN);
            if (why != null) {
                out.add(unknownRuleFinding(in.plan().file(), ig.line(), ig.column(), in.plan().id(), null, why));
            }
        }
        int ignored = 0;
        for (Rule rule : Rules.ALL) {
            if (disabled.contains(rule.name())) {
                continue;
            }
            for (Finding f : rule.check(in.plan(), context)) {
                if (suppressed(in, f)) {
                    ignored++;
                } else {
                    out.add(f);
                }
            }
        }
        return new Result(List.copyOf(out), ignored);
    }

    /** A read plan as the rules across plans see it: where it is, and whom it names as manager. */
    public record Member(String file, String id, String manager, Position managerPosition, Suppressions suppressions) {}

    /**
     * Findings that span plans (management cycles), once every plan is read; {@code managerOf}
     * answers for plans that are not members (when only some files are checked), null for none.
     */
    public static List<Finding> across(List<Member> members, Function<String, String> managerOf, Context context) {
        ManagementCycleRule rule = (ManagementCycleRule) Rules.named("management-cycle").orElseThrow();
        if (context.config().rules().disable().contains(rule.name())) {
            return List.of();
        }
        Map<String, String> managers = new HashMap<>();
        members.forEach(m -> managers.put(m.id(), m.manager()));
        Function<String, String> lookup = id -> {
            if (!managers.containsKey(id)) {
                managers.put(id, managerOf.apply(id)); // null too: no plan is asked for twice
            }
            return managers.get(id);
        };
        List<Finding> out = new ArrayList<>();
        for (Member m : members) {
            List<String> cycle = m.manager() == null ? List.of() : ManagementCycleRule.cycleThrough(m.id(), lookup);
            if (!cycle.isEmpty() && !m.suppressions().covers(m.managerPosition().line(), rule.name())) {
                out.add(rule.finding(m.file(), m.managerPosition(), m.id(), cycle));
            }
        }
        return out;
    }

    /** Why {@code name} switches nothing off, in the place's own phrases, or null when it names a rule that can be. */
    private static Said unknownRule(String name, ValidateText alwaysOn, ValidateText noRule, ValidateText didYouMean) {
        if (Rules.ALWAYS_ON.contains(name)) {
            return alwaysOn.with("rule", name);
        }
        if (Rules.named(name).isEmpty()) {
            return DidYouMean.said(noRule, didYouMean, name, Rules.names(), "rule", name);
        }
        return null;
    }

    private static Finding unknownRuleFinding(String file, int line, int column, String employee, String goal,
                                              Said said) {
        Rule rule = Rules.named("unknown-rule").orElseThrow();
        return new Finding(file, line, column, rule.severity(), rule.name(), rule.criterion(), employee, goal, said);
    }

    /** Switched off by a comment on the finding's line, or on the first or title line of its goal. */
    private static boolean suppressed(Input in, Finding f) {
        Suppressions s = in.suppressions();
        if (s.covers(f.line(), f.rule())) {
            return true;
        }
        if (f.goal() == null) {
            return false;
        }
        List<Goal> goals = in.plan().goals();
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).id().equals(f.goal())) {
                String path = GoalRule.path(i);
                return s.covers(in.plan().source().at(path).line(), f.rule())
                        || s.covers(in.plan().source().at(path + "/title").line(), f.rule());
            }
        }
        return false;
    }
}
