package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Goal;

class TotalsTest {

    @Test
    void anEmptyJournalCountsNothing() {
        Totals totals = TestJournal.today("2025-03-10").insights().totals();

        assertThat(totals).isEqualTo(new Totals(0, 0, 0, 0, 0, 0, 0, null, null, 0));
    }

    @Test
    void aSingleEntryIsOneDayAndOneWeek() {
        Totals totals = TestJournal.today("2025-03-10").reflection("2025-03-10").insights().totals();

        assertThat(totals).isEqualTo(new Totals(1, 0, 1, 0, 0, 1, 1, LocalDate.parse("2025-03-10"),
                LocalDate.parse("2025-03-10"), 0));
    }

    @Test
    void severalEntriesOnOneDayAreOneDayShowedUp() {
        Totals totals = TestJournal.today("2025-03-20")
                .wins("2025-03-10", "2025-03-10", "2025-03-10")
                .setback("2025-03-10", e -> e.at("23:30"))
                .insights().totals();

        assertThat(totals.wins()).isEqualTo(3);
        assertThat(totals.setbacks()).isEqualTo(1);
        assertThat(totals.daysShowedUp()).isEqualTo(1);
        assertThat(totals.journalAgeDays()).isEqualTo(10);
    }

    @Test
    void aMinuteBeforeAndAfterMidnightAreTwoDays() {
        // The loader has already moved each entry into the journal's time zone: its date is local.
        Totals totals = TestJournal.today("2025-03-10")
                .win("2025-03-09", e -> e.at("23:59"))
                .win("2025-03-10", e -> e.at("00:01"))
                .insights().totals();

        assertThat(totals.daysShowedUp()).isEqualTo(2);
        assertThat(totals.journalAgeDays()).isEqualTo(1);
    }

    @Test
    void weeksActiveFollowTheWeekStart() {
        // Saturday 8 and Sunday 9 March 2025: one week from Monday, two from Sunday.
        TestJournal monday = TestJournal.today("2025-03-10").wins("2025-03-08", "2025-03-09");
        TestJournal sunday = TestJournal.today("2025-03-10").weekStart(DayOfWeek.SUNDAY)
                .wins("2025-03-08", "2025-03-09");

        assertThat(monday.insights().totals().weeksActive()).isEqualTo(1);
        assertThat(sunday.insights().totals().weeksActive()).isEqualTo(2);
    }

    @Test
    void entriesAfterTodayHaveNotHappenedYet() {
        Totals totals = TestJournal.today("2025-03-10").wins("2025-03-01", "2025-03-11").goal("2025-04-01", "g",
                Goal.Cadence.WEEKLY, 1, Goal.Status.ACTIVE, null)
                .insights().totals();

        assertThat(totals.wins()).isEqualTo(1);
        assertThat(totals.goals()).isZero();
        assertThat(totals.latestEntry()).isEqualTo("2025-03-01");
    }
}
