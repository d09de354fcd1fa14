package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;
import org.smallwins.model.Goal;
import org.smallwins.model.Size;

class EntryViewsTest {

    /** An entry with a value in every field, none of them a default. */
    private static Entry everyField(String body) {
        return new Entry("content/goals/walk.md", "Walk", LocalDateTime.of(2025, 3, 4, 8, 15), true, EntryType.GOAL,
                "walk", List.of("outside", "legs"), 4, 3, Size.SMALL, "tea", List.of("other"),
                new Goal("walk", Goal.Cadence.WEEKLY, 3, Goal.Status.ACTIVE, LocalDate.of(2025, 3, 1)), true, true,
                true, "A summary", Map.of("weather", "rain"), body, 9, Map.of("title", 2, "date", 3));
    }

    @Test
    void anEntrysFieldsAreEveryComponentOfTheRecordInOrder() throws Exception {
        Entry entry = everyField("Out to the corner.");
        List<Object> expected = new ArrayList<>();
        for (RecordComponent component : Entry.class.getRecordComponents()) {
            expected.add(component.getName());
            expected.add(component.getAccessor().invoke(entry));
        }

        assertThat(EntryViews.entryFields(entry)).containsExactlyElementsOf(expected);
    }

    @Test
    void theViewHashChangesWithTheEntryOrTheLinksAndOnlyThen() {
        String key = EntryViews.entryKey(everyField("Out to the corner."));

        assertThat(EntryViews.entryKey(everyField("Out to the corner."))).isEqualTo(key);
        assertThat(EntryViews.entryKey(everyField("Out to the shop."))).isNotEqualTo(key);
        assertThat(EntryViews.viewHash(key, "links-1")).isEqualTo(EntryViews.viewHash(key, "links-1"))
                .isNotEqualTo(EntryViews.viewHash(key, "links-2"))
                .isNotEqualTo(EntryViews.viewHash(EntryViews.entryKey(everyField("Out to the shop.")), "links-1"));
    }
}
