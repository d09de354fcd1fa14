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

/** A goal kept for years shows its latest year of check-ins as cards and the ones before by month. */
class GoalCheckInsPageTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    @TempDir
    Path tmp;

    /** A weekly goal from {@code start}, with a check-in every {@code every} days from then to {@code last}. */
    private Document goalPage(LocalDate start, LocalDate last, int every) {
        List<String> files = new ArrayList<>(List.of("journal.yml", "title: T\ntimezone: UTC\n",
                "content/goals/" + start + "-walking.md", "---\ntitle: Walk\nid: walk\ncadence: weekly\ntarget: 1\n---\nWalks.\n"));
        for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(every)) {
            files.add("content/wins/" + day + "-walk.md");
            files.add("---\ntitle: Walk " + day + "\ngoal: walk\n---\nA walk.\n");
        }
        Path journal = JournalFiles.write(tmp.resolve("j"), files.toArray(String[]::new));
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
        return SiteLinks.parse(tmp.resolve("site/goals/walk/index.html"));
    }

    @Test
    void checkInsBeforeTheLatestYearAreCountedByMonthNotShownAsCards() {
        // Weekly from 7 January 2023 to 30 November 2025: the cards are December 2024 to November 2025.
        Document page = goalPage(LocalDate.of(2023, 1, 7), LocalDate.of(2025, 11, 30), 7);

        List<String> dates = page.select("#goal-wins ~ ol.cards article.card time").eachAttr("datetime");
        assertThat(dates).first().isEqualTo("2025-11-29");
        assertThat(dates).last().isEqualTo("2024-12-07");
        assertThat(dates).hasSize(52);
        assertThat(page.select("h3.goal-earlier__title").text()).isEqualTo("Before that, month by month");
        List<String> months = page.select("ul.goal-earlier li").eachText();
        assertThat(months).hasSize(23);
        assertThat(months.get(0)).isEqualTo("November 2024: 5 check-ins");
        assertThat(months.get(months.size() - 1)).isEqualTo("January 2023: 4 check-ins");
        // Every check-in still counts in the page's figures.
        assertThat(page.select(".stat dd").eachText()).contains("152 check\u2011ins");
    }

    @Test
    void aGoalWithinAYearShowsEveryCheckInAsACard() {
        Document page = goalPage(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 11, 30), 7);

        assertThat(page.select("#goal-wins ~ ol.cards article.card")).hasSize(48);
        assertThat(page.select(".goal-earlier, .goal-earlier__title")).isEmpty();
    }
}
