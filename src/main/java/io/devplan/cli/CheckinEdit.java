package io.devplan.cli;

import io.devplan.domain.Said;
import io.devplan.domain.RefusalText;

import io.devplan.domain.CheckIn;
import io.devplan.domain.GoalStatus;
import io.devplan.domain.ItemRef;
import io.devplan.domain.Plan;
import io.devplan.store.PlanEdit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A check-in as an edit of the plan: the new entry under {@code checkins}, each goal's
 * {@code current} set to the value agreed, and the items done marked with the check-in's date.
 */
final class CheckinEdit {
    private CheckinEdit() {}

    /** A due date agreed anew at the check-in: the item, its new date, and the move kept in its rescheduled list. */
    record Move(ItemRef ref, java.time.LocalDate to, io.devplan.domain.Rescheduling move) {}

    static PlanChange.Result of(Plan plan, String text, CheckIn c, List<ItemRef> done) {
        return of(plan, text, c, done, List.of());
    }

    static PlanChange.Result of(Plan plan, String text, CheckIn c, List<ItemRef> done, List<Move> moves) {
        for (ItemRef r : done) {
            r.doneIn(plan).ifPresent(d -> {
                throw new UsageException(Said.of(CliText.ALREADY_DONE, "ref", r, "date", d));
            });
        }
        PlanEdit edit = new PlanEdit(text).add(c);
        c.progress().forEach((goal, value) -> {
            BigDecimal now = plan.goal(goal).map(g -> g.current()).orElse(null);
            if (now == null || now.compareTo(value) != 0) {
                edit.setCurrent(plan, goal, value);
            }
        });
        for (ItemRef r : done) {
            if (r.item() == null) {
                edit.markGoalDone(plan, r.goal(), c.date());
            } else {
                edit.markDone(plan, r.goal(), r.item(), c.date());
            }
        }
        for (Move m : moves) {
            edit.reschedule(plan, m.ref().goal(), m.ref().item(), m.to(), m.move());
        }
        int count = plan.checkins().size();
        Function<Plan, String> intent = p -> {
            if (p.checkins().size() != count + 1) {
                return "expected " + (count + 1) + " check-ins, found " + p.checkins().size();
            }
            for (int i = 0; i < count; i++) {
                CheckIn was = plan.checkins().get(i);
                CheckIn is = p.checkins().get(i);
                // Exactly, trailing lines included: a |+ note of an earlier check-in keeps them.
                if (!Objects.equals(was.notes(), is.notes()) || !Objects.equals(was.blockers(), is.blockers())
                        || !Objects.equals(was.privateNote(), is.privateNote())) {
                    return "the check-in of " + was.date() + " reads back differently";
                }
            }
            CheckIn written = p.checkins().get(count);
            if (!written.date().equals(c.date()) || !Objects.equals(written.next(), c.next())
                    || !Objects.equals(written.wellbeing(), c.wellbeing())
                    || !sameText(written.notes(), c.notes()) || !sameText(written.blockers(), c.blockers())
                    || !sameText(written.privateNote(), c.privateNote())) {
                return "the check-in reads back differently";
            }
            for (Map.Entry<String, BigDecimal> e : c.progress().entrySet()) {
                BigDecimal recorded = written.progress().get(e.getKey());
                BigDecimal current = p.goal(e.getKey()).map(g -> g.current()).orElse(null);
                if (recorded == null || current == null || recorded.compareTo(e.getValue()) != 0
                        || current.compareTo(e.getValue()) != 0) {
                    return "progress of '" + e.getKey() + "' reads back differently";
                }
            }
            return doneIntent(p, done, c.date());
        };
        return new PlanChange.Result(edit.text(), intent, Said.of(CliText.RECORDED_CHECKIN, "date", c.date(), "id", plan.id()),
                "checkin " + plan.id() + " " + c.date());
    }

