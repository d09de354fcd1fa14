package org.smallwins.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar of wins: every year from the first entry's year to this year, with the days that have
 * wins (days without wins are not listed: they are simply blank).
 *
 * @param firstYear     the first entry's year; null for an empty journal
 * @param lastYear      today's year; null for an empty journal
 * @param maxWinsInADay the most wins on any one day, to scale shades; 0 when there are none
 * @param years         every year from {@code firstYear} to {@code lastYear}, oldest first, each
 *                      listed even when it has no win; empty for an empty journal
 */
public record Heatmap(Integer firstYear, Integer lastYear, int maxWinsInADay, List<Year> years) {

    public Heatmap {
        years = List.copyOf(years);
    }

    /**
     * One calendar year, oldest first; {@code days} holds only days with wins, in date order.
     *
     * @param year          the year
     * @param wins          wins in the year
     * @param maxWinsInADay the most wins on any one day of the year; 0 when it has none
     * @param days          the days with wins
     */
    public record Year(int year, int wins, int maxWinsInADay, List<Day> days) {
        public Year {
            days = List.copyOf(days);
        }
    }

    /**
     * A day with wins.
     *
     * @param date the day
     * @param wins wins on it, at least 1
     */
    public record Day(LocalDate date, int wins) {
    }

    static Heatmap of(JournalIndex index) {
        if (index.isEmpty()) {
            return new Heatmap(null, null, 0, List.of());
        }
        int first = index.firstDay().getYear();
        int last = index.today.getYear();
        List<Year> years = new ArrayList<>();
        int next = 0;
        int max = 0;
        for (int year = first; year <= last; year++) {
            List<Day> days = new ArrayList<>();
            int wins = 0;
            int yearMax = 0;
            while (next < index.winDays.size() && index.winDays.get(next).date().getYear() == year) {
                JournalIndex.WinDay day = index.winDays.get(next++);
                days.add(new Day(day.date(), day.wins()));
                wins += day.wins();
                yearMax = Math.max(yearMax, day.wins());
            }
            max = Math.max(max, yearMax);
            years.add(new Year(year, wins, yearMax, days));
        }
        return new Heatmap(first, last, max, years);
    }
}
