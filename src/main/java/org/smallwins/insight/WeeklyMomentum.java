package org.smallwins.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Wins per week, every week from the week of the first entry to this week (weeks with no wins
 * included, as zero), with a rolling average that smooths one quiet week away.
 *
 * @param weekStart the day weeks start on ({@code journal.yml} {@code weekStart})
 * @param rollingWeeks how many weeks the rolling average spans: 4
 * @param weeks     every week from the first entry's week to today's, oldest first; empty for an empty journal
 */
public record WeeklyMomentum(DayOfWeek weekStart, int rollingWeeks, List<Week> weeks) {
    static final int ROLLING_WEEKS = 4;

    public WeeklyMomentum {
        weeks = List.copyOf(weeks);
    }

    /**
     * @param start          the week's first day
     * @param wins           wins in the week; 0 for a quiet one
     * @param rollingAverage mean wins per week over this week and the 3 before it (fewer in the
     *                       journal's first weeks: only weeks since the first entry's week count), two decimals
     */
    public record Week(LocalDate start, int wins, double rollingAverage) {
    }

    /**
     * What the last {@code rollingWeeks} weeks come to, in one sentence: the words of the progress
     * page's weekly chart (render/chart/Charts) and of {@code stats}, which say the same period the
     * same way. A quiet stretch is said as one, never as "0 wins". The average always has a decimal
     * place, so it always takes the plural: "about 1.0 wins a week".
     *
     * @param rollingWeeks the weeks the average covers, 2 or more: a single week is said as itself
     * @param averageText the rolling average as the caller writes numbers ("0.3", "0,3" in German)
     */
    public static String lately(double average, int rollingWeeks, String averageText) {
        return average > 0
                ? "Over the last " + rollingWeeks + " weeks, about " + averageText + " wins a week. " + QUIET_WEEKS
                : "The last " + rollingWeeks + " weeks have been quiet ones, and quiet weeks are part of the rhythm.";
    }

    /** The progress page's words for the weeks without a win. */
    public static final String QUIET_WEEKS = "Quiet weeks are part of the rhythm.";

    static WeeklyMomentum of(JournalIndex index) {
        List<Week> weeks = new ArrayList<>();
        if (index.isEmpty()) {
            return new WeeklyMomentum(index.weekStart, ROLLING_WEEKS, weeks);
        }
        LocalDate lastWeek = index.weekOf(index.today);
        int[] recent = new int[ROLLING_WEEKS];
        int sum = 0;
        int next = 0;
        for (LocalDate week = index.weekOf(index.firstDay()); !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
            LocalDate end = week.plusWeeks(1);
            int wins = 0;
            while (next < index.winDays.size() && index.winDays.get(next).date().isBefore(end)) {
                wins += index.winDays.get(next).wins();
                next++;
            }
            int slot = weeks.size() % ROLLING_WEEKS;
            sum += wins - recent[slot];
            recent[slot] = wins;
            int counted = Math.min(weeks.size() + 1, ROLLING_WEEKS);
            weeks.add(new Week(week, wins, Numbers.round2((double) sum / counted)));
        }
        return new WeeklyMomentum(index.weekStart, ROLLING_WEEKS, weeks);
    }
}
