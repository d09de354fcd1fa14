package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;
import org.smallwins.Smallwins;

/**
 * "Then and now" on the progress page is where you started and where you are, never a scoreboard of
 * decline: a stretch with fewer wins or a lower mood than the start is not set beside it as two
 * figures, and a journal of a few days is not stretched into a weekly rate.
 */
class ThenAndNowPageTest {
    @TempDir
    Path tmp;

    private Document progressPage(String today, String... pathsAndContents) {
        Path journal = JournalFiles.write(tmp.resolve("journal"), pathsAndContents);
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(LocalDate.parse(today)));
        return SiteLinks.parse(tmp.resolve("site/progress/index.html"));
    }

    private static String win(String title, int mood) {
        return "---\ntitle: " + title + "\nmood: " + mood + "\n---\nA small win.\n";
    }

    @Test
    void aLowStretchAfterABusyStartIsAQuieterOneNotTwoRatesSideBySide() {
        List<String> files = new ArrayList<>();
        for (int day = 1; day <= 29; day++) {
            files.add("content/wins/2026-01-%02d-walk.md".formatted(day));
            files.add(win("Walk " + day, 4));
        }
        files.add("content/wins/2026-11-20-call.md");
        files.add(win("Called a friend", 2));
        Document page = progressPage("2026-12-03", files.toArray(String[]::new));

        String then = page.select(".then-now__col").first().text();
        String now = page.select(".then-now__col--now").text();
        assertThat(then).startsWith("Your first 30 days").contains("29 wins", "6.8 a week").doesNotContain("mood");
        assertThat(now).startsWith("The last 30 days").contains("A quieter stretch")
                .contains("30 wins so far, written down on 30 days.")
                .contains("Quieter weeks are part of it, and every one of those wins stays yours.")
                .contains("Latest win: Called a friend")
                .doesNotContain("a week").doesNotContain("1 win ").doesNotContain("mood");
        assertThat(page.select(".then-now").text()).doesNotContain("heavier");
        // Honest elsewhere: the weekly chart still has the last weeks' figures.
        assertThat(page.select(".charts").text()).contains("Over the last 4 weeks");
    }

    @Test
    void oneWinLongAgoIsThatWinSoFar() {
        Document page = progressPage("2025-06-30", "content/wins/2025-01-01-walk.md", win("Walk", 3));

        assertThat(page.select(".then-now__col--now").text()).contains("A quiet stretch")
                .contains("1 win so far, written down on 1 day. Quieter weeks are part of it, and that win stays yours.");
    }

    @Test
    void fewerWinsWithABetterMoodShowTheMoodsButNotTheCounts() {
        Document page = progressPage("2025-06-30",
                "content/wins/2025-01-01-walk.md", win("Walk", 2),
                "content/wins/2025-01-02-walk.md", win("Walk again", 2),
                "content/wins/2025-06-20-run.md", win("Run", 4));

        assertThat(page.select(".then-now__col").first().text()).contains("2 wins", "0.5 a week, mood around 2.0 of 5");
        assertThat(page.select(".then-now__col--now").text()).contains("A quieter stretch", "3 wins so far",
                "Mood around 4.0 of 5").doesNotContain("1 win ").doesNotContain("a week");
    }

    @Test
    void aRiseIsShownSideBySide() {
        Document page = progressPage("2025-06-30",
                "content/wins/2025-01-01-walk.md", win("Walk", 2),
                "content/wins/2025-06-10-swim.md", win("Swim", 4),
                "content/wins/2025-06-20-run.md", win("Run", 4));

        assertThat(page.select(".then-now__col").first().text()).contains("1 win", "0.2 a week, mood around 2.0 of 5");
        assertThat(page.select(".then-now__col--now").text()).contains("2 wins", "0.5 a week, mood around 4.0 of 5")
                .doesNotContain("quieter");
    }

    @Test
    void asManyWinsWithALowerMoodShowTheWinsButNotTheMoods() {
        Document page = progressPage("2025-06-30",
                "content/wins/2025-01-01-walk.md", win("Walk", 4),
                "content/wins/2025-06-20-run.md", win("Run", 2));

        assertThat(page.select(".then-now__col").first().text()).contains("1 win", "0.2 a week").doesNotContain("mood");
        assertThat(page.select(".then-now__col--now").text()).contains("1 win", "0.2 a week").doesNotContain("mood");
        assertThat(page.select(".then-now__note").text())
                .contains("Some days lately have been heavier, and writing through them counts too.");
    }

    @Test
    void aOneDayJournalSaysItsDayNotOneDaysNorAWeeklyRate() {
        Document page = progressPage("2025-06-30", "content/wins/2025-06-30-walk.md", win("Walk", 3));

        String section = page.select(".then-now").text();
        assertThat(page.select(".then-now__head").eachText()).containsExactly("Your first day", "Today");
        assertThat(page.select(".then-now__col--now").text()).contains("1 win in 1 day, mood around 3.0 of 5");
        assertThat(section).doesNotContain("1 days").doesNotContain("a week");
    }
}
