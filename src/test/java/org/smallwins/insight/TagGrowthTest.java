package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class TagGrowthTest {

    @Test
    void theFiveTagsWithMostWinsInTheFirstAndLastNinetyDays() {
        TestJournal journal = TestJournal.today("2025-12-31");
        // First 90 days: 1 January to 31 March. Last 90 days: 3 October to 31 December.
        journal.win("2025-01-01", e -> e.tags("a", "b"));
        journal.win("2025-01-02", e -> e.tags("a", "B", "b"));
        journal.win("2025-03-31", e -> e.tags("a", "c"));
        journal.win("2025-04-01", e -> e.tags("a", "c", "d"));
        journal.win("2025-06-01", e -> e.tags("a", "c", "d", "e", "f"));
        journal.win("2025-10-02", e -> e.tags("a", "c", "e", "f"));
        journal.win("2025-10-03", e -> e.tags("b", "c", "d"));
        journal.win("2025-12-31", e -> e.tags("b", "b"));
        journal.win("2025-12-31", e -> e.tags("b"));
        journal.setback("2025-12-31", e -> e.tags("f", "f", "f"));

        TagGrowth g = journal.insights().tagGrowth();

        assertThat(g.firstWindow()).isEqualTo(ThenAndNowTest.window("2025-01-01", "2025-03-31"));
        assertThat(g.lastWindow()).isEqualTo(ThenAndNowTest.window("2025-10-03", "2025-12-31"));
        assertThat(g.tags()).extracting(t -> t.tag().name(), TagGrowth.TagWins::wins, TagGrowth.TagWins::firstWindowWins,
                TagGrowth.TagWins::firstWindowPerMonth, TagGrowth.TagWins::lastWindowWins,
                TagGrowth.TagWins::lastWindowPerMonth).containsExactly(
                tuple("a", 6, 3, 1.0, 0, 0.0),
                tuple("b", 5, 2, 0.67, 3, 1.0),
                tuple("c", 5, 1, 0.33, 1, 0.33),
                tuple("d", 3, 0, 0.0, 1, 0.33),
                tuple("e", 2, 0, 0.0, 0, 0.0));
    }

    @Test
    void aJournalYoungerThanAMonthIsNotStretchedToOne() {
        // 1 win in 10 days is 1 in this first month, not "3.0 a month"; on the first day, not "30.0 a month".
        TagGrowth g = TestJournal.today("2025-01-10").win("2025-01-01", e -> e.tags("walk")).insights().tagGrowth();

        assertThat(g.firstWindow().days()).isEqualTo(10);
        assertThat(g.tags().get(0).firstWindowPerMonth()).isEqualTo(1.0);
        assertThat(g.tags().get(0).lastWindowPerMonth()).isEqualTo(1.0);
        TagGrowth firstDay = TestJournal.today("2025-01-01").win("2025-01-01", e -> e.tags("walk")).insights().tagGrowth();
        assertThat(firstDay.tags().get(0).firstWindowPerMonth()).isEqualTo(1.0);
        // 45 days of a 90-day window: 3 wins are 2 a month, as before.
        TagGrowth older = TestJournal.today("2025-02-14").win("2025-01-01", e -> e.tags("walk"))
                .win("2025-01-20", e -> e.tags("walk")).win("2025-02-14", e -> e.tags("walk")).insights().tagGrowth();
        assertThat(older.firstWindow().days()).isEqualTo(45);
        assertThat(older.tags().get(0).firstWindowPerMonth()).isEqualTo(2.0);
    }

    @Test
    void anEmptyJournalHasNoTags() {
        assertThat(TestJournal.today("2025-01-10").insights().tagGrowth().tags()).isEmpty();
    }
}
