package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeklyMomentumTest {

    @Test
    void everyWeekFromTheFirstEntryToTodayWithAFourWeekAverage() {
        WeeklyMomentum m = TestJournal.today("2025-02-05")
                .wins("2025-01-01", "2025-01-02")
                .wins("2025-01-13", "2025-01-14", "2025-01-14", "2025-01-19")
                .setback("2025-01-21")
                .win("2025-02-04")
                .insights().momentum();

        assertThat(m.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(m.weeks()).containsExactly(
                week("2024-12-30", 2, 2.0),
                week("2025-01-06", 0, 1.0),
                week("2025-01-13", 4, 2.0),
                week("2025-01-20", 0, 1.5),
                week("2025-01-27", 0, 1.0),
                week("2025-02-03", 1, 1.25));
    }

    @Test
    void weeksStartOnSundayWhenTheJournalSaysSo() {
        TestJournal journal = TestJournal.today("2025-01-07").weekStart(DayOfWeek.SUNDAY).wins("2025-01-04", "2025-01-05");

        assertThat(journal.insights().momentum().weeks()).containsExactly(
                week("2024-12-29", 1, 1.0),
                week("2025-01-05", 1, 1.0));
        assertThat(TestJournal.today("2025-01-07").wins("2025-01-04", "2025-01-05").insights().momentum().weeks())
                .containsExactly(week("2024-12-30", 2, 2.0), week("2025-01-06", 0, 1.0));
    }

    @Test
    void anEmptyJournalHasNoWeeks() {
        assertThat(TestJournal.today("2025-01-07").insights().momentum().weeks()).isEmpty();
    }

    static WeeklyMomentum.Week week(String start, int wins, double average) {
        return new WeeklyMomentum.Week(LocalDate.parse(start), wins, average);
    }
}
