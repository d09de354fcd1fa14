package org.smallwins.insight;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smallwins.model.Entry;

/**
 * Looking back from today: entries written on this month and day in earlier years (entries of
 * February 29 show on February 28 in years without one), and what you wrote a year ago.
 *
 * @param today   the journal's today, whose month and day are looked back on
 * @param entries entries from earlier years on today's month and day, the most recent year first
 * @param yearAgo what you wrote a year ago; null when nothing was written within 3 days of that day
 */
public record OnThisDay(LocalDate today, List<Memory> entries, YearAgo yearAgo) {
    static final int NEAR_DAYS = 3;

    public OnThisDay {
        entries = List.copyOf(entries);
    }

    /**
     * An entry from this month and day in an earlier year.
     *
     * @param yearsAgo how many years before today's year, at least 1
     * @param entry    the entry
     */
    public record Memory(int yearsAgo, EntryRef entry) {
    }

    /**
     * "A year ago you wrote": the entries of the day one year before today (February 28 when that
     * year has no February 29); when there are none, the entries of the nearest day within 3 days of
     * it, the earlier day when two are as near.
     *
     * @param target     the day one year before today
     * @param date       the day the entries are from
     * @param offsetDays {@code date} minus {@code target}: 0 when exact, -3 to 3 otherwise
     * @param entries    the entries of {@code date}, in journal order
     */
    public record YearAgo(LocalDate target, LocalDate date, int offsetDays, List<EntryRef> entries) {
        public YearAgo {
            entries = List.copyOf(entries);
        }
    }

    static OnThisDay of(JournalIndex index) {
        LocalDate today = index.today;
        boolean leapDayStandIn = today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 28 && !today.isLeapYear();
        LocalDate target = today.minusYears(1);
        List<Memory> memories = new ArrayList<>();
        List<Entry> nearest = new ArrayList<>();
        long nearestDistance = Long.MAX_VALUE;
        for (Entry entry : index.entries) {
            LocalDate day = entry.date();
            if (day.getYear() < today.getYear() && day.getMonth() == today.getMonth()
                    && (day.getDayOfMonth() == today.getDayOfMonth() || leapDayStandIn && day.getDayOfMonth() == 29)) {
                memories.add(new Memory(today.getYear() - day.getYear(), index.ref(entry)));
            }
            long offset = ChronoUnit.DAYS.between(target, day);
            long distance = Math.abs(offset);
            // Entries come oldest first, so of two days as near, the earlier one is met first and kept.
            if (distance <= NEAR_DAYS && distance <= nearestDistance) {
                if (distance < nearestDistance) {
                    nearest.clear();
                    nearestDistance = distance;
                }
                if (nearest.isEmpty() || nearest.get(0).date().equals(day)) {
                    nearest.add(entry);
                }
            }
        }
        memories.sort(Comparator.comparingInt(Memory::yearsAgo));
        YearAgo yearAgo = null;
        if (!nearest.isEmpty()) {
            LocalDate day = nearest.get(0).date();
            yearAgo = new YearAgo(target, day, (int) ChronoUnit.DAYS.between(target, day),
                    nearest.stream().map(index::ref).toList());
        }
        return new OnThisDay(today, memories, yearAgo);
    }
}
