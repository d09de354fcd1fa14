package org.smallwins.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smallwins.model.Entry;

/**
 * How the tags you win with most have grown: for the 5 tags with the most wins (ties by slug),
 * wins per month in the first 90 days of the journal and in the last 90 days up to today. A month
 * here is 30 days, so a full 90-day window holds 3.
 *
 * @param firstWindow the first 90 days from the first entry (fewer when younger); null when empty
 * @param lastWindow  the last 90 days up to today, not before the first entry; null when empty
 * @param tags        up to 5 tags, most wins first (ties by slug); empty when no win has a tag
 */
public record TagGrowth(Window firstWindow, Window lastWindow, List<TagWins> tags) {
    static final int TOP = 5;
    static final int WINDOW_DAYS = 90;
    static final int MONTH_DAYS = 30;

    public TagGrowth {
        tags = List.copyOf(tags);
    }

    /**
     * How one tag has grown.
     *
     * @param tag                 the tag
     * @param wins                wins with this tag, ever
     * @param firstWindowWins     wins with it in the first window
     * @param firstWindowPerMonth the same per 30 days (a window under 30 days counts as 30), two decimals
     * @param lastWindowWins      wins with it in the last window
     * @param lastWindowPerMonth  the same per 30 days (a window under 30 days counts as 30), two decimals
     */
    public record TagWins(TagRef tag, int wins, int firstWindowWins, double firstWindowPerMonth, int lastWindowWins,
                          double lastWindowPerMonth) {
    }

    static TagGrowth of(JournalIndex index) {
        if (index.isEmpty()) {
            return new TagGrowth(null, null, List.of());
        }
        Window first = Window.firstDays(index.firstDay(), index.today, WINDOW_DAYS);
        Window last = Window.lastDays(index.firstDay(), index.today, WINDOW_DAYS);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Entry win : index.wins) {
            Set<String> once = new HashSet<>();
            for (String name : win.tags()) {
                TagRef tag = index.tag(name);
                if (tag == null || !once.add(tag.slug())) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(tag.slug(), s -> new int[3]);
                c[0]++;
                if (first.contains(win.date())) {
                    c[1]++;
                }
                if (last.contains(win.date())) {
                    c[2]++;
                }
            }
        }
        List<TagWins> tags = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .forEach(e -> {
                    int[] c = e.getValue();
                    tags.add(new TagWins(index.tags.get(e.getKey()), c[0], c[1],
                            Numbers.rate(c[1], first.days(), MONTH_DAYS), c[2],
                            Numbers.rate(c[2], last.days(), MONTH_DAYS)));
                });
        return new TagGrowth(first, last, tags);
    }
}
