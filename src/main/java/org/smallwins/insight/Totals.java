package org.smallwins.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;

/**
 * How much is there: counts by type, the days and weeks you showed up, and how long the journal has been kept.
 *
 * @param entries        entries of every type up to today
 * @param wins           wins
 * @param reflections    reflections
 * @param setbacks       setbacks
 * @param goals          goal entries (not check-ins)
 * @param daysShowedUp   calendar days with at least one entry of any type
 * @param weeksActive    weeks (starting on the journal's week start) with at least one entry
 * @param firstEntry     the first entry's day; null for an empty journal
 * @param latestEntry    the latest entry's day (today or earlier); null for an empty journal
 * @param journalAgeDays days from the first entry to today (0 on the first day, and for an empty journal)
 */
public record Totals(int entries, int wins, int reflections, int setbacks, int goals, int daysShowedUp,
                     int weeksActive, LocalDate firstEntry, LocalDate latestEntry, long journalAgeDays) {

    static Totals of(JournalIndex index) {
        int reflections = 0;
        int days = 0;
        int weeks = 0;
        LocalDate lastDay = null;
        LocalDate lastWeek = null;
        for (Entry entry : index.entries) {
            if (entry.is(EntryType.REFLECTION)) {
                reflections++;
            }
            if (!entry.date().equals(lastDay)) {
                days++;
                lastDay = entry.date();
                LocalDate week = index.weekOf(lastDay);
                if (!week.equals(lastWeek)) {
                    weeks++;
                    lastWeek = week;
                }
            }
        }
        if (index.isEmpty()) {
            return new Totals(0, 0, 0, 0, 0, 0, 0, null, null, 0);
        }
        LocalDate first = index.firstDay();
        return new Totals(index.entries.size(), index.wins.size(), reflections, index.setbacks.size(),
                index.goals.size(), days, weeks, first, lastDay, ChronoUnit.DAYS.between(first, index.today));
    }
}
