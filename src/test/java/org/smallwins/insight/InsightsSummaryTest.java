package org.smallwins.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.smallwins.model.Goal.Cadence;
import org.smallwins.model.Goal.Status;

/** The words of {@code stats}: the progress page's way of saying lean stretches, and half-up rounding. */
class InsightsSummaryTest {
    private static String summary(TestJournal journal) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new InsightsSummary(journal.insights(), out).print();
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** Wins from long ago, then {@code recent} days of wins in the last four weeks before 2025-03-01. */
    private static TestJournal winsLongAgoAnd(String... recent) {
        return TestJournal.today("2025-03-01").wins("2024-01-01", "2024-01-02", "2024-01-03").wins(recent);
    }

    @Test
    void datesAreWrittenAsTheSiteWritesThemWithNoLeadingZero() {
        String text = summary(TestJournal.today("2025-03-01").locale("en-ZA").win("2025-01-05"));

        assertThat(text).contains("You started on 5 January 2025").doesNotContain("05 January");
    }

    @Test
    void aQuietStretchIsSaidAsTheProgressPageSaysItNeverAsZeroWins() {
        String text = summary(winsLongAgoAnd());

        assertThat(text).contains("Your first 30 days: 3 wins (0.7 a week).\n"
                        + "The last 30 days have been quiet ones, and quiet weeks are part of the rhythm.\n")
                .doesNotContain("0 wins").doesNotContain("0 a week").doesNotContain("Lately")
                // Said once: the four quiet weeks are the same stretch.
                .doesNotContain("The last 4 weeks");
    }

    @Test
    void withoutALastThirtyDaysToCompareTheQuietWeeksAreSaidInTheWeeklyChartsWords() {
        String text = summary(TestJournal.today("2025-03-01").win("2025-01-10").reflection("2025-01-20"));

        assertThat(text).contains("The last 4 weeks have been quiet ones, and quiet weeks are part of the rhythm.")
                .doesNotContain("0 wins");
    }

    @Test
    void aJournalOfSetbacksOnlyLeadsWithTheDaysYouShowedUp() {
        String text = summary(TestJournal.today("2025-03-20")
                .setback("2025-01-01").setback("2025-01-02").setback("2025-01-03"));

        assertThat(text).contains("You showed up on 3 days, in 1 week.\n")
                .contains("The last 4 weeks have been quiet ones, and quiet weeks are part of the rhythm.")
                .contains("3 setbacks along the way")
                .doesNotContain("0 wins").doesNotContain("0 a week").doesNotContain("Your first 30 days");
    }

    /** Setbacks with no win after them yet are not a count of comebacks owed: one next win follows them all. */
    @Test
    void setbacksWithNoWinAfterThemSayTheNextWinIsStillToCome() {
        String only = summary(TestJournal.today("2025-03-20")
                .setback("2025-01-01").setback("2025-01-02").setback("2025-01-03"));
        String some = summary(TestJournal.today("2025-03-20")
                .setback("2025-01-01").wins("2025-01-02").setback("2025-01-05").setback("2025-01-06"));

        assertThat(only).contains("3 setbacks along the way; the next win is still to come.\n")
                .doesNotContain("comebacks still to come");
        assertThat(some).contains("3 setbacks along the way; you came back from 1; the next win is still to come.\n")
                .doesNotContain("comeback still to come").doesNotContain("comebacks still to come");
    }

    @Test
    void theRollingAverageIsRoundedHalfUpAsInTheJson() {
        // One win at the start (0.2 a week), so that no average below is lower than it.
        // One win in the last four weeks: 0.25 a week, "rollingAverage": 0.25 in stats --json.
        assertThat(summary(oneWinLongAgoAnd("2025-02-20")))
                .contains("Over the last 4 weeks, about 0.3 wins a week. Quiet weeks are part of the rhythm.\n");
        // Five: 1.25, which half-even would make 1.2.
        assertThat(summary(oneWinLongAgoAnd("2025-02-10", "2025-02-11", "2025-02-12", "2025-02-20", "2025-02-21")))
                .contains("about 1.3 wins a week");
        // Four: exactly one, written with its decimal place as every other average, so "wins".
        assertThat(summary(oneWinLongAgoAnd("2025-02-10", "2025-02-11", "2025-02-12", "2025-02-20")))
                .contains("about 1.0 wins a week").doesNotContain("1 win a week");
    }

    private static TestJournal oneWinLongAgoAnd(String... recent) {
        return TestJournal.today("2025-03-01").wins("2024-01-01").wins(recent);
    }