    /**
     * {@code last} (the plan's last check-in) changed by what {@code changes} gives, and the items
     * done marked with its date.
     */
    static PlanChange.Result amend(Plan plan, String text, CheckIn last, CheckIn changes, List<ItemRef> done) {
        for (ItemRef r : done) {
            r.doneIn(plan).ifPresent(d -> {
                throw new UsageException(Said.of(CliText.ALREADY_DONE, "ref", r, "date", d));
            });
        }
        int index = -1;
        for (int i = 0; i < plan.checkins().size(); i++) {
            if (plan.checkins().get(i) == last) {
                index = i;
            }
        }
        PlanEdit edit = new PlanEdit(text).amend(plan, index, changes);
        changes.progress().forEach((goal, value) -> {
            BigDecimal now = plan.goal(goal).map(g -> g.current()).orElse(null);
            if (now == null || now.compareTo(value) != 0) {
                edit.setCurrent(plan, goal, value);
            }
        });
        for (ItemRef r : done) {
            if (r.item() == null) {
                edit.markGoalDone(plan, r.goal(), last.date());
            } else {
                edit.markDone(plan, r.goal(), r.item(), last.date());
            }
        }
        int at = index;
        Function<Plan, String> intent = p -> {
            if (p.checkins().size() != plan.checkins().size()) {
                return "expected " + plan.checkins().size() + " check-ins, found " + p.checkins().size();
            }
            for (int i = 0; i < p.checkins().size(); i++) {
                CheckIn was = plan.checkins().get(i);
                CheckIn is = p.checkins().get(i);
                if (i != at && (!Objects.equals(was.notes(), is.notes()) || !Objects.equals(was.blockers(), is.blockers())
                        || !Objects.equals(was.privateNote(), is.privateNote()))) {
                    return "the check-in of " + was.date() + " reads back differently";
                }
            }
            CheckIn is = p.checkins().get(at);
            Map<String, BigDecimal> progress = new java.util.LinkedHashMap<>(last.progress());
            progress.putAll(changes.progress());
            if (!is.date().equals(last.date())
                    || !Objects.equals(is.with(), changes.with() != null ? changes.with() : last.with())
                    || !sameText(is.notes(), changes.notes() != null ? changes.notes() : last.notes())
                    || !Objects.equals(is.wellbeing(), changes.wellbeing() != null ? changes.wellbeing() : last.wellbeing())
                    || !sameText(is.blockers(), changes.blockers() != null ? changes.blockers() : last.blockers())
                    || !sameText(is.privateNote(), changes.privateNote() != null ? changes.privateNote() : last.privateNote())
                    || !Objects.equals(is.next(), changes.next() != null ? changes.next() : last.next())
                    || !sameNumbers(is.progress(), progress)) {
                return "the amended check-in reads back differently";
            }
            return doneIntent(p, done, last.date());
        };
        return new PlanChange.Result(edit.text(), intent, Said.of(CliText.AMENDED_CHECKIN, "date", last.date(), "id", plan.id()),
                "checkin --amend " + plan.id() + " " + last.date());
    }

    private static boolean sameNumbers(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.size() == b.size() && a.entrySet().stream().allMatch(e -> b.get(e.getKey()) != null
                && b.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    /** Null when every item in {@code done} reads back as done on {@code date}. */
    static String doneIntent(Plan p, List<ItemRef> done, java.time.LocalDate date) {
        for (ItemRef r : done) {
            boolean ok = r.item() == null
                    ? p.goal(r.goal()).map(g -> g.status() == GoalStatus.DONE && date.equals(g.done())).orElse(false)
                    : r.doneIn(p).map(date::equals).orElse(false);
            if (!ok) {
                return "'" + r + "' does not read back as done";
            }
        }
        return null;
    }

    /** Texts as a person means them: a block text's final line break is not part of the meaning. */
    static boolean sameText(String a, String b) {
        return Objects.equals(a == null ? null : a.stripTrailing(), b == null ? null : b.stripTrailing());
    }
}
