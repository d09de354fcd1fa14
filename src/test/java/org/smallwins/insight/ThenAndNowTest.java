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
    }

    static Window window(String from, String to) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to));
    }
}
