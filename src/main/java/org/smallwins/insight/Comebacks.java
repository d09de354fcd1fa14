package org.smallwins.insight;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smallwins.model.Entry;

/**
 * Setbacks and the wins after them. For each setback, the days until the next win on or after its
 * day ("came back in 3 days"; 0 is the same day), not counting a win of that day written at an
 * earlier time: logged after a morning's win, an evening's setback has no comeback yet. A setback with no win after it yet is "not yet":
 * the next win is still to come, never a failure, and never a count of comebacks owed.
 *
 * <p>The trend compares the median comeback of the earlier half of setbacks with the later half:
 * only setbacks with a comeback count; with an odd number, the middle one is in neither half;
 * with fewer than two there is no trend.
 *
 * @param setbacks             setbacks up to today
 * @param cameBack             setbacks with a win after them (on or after their day)
 * @param notYet               setbacks with no win after them yet
 * @param firstHalfMedianDays  median days to come back over the earlier half; null with no trend
 * @param secondHalfMedianDays the same over the later half; null with no trend
 * @param trend                {@code shorter}, {@code longer} or {@code same} (later half against
 *                             the earlier half); null with fewer than two comebacks
 * @param items                every setback with its comeback, oldest first
 */
public record Comebacks(int setbacks, int cameBack, int notYet, Double firstHalfMedianDays,
                        Double secondHalfMedianDays, String trend, List<Comeback> items) {

    public Comebacks {
        items = List.copyOf(items);
    }

    /**
     * One setback, oldest first.
     *
     * @param setback the setback
     * @param win  the first win on or after the setback's day (and time, when both give one); null when not yet
     * @param days days from the setback to that win; null when not yet
     */
    public record Comeback(EntryRef setback, EntryRef win, Integer days) {
        /** Whether a win has come after the setback yet. */
        public boolean cameBack() {
            return win != null;
        }
    }

    static Comebacks of(JournalIndex index) {
        List<Comeback> items = new ArrayList<>(index.setbacks.size());
        List<Integer> measured = new ArrayList<>();
        int next = 0;
        // Setbacks and wins are both oldest first: one walk through each. A win written before the
        // setback never counts: an earlier day, or the same day at an earlier time when both say theirs.
        for (Entry setback : index.setbacks) {
            while (next < index.wins.size() && before(index.wins.get(next), setback)) {
                next++;
            }
            if (next < index.wins.size()) {
                Entry win = index.wins.get(next);
                int days = (int) ChronoUnit.DAYS.between(setback.date(), win.date());
                measured.add(days);
                items.add(new Comeback(index.ref(setback), index.ref(win), days));
            } else {
                items.add(new Comeback(index.ref(setback), null, null));
            }
        }
        Double firstHalf = null;
        Double secondHalf = null;
        String trend = null;
        int half = measured.size() / 2;
        if (half > 0) {
            firstHalf = median(measured.subList(0, half));
            secondHalf = median(measured.subList(measured.size() - half, measured.size()));
            int compared = Double.compare(secondHalf, firstHalf);
            trend = compared < 0 ? "shorter" : compared > 0 ? "longer" : "same";
        }
        return new Comebacks(items.size(), measured.size(), items.size() - measured.size(), firstHalf, secondHalf,
                trend, items);
    }

    /** Whether {@code win} came before {@code setback}; on their day, only a time of day tells. */
    private static boolean before(Entry win, Entry setback) {
        return win.date().isBefore(setback.date()) || win.hasTime() && setback.hasTime()
                && win.dateTime().isBefore(setback.dateTime());
    }

    static double median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
