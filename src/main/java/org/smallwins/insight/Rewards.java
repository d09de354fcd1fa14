package org.smallwins.insight;

import java.util.ArrayList;
import java.util.List;
import org.smallwins.model.Entry;

/**
 * "Ways you were kind to yourself": every {@code reward:} written, newest first. A win's size is
 * never used to rank or weigh anything.
 *
 * @param items every non-blank reward, newest entry first
 */
public record Rewards(List<Reward> items) {

    public Rewards {
        items = List.copyOf(items);
    }

    /**
     * One reward.
     *
     * @param text  the reward as written, surrounding spaces aside
     * @param entry the entry that gives it
     */
    public record Reward(String text, EntryRef entry) {
    }

    static Rewards of(JournalIndex index) {
        List<Reward> items = new ArrayList<>();
        for (int i = index.entries.size() - 1; i >= 0; i--) {
            Entry entry = index.entries.get(i);
            if (entry.reward() != null && !entry.reward().isBlank()) {
                items.add(new Reward(entry.reward().strip(), index.ref(entry)));
            }
        }
        return new Rewards(items);
    }
}
