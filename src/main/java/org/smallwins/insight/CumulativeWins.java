package org.smallwins.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Wins adding up: one point per day that has a win, oldest first. The total never goes down;
 * setbacks do not subtract.
 *
 * @param points one per day with a win, oldest first; empty when there is no win yet
 */
public record CumulativeWins(List<Point> points) {

    public CumulativeWins {
        points = List.copyOf(points);
    }

    /**
     * @param date  a day with at least one win
     * @param wins  wins on that day
     * @param total wins on that day and every day before it
     */
    public record Point(LocalDate date, int wins, int total) {
    }

    static CumulativeWins of(JournalIndex index) {
        List<Point> points = new ArrayList<>(index.winDays.size());
        int total = 0;
        for (JournalIndex.WinDay day : index.winDays) {
            total += day.wins();
            points.add(new Point(day.date(), day.wins(), total));
        }
        return new CumulativeWins(points);
    }
}
