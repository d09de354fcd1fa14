package org.smallwins.insight;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.smallwins.model.Entry;
import org.smallwins.model.Goal;

/**
 * How one goal is going, period by period (a day, a week or a month, by its cadence).
 *
 * <p>Check-ins are wins that name the goal's id in {@code goal:}, dated from its start to today.
 * Periods run from the one holding the start: for an active goal, to the period holding today; for
 * a paused or reached goal, to the period of its latest check-in (the journal does not say when the
 * status changed, so nothing after the last check-in is counted; none at all without check-ins).
 * A period is met when it holds at least {@code target} check-ins; a period that is not met is simply
 * not counted.
 *
 * <p>The current run counts met periods back from the last period. That last period, when it is not
 * met, does not end the run if it is still going (it holds today) or the goal is paused or reached
 * (it is where you stopped): the run is counted from the period before it.
 *
 * @param goal         the goal's entry
 * @param id           the goal's id, which check-ins name in {@code goal:}
 * @param cadence      the length of a period
 * @param target       check-ins a period needs to be met
 * @param status       the goal's status, as written
 * @param started      the goal's {@code started}, or the goal entry's day
 * @param checkIns     check-ins from the start to today
 * @param periodsMet   periods with at least {@code target} check-ins
 * @param currentRun   met periods in a row up to now (see above)
 * @param longestRun   the most met periods in a row, ever
 * @param periods      every counted period, oldest first
 */
public record GoalProgress(EntryRef goal, String id, Goal.Cadence cadence, int target, Goal.Status status,
                           LocalDate started, int checkIns, int periodsMet, int currentRun, int longestRun,
                           List<Period> periods) {

    public GoalProgress {
        periods = List.copyOf(periods);
    }

    /**
     * @param start  the period's first day
     * @param end    its last day
     * @param checkIns check-ins in the period
     * @param met    whether {@code checkIns} reached the goal's target
     * @param metOn  the day of the check-in that met the target; null when not met
     */
    public record Period(LocalDate start, LocalDate end, int checkIns, boolean met, LocalDate metOn) {
    }

    static List<GoalProgress> of(JournalIndex index) {
        List<GoalProgress> all = new ArrayList<>(index.goals.size());
        for (Entry entry : index.goals) {
            all.add(of(index, entry));
        }
        return all;
    }

    static GoalProgress of(JournalIndex index, Entry entry) {
        Goal goal = entry.goal();
        LocalDate started = goal.started() != null ? goal.started() : entry.date();
        List<LocalDate> days = new ArrayList<>();
        for (Entry win : index.checkIns.getOrDefault(goal.id(), List.of())) {
            if (!win.date().isBefore(started)) {
                days.add(win.date());
            }
        }
        boolean active = goal.status() == Goal.Status.ACTIVE;
        LocalDate until = active ? index.today : days.isEmpty() ? null : days.get(days.size() - 1);
        List<Period> periods = new ArrayList<>();
        int met = 0;
        int run = 0;
        int longest = 0;
        if (until != null && !started.isAfter(until)) {
            int next = 0;
            LocalDate lastStart = start(goal.cadence(), until, index);
            for (LocalDate start = start(goal.cadence(), started, index); !start.isAfter(lastStart);
                 start = next(goal.cadence(), start)) {
                LocalDate end = next(goal.cadence(), start).minusDays(1);
                int count = 0;
                LocalDate metOn = null;
                while (next < days.size() && !days.get(next).isAfter(end)) {
                    count++;
                    if (count == goal.target()) {
                        metOn = days.get(next);
                    }
                    next++;
                }
                boolean isMet = count >= goal.target();
                periods.add(new Period(start, end, count, isMet, metOn));
                if (isMet) {
                    met++;
                    run++;
                    longest = Math.max(longest, run);
                } else {
                    run = 0;
                }
            }
        }
        return new GoalProgress(index.ref(entry), goal.id(), goal.cadence(), goal.target(), goal.status(), started,
                days.size(), met, currentRun(periods, active, index.today), longest, periods);
    }

    private static int currentRun(List<Period> periods, boolean active, LocalDate today) {
        int i = periods.size() - 1;
        if (i >= 0 && !periods.get(i).met() && (!active || !periods.get(i).end().isBefore(today))) {
            i--;
        }
        int run = 0;
        while (i >= 0 && periods.get(i).met()) {
            run++;
            i--;
        }
        return run;
    }

    static LocalDate start(Goal.Cadence cadence, LocalDate day, JournalIndex index) {
        return switch (cadence) {
            case DAILY -> day;
            case WEEKLY -> index.weekOf(day);
            case MONTHLY -> day.with(TemporalAdjusters.firstDayOfMonth());
        };
    }

    static LocalDate next(Goal.Cadence cadence, LocalDate start) {
        return switch (cadence) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }
}
