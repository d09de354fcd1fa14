package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThenAndNowTest {

    @Test
    void comparesTheFirstThirtyDaysWithTheLastThirty() {
        ThenAndNow t = TestJournal.today("2025-06-30")
                .win("2025-01-01", e -> e.title("First").tags("walk").mood(2))
                .win("2025-01-15", e -> e.tags("walk"))
                .reflection("2025-01-20", e -> e.title("Thinking").mood(4))
                .win("2025-03-01", e -> e.tags("music"))
                .win("2025-06-05", e -> e.tags("walk", "swim").mood(4))
                .setback("2025-06-10", e -> e.tags("hard").mood(1))
                .win("2025-06-20", e -> e.title("Latest").tags("Art").mood(5))
                .insights().thenAndNow();

        assertThat(t.firstWin().title()).isEqualTo("First");
        assertThat(t.latestWin().title()).isEqualTo("Latest");
        assertThat(t.firstReflection().title()).isEqualTo("Thinking");
        assertThat(t.latestReflection().title()).isEqualTo("Thinking");
        assertThat(t.firstWindow().window()).isEqualTo(window("2025-01-01", "2025-01-30"));
        assertThat(t.firstWindow().wins()).isEqualTo(2);
        assertThat(t.firstWindow().winsPerWeek()).isEqualTo(0.47);
        assertThat(t.firstWindow().averageMood()).isEqualTo(3.0);
        assertThat(t.firstWindow().moods()).isEqualTo(2);
        assertThat(t.lastWindow().window()).isEqualTo(window("2025-06-01", "2025-06-30"));
        assertThat(t.lastWindow().wins()).isEqualTo(2);
        assertThat(t.lastWindow().entries()).isEqualTo(3);
        assertThat(t.lastWindow().averageMood()).isEqualTo(3.33);
        assertThat(t.windowsOverlap()).isFalse();
        // Tags of wins only ("hard" is on a setback), sorted by slug, named as written.
        assertThat(t.newTags()).extracting(TagRef::name).containsExactly("Art", "swim");
        assertThat(t.newTags().get(0).url()).isEqualTo("tags/art/index.html");
    }

    @Test
    void aYoungJournalHasOverlappingWindowsAndNoMoodWhenNoneIsGiven() {
        ThenAndNow t = TestJournal.today("2025-06-30").wins("2025-06-20", "2025-06-25").insights().thenAndNow();

        assertThat(t.firstWindow().window()).isEqualTo(window("2025-06-20", "2025-06-30"));
        assertThat(t.lastWindow().window()).isEqualTo(window("2025-06-20", "2025-06-30"));
        assertThat(t.windowsOverlap()).isTrue();
        assertThat(t.firstWindow().averageMood()).isNull();
        assertThat(t.firstWindow().winsPerWeek()).isEqualTo(1.27);
        assertThat(t.firstReflection()).isNull();
    }

    @Test
    void anEmptyJournalHasNoWindows() {
        ThenAndNow t = TestJournal.today("2025-06-30").insights().thenAndNow();

        assertThat(t.firstWindow()).isNull();
        assertThat(t.lastWindow()).isNull();
        assertThat(t.newTags()).isEmpty();
        assertThat(t.fewerWinsNow()).isFalse();
        assertThat(t.lowerMoodNow()).isFalse();
    }

    /** 29 wins of mood 4 from 2026-01-01, and one of mood 2 on 2026-11-20: a low stretch now. */
    static TestJournal busyStartThenQuiet() {
        TestJournal journal = TestJournal.today("2026-12-03");
        for (int day = 1; day <= 29; day++) {
            journal.win("2026-01-%02d".formatted(day), e -> e.mood(4));
        }
        return journal.win("2026-11-20", e -> e.mood(2));
    }

    @Test
    void fewerWinsAndALowerMoodLatelyAreToldApartSoTheyAreNotSetSideBySide() {
        ThenAndNow t = busyStartThenQuiet().insights().thenAndNow();

        assertThat(t.firstWindow().wins()).isEqualTo(29);
        assertThat(t.lastWindow().wins()).isEqualTo(1);
        assertThat(t.fewerWinsNow()).isTrue();
        assertThat(t.lowerMoodNow()).isTrue();
        // The figures stay as they are, for stats --json and the charts.
        assertThat(t.lastWindow().winsPerWeek()).isEqualTo(0.23);
        assertThat(t.lastWindow().averageMood()).isEqualTo(2.0);
    }

    @Test
    void moreWinsAndABetterMoodLatelyAreARiseToShow() {
        ThenAndNow t = TestJournal.today("2025-06-30")
                .win("2025-01-01", e -> e.mood(2))
                .win("2025-06-10", e -> e.mood(4)).win("2025-06-20", e -> e.mood(3))
                .insights().thenAndNow();

        assertThat(t.fewerWinsNow()).isFalse();
        assertThat(t.lowerMoodNow()).isFalse();
    }

    @Test
    void asManyWinsButALowerMoodIsToldPerMeasure() {
        ThenAndNow t = TestJournal.today("2025-06-30")
                .win("2025-01-01", e -> e.mood(4)).win("2025-06-20", e -> e.mood(3))
                .insights().thenAndNow();

        assertThat(t.fewerWinsNow()).isFalse();
        assertThat(t.lowerMoodNow()).isTrue();
    }

    @Test
    void aOneDayJournalHasNoWeeklyRateToSay() {
        ThenAndNow t = TestJournal.today("2025-06-30").win("2025-06-30", e -> e.mood(3)).insights().thenAndNow();

        assertThat(t.firstWindow().window().days()).isEqualTo(1);
        assertThat(t.firstWindow().weekly()).isFalse();
        assertThat(t.lastWindow().weekly()).isFalse();
        // One journal's day, both windows: the same, so nothing lower.
        assertThat(t.fewerWinsNow()).isFalse();
        assertThat(t.lowerMoodNow()).isFalse();
        // Six days are not a week yet; seven are.
        assertThat(TestJournal.today("2025-06-30").win("2025-06-25").insights().thenAndNow().firstWindow().weekly()).isFalse();
        assertThat(TestJournal.today("2025-06-30").win("2025-06-24").insights().thenAndNow().firstWindow().weekly()).isTrue();
    }

    /** 2 wins in 2 days are 2 a week, not stretched to 7; a window of a week or more is divided by its weeks. */
    @Test
    void aWindowShorterThanAWeekIsNotStretchedToOne() {
        ThenAndNow young = TestJournal.today("2025-06-30").wins("2025-06-29", "2025-06-30").insights().thenAndNow();
        assertThat(young.firstWindow().window().days()).isEqualTo(2);
        assertThat(young.firstWindow().winsPerWeek()).isEqualTo(2.0);
        assertThat(young.lastWindow().winsPerWeek()).isEqualTo(2.0);

        ThenAndNow twoWeeks = TestJournal.today("2025-06-30").wins("2025-06-17", "2025-06-20", "2025-06-30")
                .insights().thenAndNow();
        assertThat(twoWeeks.firstWindow().window().days()).isEqualTo(14);
        assertThat(twoWeeks.firstWindow().winsPerWeek()).isEqualTo(1.5);
    }

    static Window window(String from, String to) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to));
    }
}
