package org.smallwins.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinTask;
import org.smallwins.model.Journal;

/**
 * "Look how far you've come": everything the journal shows over time, as of {@code today}.
 * Entries dated after today are left out (they have not happened yet).
 *
 * @param today     the journal's today
 * @param locale    the journal's locale (for formatting; labels are English)
 * @param weekStart the day weeks start on
 * @param totals         how much there is
 * @param thenAndNow     the start of the journal beside the last 30 days
 * @param cumulativeWins wins adding up, day by day
 * @param momentum       wins week by week
 * @param heatmap        the calendar of wins
 * @param comebacks      setbacks and the wins after them
 * @param milestones     moments worth remembering
 * @param onThisDay      entries from this day in earlier years
 * @param rewards        the rewards written, newest first
 * @param tagGrowth      how the tags used most on wins have grown
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
        // The insights read the index and not each other (milestones aside, which need the goals'
        // progress): worked out side by side, on every core. A build waits for them with nothing
        // else to do (a tenth of a second at 10,000 entries).
        ForkJoinTask<List<GoalProgress>> goals = ForkJoinTask.adapt(() -> GoalProgress.of(index));
        ForkJoinTask<Milestones> milestones = ForkJoinTask.adapt(() -> Milestones.of(index, goals.join()));
        ForkJoinTask<Totals> totals = ForkJoinTask.adapt(() -> Totals.of(index));
        ForkJoinTask<ThenAndNow> thenAndNow = ForkJoinTask.adapt(() -> ThenAndNow.of(index));
        ForkJoinTask<CumulativeWins> cumulativeWins = ForkJoinTask.adapt(() -> CumulativeWins.of(index));
        ForkJoinTask<WeeklyMomentum> momentum = ForkJoinTask.adapt(() -> WeeklyMomentum.of(index));
        ForkJoinTask<Heatmap> heatmap = ForkJoinTask.adapt(() -> Heatmap.of(index));
        ForkJoinTask<Comebacks> comebacks = ForkJoinTask.adapt(() -> Comebacks.of(index));
        ForkJoinTask<OnThisDay> onThisDay = ForkJoinTask.adapt(() -> OnThisDay.of(index));
        ForkJoinTask<Rewards> rewards = ForkJoinTask.adapt(() -> Rewards.of(index));
        ForkJoinTask<TagGrowth> tagGrowth = ForkJoinTask.adapt(() -> TagGrowth.of(index));
        // Goals first: the milestones task waits for them, and a task waits by helping.
        ForkJoinTask.invokeAll(List.of(goals, milestones, tagGrowth, thenAndNow, totals, cumulativeWins, momentum,
                heatmap, comebacks, onThisDay, rewards));
        return new Insights(index.today, index.settings.locale(), index.weekStart, totals.join(),
                thenAndNow.join(), cumulativeWins.join(), momentum.join(), heatmap.join(), comebacks.join(),
                milestones.join(), onThisDay.join(), rewards.join(), tagGrowth.join(), goals.join());
    }
}
