package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Goal.Cadence;
import org.smallwins.model.Goal.Status;

class GoalProgressTest {

    @Test
    void weeklyCheckInsPeriodsAndRunsWhereTheCurrentWeekDoesNotEndTheRun() {
        GoalProgress g = only(TestJournal.today("2025-02-05")
                .goal("2025-01-01", "walk", Cadence.WEEKLY, 2, Status.ACTIVE, "2025-01-06")
                .win("2025-01-01", e -> e.goals("walk"))
                .win("2025-01-07", e -> e.goals("walk"))
                .win("2025-01-08", e -> e.goals("walk", "read"))
                .win("2025-01-14", e -> e.goals("walk"))
                .win("2025-01-15", e -> e.goals("read"))
                .win("2025-01-21", e -> e.goals("walk"))
                .win("2025-01-22", e -> e.goals("walk"))
                .win("2025-01-23", e -> e.goals("walk"))
                .win("2025-01-28", e -> e.goals("walk"))
                .win("2025-01-29", e -> e.goals("walk"))
                .win("2025-02-04", e -> e.goals("walk")));

        assertThat(g.started()).isEqualTo("2025-01-06");
        assertThat(g.checkIns()).isEqualTo(9);
        assertThat(g.periods()).extracting(p -> p.start().toString(), p -> p.end().toString(),
                GoalProgress.Period::checkIns, GoalProgress.Period::met, GoalProgress.Period::metOn).containsExactly(
                tuple("2025-01-06", "2025-01-12", 2, true, LocalDate.parse("2025-01-08")),
                tuple("2025-01-13", "2025-01-19", 1, false, null),
                tuple("2025-01-20", "2025-01-26", 3, true, LocalDate.parse("2025-01-22")),
                tuple("2025-01-27", "2025-02-02", 2, true, LocalDate.parse("2025-01-29")),
                tuple("2025-02-03", "2025-02-09", 1, false, null));
        assertThat(g.periodsMet()).isEqualTo(3);
        assertThat(g.currentRun()).isEqualTo(2);
        assertThat(g.longestRun()).isEqualTo(2);
    }

    @Test
    void aGoalPausedAndResumedKeepsEveryMetWeek() {
        // Met two weeks, a three-week pause, met two weeks again; today is in the week after.
        GoalProgress g = only(TestJournal.today("2025-02-26")
                .goal("2025-01-06", "walk", Cadence.WEEKLY, 1, Status.ACTIVE, null)
                .wins("2025-01-06", "2025-01-13")
                .win("2025-02-03", e -> e.goals("walk"))
                .win("2025-02-10", e -> e.goals("walk"))
                .win("2025-02-17", e -> e.goals("walk"))
                .win("2025-01-07", e -> e.goals("walk"))
                .win("2025-01-14", e -> e.goals("walk")));

        assertThat(g.periods()).hasSize(8);
        assertThat(g.periodsMet()).isEqualTo(5);
        assertThat(g.longestRun()).isEqualTo(3);
        assertThat(g.currentRun()).isEqualTo(3);
    }

    @Test
    void aPausedGoalCountsUpToItsLatestCheckInAndItsRunIsWhereYouStopped() {
        GoalProgress g = only(TestJournal.today("2025-06-01")
                .goal("2025-01-06", "sketch", Cadence.WEEKLY, 2, Status.PAUSED, null)
                .win("2025-01-07", e -> e.goals("sketch")).win("2025-01-08", e -> e.goals("sketch"))
                .win("2025-01-14", e -> e.goals("sketch")).win("2025-01-15", e -> e.goals("sketch"))
                .win("2025-01-21", e -> e.goals("sketch")));

        assertThat(g.status()).isEqualTo(Status.PAUSED);
        assertThat(g.periods()).hasSize(3);
        assertThat(g.periods().get(2).start()).isEqualTo("2025-01-20");
        assertThat(g.currentRun()).isEqualTo(2);
        assertThat(g.longestRun()).isEqualTo(2);
        assertThat(g.checkIns()).isEqualTo(5);
    }

    @Test
    void aPausedOrReachedGoalWithoutCheckInsCountsNoPeriods() {
        GoalProgress g = only(TestJournal.today("2025-06-01")
                .goal("2025-01-06", "rest", Cadence.DAILY, 1, Status.REACHED, null));

        assertThat(g.periods()).isEmpty();
        assertThat(g.currentRun()).isZero();
    }

    @Test
    void anUnmetFinishedWeekEndsTheRunWithoutBeingCalledAnything() {
        GoalProgress g = only(TestJournal.today("2025-01-22")
                .goal("2025-01-06", "walk", Cadence.WEEKLY, 1, Status.ACTIVE, null)
                .win("2025-01-06", e -> e.goals("walk")));

        assertThat(g.periods()).extracting(GoalProgress.Period::met).containsExactly(true, false, false);
        assertThat(g.currentRun()).isZero();
        assertThat(g.longestRun()).isEqualTo(1);
    }

    @Test
    void dailyAndMonthlyCadences() {
        GoalProgress daily = only(TestJournal.today("2025-01-05")
                .goal("2025-01-01", "water", Cadence.DAILY, 1, Status.ACTIVE, null)
                .win("2025-01-01", e -> e.goals("water")).win("2025-01-02", e -> e.goals("water"))
                .win("2025-01-04", e -> e.goals("water")));
        GoalProgress monthly = only(TestJournal.today("2025-03-10")
                .goal("2025-01-15", "call", Cadence.MONTHLY, 1, Status.ACTIVE, null)
                .win("2025-01-20", e -> e.goals("call")).win("2025-02-03", e -> e.goals("call")));

        assertThat(daily.periods()).hasSize(5);
        assertThat(daily.periodsMet()).isEqualTo(3);
        assertThat(daily.currentRun()).isEqualTo(1);
        assertThat(daily.longestRun()).isEqualTo(2);
        assertThat(monthly.periods()).extracting(p -> p.start().toString(), p -> p.end().toString()).containsExactly(
                tuple("2025-01-01", "2025-01-31"), tuple("2025-02-01", "2025-02-28"), tuple("2025-03-01", "2025-03-31"));
        assertThat(monthly.currentRun()).isEqualTo(2);
    }

    @Test
    void aGoalStartingAfterTodayHasNoPeriodsYet() {
        GoalProgress g = only(TestJournal.today("2025-01-05")
                .goal("2025-01-01", "later", Cadence.WEEKLY, 1, Status.ACTIVE, "2025-02-01")
                .win("2025-01-02", e -> e.goals("later")));

        assertThat(g.periods()).isEmpty();
        assertThat(g.checkIns()).isZero();
    }

    static GoalProgress only(TestJournal journal) {
        assertThat(journal.insights().goals()).hasSize(1);
        return journal.insights().goals().get(0);
    }
}
