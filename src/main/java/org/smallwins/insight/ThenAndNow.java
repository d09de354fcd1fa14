package org.smallwins.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;

/**
 * Where you started and where you are: the first and latest win and reflection, and the first 30
 * days of the journal beside the last 30 days up to today.
 *
 * @param firstWin        the first win; null when there is none yet
 * @param firstReflection the first reflection; null when there is none yet
 * @param latestWin       the latest win up to today; null when there is none yet
 * @param latestReflection the latest reflection up to today; null when there is none yet
 * @param firstWindow     the first 30 days from the first entry (fewer when the journal is younger); null when empty
 * @param lastWindow      the last 30 days up to today, not starting before the first entry; null when empty
 * @param windowsOverlap  true while the journal is younger than 60 days, so the two windows share days
 * @param newTags         tags on wins in the last window that no win in the first window had, alphabetical by slug
 */
public record ThenAndNow(EntryRef firstWin, EntryRef firstReflection, EntryRef latestWin, EntryRef latestReflection,
                         Period firstWindow, Period lastWindow, boolean windowsOverlap, List<TagRef> newTags) {
    static final int WINDOW_DAYS = 30;
    /** A week's rate from fewer days would stretch a day or two into a week ("7.0 a week" from one win). */
    static final int WEEKLY_FROM_DAYS = 7;

    public ThenAndNow {
        newTags = List.copyOf(newTags);
    }

    /**
     * Whether the last window has fewer wins than the first. The two windows are always as long as
     * each other, so counts compare as rates do. Said as a quieter stretch, never as two numbers side
     * by side: setbacks and quiet weeks are part of it and take nothing away.
     */
    public boolean fewerWinsNow() {
        return firstWindow != null && lastWindow.wins() < firstWindow.wins();
    }

    /** Whether both windows give a mood and the last one's is lower: then neither figure is set beside the other. */
    public boolean lowerMoodNow() {
        return firstWindow != null && firstWindow.averageMood() != null && lastWindow.averageMood() != null
                && lastWindow.averageMood() < firstWindow.averageMood();
    }

    /**
     * One window of days.
     *
     * @param window      the days
     * @param entries     entries of any type in the window
     * @param wins        wins in the window
     * @param winsPerWeek wins divided by the window's weeks (days / 7, at least 1), two decimals; not said
     *                    on the page when the window is shorter than a week (see {@link #weekly})
     * @param averageMood mean of the moods given on entries of any type in the window, two decimals;
     *                    null when no entry in it gives a mood
     * @param moods       how many entries in the window give a mood
     */
    public record Period(Window window, int entries, int wins, double winsPerWeek, Double averageMood, int moods) {

        /** Whether the window is long enough for {@link #winsPerWeek} to be said; else "N wins in M days". */
        public boolean weekly() {
            return window.days() >= WEEKLY_FROM_DAYS;
        }
    }

    static ThenAndNow of(JournalIndex index) {
        Entry firstWin = null;
        Entry firstReflection = null;
        Entry latestWin = null;
        Entry latestReflection = null;
        for (Entry entry : index.entries) {
            if (entry.is(EntryType.WIN)) {
                firstWin = firstWin == null ? entry : firstWin;
                latestWin = entry;
            } else if (entry.is(EntryType.REFLECTION)) {
                firstReflection = firstReflection == null ? entry : firstReflection;
                latestReflection = entry;
            }
        }
        if (index.isEmpty()) {
            return new ThenAndNow(null, null, null, null, null, null, false, List.of());
        }
        Window first = Window.firstDays(index.firstDay(), index.today, WINDOW_DAYS);
        Window last = Window.lastDays(index.firstDay(), index.today, WINDOW_DAYS);
        Counter then = new Counter(first);
        Counter now = new Counter(last);
        Set<String> tagsThen = new HashSet<>();
        Map<String, TagRef> tagsNow = new LinkedHashMap<>();
        for (Entry entry : index.entries) {
            then.add(entry);
            now.add(entry);
            if (entry.is(EntryType.WIN)) {
                for (String name : entry.tags()) {
                    TagRef tag = index.tag(name);
                    if (tag != null && first.contains(entry.date())) {
                        tagsThen.add(tag.slug());
                    }
                    if (tag != null && last.contains(entry.date())) {
                        tagsNow.putIfAbsent(tag.slug(), tag);
                    }
                }
            }
        }
        List<TagRef> newTags = new ArrayList<>();
        tagsNow.values().stream().filter(t -> !tagsThen.contains(t.slug()))
                .sorted(Comparator.comparing(TagRef::slug)).forEach(newTags::add);
        return new ThenAndNow(index.ref(firstWin), index.ref(firstReflection), index.ref(latestWin),
                index.ref(latestReflection), then.period(), now.period(), !first.to().isBefore(last.from()), newTags);
    }

    private static final class Counter {
        private final Window window;
        private int entries;
        private int wins;
        private int moodSum;
        private int moods;

        Counter(Window window) {
            this.window = window;
        }

        void add(Entry entry) {
            if (!window.contains(entry.date())) {
                return;
            }
            entries++;
            if (entry.is(EntryType.WIN)) {
                wins++;
            }
            if (entry.mood() != null) {
                moodSum += entry.mood();
                moods++;
            }
        }

        Period period() {
            return new Period(window, entries, wins, Numbers.rate(wins, window.days(), 7),
                    moods == 0 ? null : Numbers.round2((double) moodSum / moods), moods);
        }
    }
}
