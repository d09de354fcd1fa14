package org.smallwins.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.smallwins.model.Journal;

/**
 * "Look how far you've come": everything the journal shows over time, as of {@code today}.
 * Entries dated after today are left out (they have not happened yet).
 *
 * @param today     the journal's today
 * @param locale    the journal's locale (for formatting; labels are English)
 * @param weekStart the day weeks start on
 * @param goals     one per goal entry, in journal order
 */
public record Insights(LocalDate today, Locale locale, DayOfWeek weekStart, Totals totals, ThenAndNow thenAndNow,
                       CumulativeWins cumulativeWins, WeeklyMomentum momentum, Heatmap heatmap, Comebacks comebacks,
                       Milestones milestones, OnThisDay onThisDay, Rewards rewards, TagGrowth tagGrowth,
                       List<GoalProgress> goals) {

    public Insights {
        goals = List.copyOf(goals);
    }

    /**
     * Computes every insight. Reads the entries once into an index, then each insight walks that
     * index once (and the days, weeks or months it reports on): linear in the journal's size.
     */
    public static Insights compute(Journal journal) {
        JournalIndex index = new JournalIndex(journal);
        List<GoalProgress> goals = GoalProgress.of(index);
        return new Insights(index.today, index.settings.locale(), index.weekStart, Totals.of(index),
                ThenAndNow.of(index), CumulativeWins.of(index), WeeklyMomentum.of(index), Heatmap.of(index),
                Comebacks.of(index), Milestones.of(index, goals), OnThisDay.of(index), Rewards.of(index),
                TagGrowth.of(index), goals);
    }
}
