package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the progress page and the year reviews say in words, built from small journals. */
class ProgressWordingTest {
    static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    @TempDir
    Path tmp;

    private int journals;

    /** Builds a journal of {@code entries} (type, day, title, repeated) and returns its site folder. */
    private Path site(String... entries) {
        Path journal = tmp.resolve("journal" + (++journals));
        List<String> files = new ArrayList<>(List.of("journal.yml", "title: Test\ntimezone: UTC\n"));
        for (int i = 0; i < entries.length; i += 3) {
            String slug = entries[i + 2].toLowerCase(Locale.ROOT).replace(' ', '-');
            files.add("content/" + entries[i] + "s/" + entries[i + 1] + "-" + slug + ".md");
            files.add("---\ntitle: " + entries[i + 2] + "\n---\nWritten down.\n");
        }
        JournalFiles.write(journal, files.toArray(String[]::new));
        Path out = tmp.resolve("site" + journals);
        new Smallwins().build(BuildRequest.of(journal, out).withToday(TODAY));
        return out;
    }

    private static String comebacksLede(Path site, String page) {
        Document doc = SiteLinks.parse(site.resolve(page));
        return doc.select("h2:containsOwn(Comebacks) + p.panel__lede").text();
    }

    @Test
    void theOnlySetbackWithNoWinAfterItYetHasTheNextWinStillToComeNeverZeroTimes() {
        Path site = site("win", "2025-03-01", "Walk", "setback", "2025-03-20", "Rough day");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("1 setback along the way; the next win is still to come.")
                .doesNotContain(" 0 ");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("1 setback this year; the next win is still to come.")
                .doesNotContain(" 0 ");
    }

    @Test
    void severalSetbacksWithNoWinAfterThemYetAreNeverCountedAsComebacksOwed() {
        Path site = site("setback", "2025-03-10", "Rough day", "setback", "2025-03-20", "Another");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("2 setbacks along the way; the next win is still to come.")
                .doesNotContain("comebacks still to come");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("2 setbacks this year; the next win is still to come.")
                .doesNotContain("comebacks still to come");
    }

