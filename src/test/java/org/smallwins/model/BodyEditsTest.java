package org.smallwins.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which edits leave everything but entries' text as it was. */
class BodyEditsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static Entry entry(String slug, String title, List<String> tags, String body) {
        return new Entry("content/wins/" + slug + ".md", title, LocalDateTime.of(2025, 1, 1, 0, 0), false, EntryType.WIN,
                slug, tags, 3, null, null, null, List.of(), null, false, false, false, null, Map.of(), body, 5,
                Map.of("title", 2));
    }

    static Journal journal(Entry... entries) {
        return new Journal(JournalSettings.defaults(), List.of(entries), TODAY);
    }

    final Entry walk = entry("walk", "Walk", List.of("outside"), "A walk.");
    final Entry tea = entry("tea", "Tea", List.of(), "Tea.");

    @Test
    void textEditsAreListedByPosition() {
        Journal before = journal(walk, tea);
        assertThat(BodyEdits.between(before, journal(walk, entry("tea", "Tea", List.of(), "Tea, then rest."))).changed())
                .containsExactly(1);
    }

    @Test
    void theSameJournalHasNoEdits() {
        Journal before = journal(walk, tea);
        assertThat(BodyEdits.between(before, journal(walk, tea)).changed()).isEmpty();
        // Read again from the same file: equal, not the same objects.
        assertThat(BodyEdits.between(before, journal(walk, entry("tea", "Tea", List.of(), "Tea."))).changed()).isEmpty();
    }

    @Test
    void anythingElseIsMoreThanText() {
        Journal before = journal(walk, tea);
        assertThat(BodyEdits.between(before, journal(walk, entry("tea", "Green tea", List.of(), "Tea.")))).isNull();
        assertThat(BodyEdits.between(before, journal(walk, entry("tea", "Tea", List.of("calm"), "Tea.")))).isNull();
        assertThat(BodyEdits.between(before, journal(walk))).isNull();
        assertThat(BodyEdits.between(before, journal(tea, walk))).isNull();
        assertThat(BodyEdits.between(before, new Journal(JournalSettings.defaults(), List.of(walk, tea), TODAY.plusDays(1))))
                .isNull();
        assertThat(BodyEdits.between(null, before)).isNull();
    }
}