    /** A weekly average lower than the first 30 days' rate said just above it would read as a fall. */
    @Test
    void aLowerWeeklyAverageIsNotSaidAfterTheFirstThirtyDaysRate() {
        String text = summary(winsLongAgoAnd("2025-02-20"));

        assertThat(text).contains("Your first 30 days: 3 wins (0.7 a week).\n"
                        + "The last 30 days have been quieter, and quieter weeks are part of it: your 4 wins so far"
                        + " stay yours.\n")
                .doesNotContain("0.3").doesNotContain("Over the last 4 weeks").containsOnlyOnce("part of");
    }

    /** Wins of mood 4 at the start and in the last 30 days before 2025-03-01, in {@code locale}. */
    private static TestJournal moodsOfFour(String locale) {
        return TestJournal.today("2025-03-01").locale(locale)
                .win("2024-01-01", e -> e.mood(4)).win("2024-01-02", e -> e.mood(4))
                .win("2025-02-20", e -> e.mood(4)).win("2025-02-21", e -> e.mood(4))
                .wins("2025-02-10", "2025-02-11");
    }

    @Test
    void decimalsAreWrittenInTheJournalsLocaleWithTheirDecimalPlaceAsTheSiteWritesThem() {
        assertThat(summary(moodsOfFour("en"))).contains("Your first 30 days: 2 wins (0.5 a week), average mood 4.0.\n")
                .contains("The last 30 days: 4 wins (0.9 a week), average mood 4.0.\n")
                .contains("about 1.0 wins a week");
        assertThat(summary(moodsOfFour("de-DE"))).contains("Your first 30 days: 2 wins (0,5 a week), average mood"
                        + " 4,0.\n").contains("The last 30 days: 4 wins (0,9 a week), average mood 4,0.\n")
                .contains("about 1,0 wins a week");
    }

    @Test
    void fewerWinsAndALowerMoodLatelyAreAQuieterStretchNotTwoCountsSideBySide() {
        String text = summary(ThenAndNowTest.busyStartThenQuiet());

        assertThat(text).contains("Your first 30 days: 29 wins (6.8 a week).\n"
                        + "The last 30 days have been quieter, and quieter weeks are part of it: your 30 wins so far"
                        + " stay yours.\n")
                .doesNotContain("The last 30 days:").doesNotContain("average mood")
                // The rhythm is said once.
                .containsOnlyOnce("part of");
    }

    @Test
    void fewerWinsWithABetterMoodSayTheMoodWithTheQuieterStretch() {
        String text = summary(TestJournal.today("2025-03-01")
                .win("2024-01-01", e -> e.mood(2)).win("2024-01-02", e -> e.mood(2))
                .win("2025-02-20", e -> e.mood(4)));

        assertThat(text).contains("Your first 30 days: 2 wins (0.5 a week), average mood 2.0.\n"
                + "The last 30 days have been quieter (average mood 4.0), and quieter weeks are part of it:"
                + " your 3 wins so far stay yours.\n");
    }

    @Test
    void moreWinsAndABetterMoodLatelyAreSetSideBySide() {
        String text = summary(TestJournal.today("2025-03-01")
                .win("2024-01-01", e -> e.mood(2))
                .win("2025-02-10", e -> e.mood(4)).win("2025-02-20", e -> e.mood(4)));

        assertThat(text).contains("Your first 30 days: 1 win (0.2 a week), average mood 2.0.\n"
                + "The last 30 days: 2 wins (0.5 a week), average mood 4.0.\n").doesNotContain("heavier");
    }

    @Test
    void asManyWinsWithALowerMoodKeepTheCountsButNotTheMoodsSideBySide() {
        String text = summary(TestJournal.today("2025-03-01")
                .win("2024-01-01", e -> e.mood(4)).win("2025-02-20", e -> e.mood(2)));

        assertThat(text).contains("Your first 30 days: 1 win (0.2 a week).\n"
                        + "The last 30 days: 1 win (0.2 a week).\n"
                        + "Some days lately have been heavier, and writing through them counts too.\n")
                .doesNotContain("average mood");
    }

    /** A goal's periods are the weeks met, as on its page: not "good weeks", as if the others were bad. */
    @Test
    void aGoalsPeriodsAreTheWeeksMetNotGoodWeeks() {
        String text = summary(TestJournal.today("2025-03-01")
                .goal("2025-01-06", "walk", Cadence.WEEKLY, 1, Status.ACTIVE, "2025-01-06")
                .win("2025-01-07", e -> e.goals("walk")).win("2025-01-14", e -> e.goals("walk"))
                .goal("2025-01-06", "read", Cadence.DAILY, 1, Status.PAUSED, "2025-01-06")
                .win("2025-01-08", e -> e.goals("read")));

        assertThat(text).contains("Goal walk: 2 check-ins, 2 weeks met.\n")
                .contains("Goal read (paused): 1 check-in, 1 day met.\n").doesNotContain("good");
    }
}