    @Test
    void someComebacksMadeAndSomeStillToCome() {
        Path site = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk",
                "setback", "2025-03-10", "Another", "win", "2025-03-12", "Tea", "setback", "2025-03-20", "Third");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("After 3 setbacks, you came back with a win 2 times; the next win is still to come.");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("3 setbacks this year, and a win after 2 of them; the next win is still to come.");
    }

    @Test
    void oneComebackMadeOfTwoIsOneTime() {
        Path site = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk",
                "setback", "2025-03-20", "Another");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("After 2 setbacks, you came back with a win 1 time; the next win is still to come.");
    }

    @Test
    void everySetbackFollowedByAWin() {
        Path one = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk");
        assertThat(comebacksLede(one, "progress/index.html")).startsWith("After 1 setback, you came back with a win.");
        assertThat(comebacksLede(one, "progress/2025/index.html")).startsWith("1 setback this year, and a win after it.");

        Path two = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk",
                "setback", "2025-03-10", "Another", "win", "2025-03-10", "Tea");
        assertThat(comebacksLede(two, "progress/index.html"))
                .startsWith("After 2 setbacks, you came back with a win every time.");
        assertThat(comebacksLede(two, "progress/2025/index.html"))
                .startsWith("2 setbacks this year, and a win after every one.");
    }

    private static String meta(Path site, String page) {
        return SiteLinks.parse(site.resolve(page)).select(".page-header__meta").text();
    }

    @Test
    void winsAreWrittenDownOnTheDaysWithWinsNotOnEveryDayWithAnEntry() {
        // 3 wins on 2 days; a reflection, a setback and a goal on 3 days more.
        Path site = site("win", "2025-03-01", "Walk", "win", "2025-03-01", "Tea", "win", "2025-03-05", "Call",
                "reflection", "2025-03-02", "Thinking", "setback", "2025-03-03", "Rough day",
                "goal", "2025-03-04", "Walk more");

        assertThat(meta(site, "progress/index.html")).endsWith(": 3 wins, written down on 2 days.");
        assertThat(meta(site, "progress/2025/index.html"))
                .isEqualTo("3 wins so far, written down on 2 days, along with 1 reflection and 1 setback.");
        // The stat that counts every day with an entry says so.
        assertThat(SiteLinks.parse(site.resolve("progress/index.html")).select(".stat").eachText())
                .contains("Days you showed up 5 days");
    }

    @Test
    void aYearOrJournalWithoutWinsSaysTheDaysYouShowedUpAndNoZeroCounts() {
        Path site = site("reflection", "2025-03-02", "Thinking", "reflection", "2025-03-09", "More thinking");

        assertThat(meta(site, "progress/index.html")).endsWith(": you showed up on 2 days.");
        assertThat(meta(site, "progress/2025/index.html"))
                .isEqualTo("You showed up on 2 days so far, with 2 reflections.");
        assertThat(meta(site, "progress/index.html") + meta(site, "progress/2025/index.html")).doesNotContain("0 ");
    }

    /** The figures at the top of the progress page leave out a count that is still nought, never "0 wins". */
    @Test
    void theFiguresOfAJournalOfSetbacksOnlyCountNoZeroWinsOrReflections() {
        Path site = site("setback", "2025-03-02", "Rough day", "setback", "2025-03-09", "Another");

        assertThat(SiteLinks.parse(site.resolve("progress/index.html")).select(".stat").eachText())
                .containsExactly("Days you showed up 2 days", "Weeks with an entry 2 weeks");
    }

    @Test
    void theFiguresOfAJournalWithWinsAndReflectionsCountThemAll() {
        Path site = site("win", "2025-03-01", "Walk", "reflection", "2025-03-02", "Thinking");

        assertThat(SiteLinks.parse(site.resolve("progress/index.html")).select(".stat").eachText())
                .containsExactly("Wins 1 win", "Days you showed up 2 days", "Weeks with an entry 1 week",
                        "Reflections 1 reflection");
    }

    @Test
    void aYearWithWinsAndReflectionsButNoSetbacksDoesNotCountZeroSetbacks() {
        Path site = site("win", "2025-03-01", "Walk", "reflection", "2025-03-02", "Thinking");

        assertThat(meta(site, "progress/2025/index.html"))
                .isEqualTo("1 win so far, written down on 1 day, along with 1 reflection.");
    }

    @Test
    void aMilestoneTheWriterMarkedOnItsOwnDayIsListedOnceLinkedToTheEntryAndCountedOnce() {
        Path journal = JournalFiles.write(tmp.resolve("marked"),
                "journal.yml", "title: Test\ntimezone: UTC\n",
                "content/wins/2024-03-01-walk.md", "---\ntitle: Walk\n---\nOut.\n",
                "content/wins/2024-05-01-tea.md", "---\ntitle: Tea\nmilestone: true\n---\nWarm.\n",
                "content/wins/2024-06-01-call.md", "---\ntitle: Call\nmilestone: true\n---\nMum.\n",
                "content/reflections/2025-03-01-one-year.md",
                "---\ntitle: One year of small wins\nmilestone: true\n---\nA year.\n");
        Path site = tmp.resolve("marked-site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(TODAY));

        Document milestones = SiteLinks.parse(site.resolve("milestones/index.html"));
        List<String> labels = milestones.select(".milestone__label").eachText();
        assertThat(labels).filteredOn(l -> l.equals("One year of small wins")).hasSize(1);
        assertThat(milestones.select(".milestone__label a:containsOwn(One year of small wins)").attr("href"))
                .endsWith("2025/03/01/one-year/index.html");
        // Your first win, one month, six months, Tea, Call and the year: 6, the progress page says so.
        assertThat(labels).hasSize(6);
        Document progress = SiteLinks.parse(site.resolve("progress/index.html"));
        assertThat(progress.select(".more__link").eachText()).contains("All 6 milestones →");
        assertThat(progress.select(".milestone__label").eachText())
                .filteredOn(l -> l.equals("One year of small wins")).hasSize(1);
    }

    @Test
    void aGoalWithoutCheckInsYetSaysWhenItStartedNotZeroCheckIns() {
        Path site = site("goal", "2025-03-10", "Stretch", "win", "2025-03-12", "Walk");

        Document goals = SiteLinks.parse(site.resolve("goals/index.html"));
        assertThat(goals.select(".goal-card__figures").text())
                .isEqualTo("Started March 10, 2025. The first check-in can be any small step.")
                .doesNotContain("0 ");
    }

    private static String weeklySummary(Path site, String page) {
        return SiteLinks.parse(site.resolve(page)).select("figure:has(svg.chart--weekly) figcaption").text();
    }

    /** A journal a week old has no fullest week beside itself and no "last 4 weeks". */
    @Test
    void aJournalOfOneWeekSaysThatWeekAsItself() {
        Path site = site("win", "2025-03-31", "Walk", "win", "2025-03-31", "Tea");

        assertThat(weeklySummary(site, "progress/index.html")).isEqualTo("The week of March 31, 2025: 2 wins.");
        assertThat(weeklySummary(site, "progress/2025/index.html")).isEqualTo("The week of March 31, 2025: 2 wins.");
    }

    @Test
    void aJournalOfTwoWeeksAveragesOverTwoWeeks() {
        Path site = site("win", "2025-03-24", "Walk", "win", "2025-03-31", "Tea");

        assertThat(weeklySummary(site, "progress/index.html"))
                .contains("Over the last 2 weeks, about 1.0 wins a week.").doesNotContain("4 weeks");
        assertThat(weeklySummary(site, "progress/2025/index.html"))
                .contains("Over the last 2 weeks, about 1.0 wins a week.").doesNotContain("4 weeks");
    }

    @Test
    void aStretchOfOneDayIsThatDayNotFromItToItself() {
        Path journal = tmp.resolve("tagged");
        JournalFiles.write(journal, "journal.yml", "title: Test\ntimezone: UTC\n",
                "content/wins/2025-03-31-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nWritten down.\n");
        Path site = tmp.resolve("tagged-site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(TODAY));
        Document doc = SiteLinks.parse(site.resolve("progress/index.html"));

        assertThat(doc.select(".then-now__when").eachText()).containsExactly("March 31, 2025", "March 31, 2025");
        assertThat(doc.select("h2:containsOwn(What your wins are about) + p.panel__lede").text())
                .contains("in your first days (March 31, 2025) and lately (March 31, 2025).");
        assertThat(doc.text()).doesNotContain("March 31, 2025 to March 31, 2025");
    }

    @Test
    void aYearWithoutWinsIsListedWithoutZeroWins() {
        Path site = site("setback", "2024-12-20", "Rough day", "win", "2025-03-01", "Walk");
        Document doc = SiteLinks.parse(site.resolve("progress/index.html"));

        assertThat(doc.select(".year-list li").eachText()).containsExactly("2025 in review 1 win", "2024 in review");
    }

    @Test
    void aJournalYoungerThanThirtyDaysSaysBothStretchesAreTheSameDays() {
        Document oneDay = SiteLinks.parse(site("win", "2025-03-31", "Walk").resolve("progress/index.html"));
        Document twoDays = SiteLinks.parse(site("win", "2025-03-30", "Walk", "win", "2025-03-31", "Tea")
                .resolve("progress/index.html"));
        Document older = SiteLinks.parse(site("win", "2025-02-01", "Walk", "win", "2025-03-31", "Tea")
                .resolve("progress/index.html"));

        assertThat(oneDay.select(".then-now__note").text())
                .isEqualTo("The journal is still young, so both of these are the same day for now.");
        assertThat(twoDays.select(".then-now__note").text())
                .isEqualTo("The journal is still young, so both of these are the same 2 days for now.");
        assertThat(older.select(".then-now__note").text())
                .isEqualTo("The journal is still young, so these two stretches share some days.");
    }
}
