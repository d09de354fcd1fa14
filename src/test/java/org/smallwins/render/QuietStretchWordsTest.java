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
 * A journal whose wins are all from long ago, read on a day long after: the progress page says a
 * stretch without wins as a quiet one, never "0 wins" and "0.0 a week" beside the writer's name.
 */
class QuietStretchWordsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    private Document progressPage() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-05-walk.md", "---\ntitle: Walk\ntags: [walk]\nmood: 3\n---\nA walk.\n",
                "content/wins/2025-01-12-walk.md", "---\ntitle: Another walk\ntags: [walk]\nmood: 3\n---\nA walk.\n",
                "content/wins/2025-03-02-walk.md", "---\ntitle: A third walk\ntags: [walk]\n---\nA walk.\n",
                "content/setbacks/2026-11-01-rough.md", "---\ntitle: Rough\nmood: 2\n---\nHard.\n");
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
        return SiteLinks.parse(tmp.resolve("site/progress/index.html"));
    }

    @Test
    void thenAndNowSaysTheLast30DaysWithoutWinsWereQuiet() {
        Document page = progressPage();

        String now = page.select(".then-now__col--now").text();
        assertThat(now).startsWith("The last 30 days").contains("A quiet stretch").contains("3 wins so far")
                .doesNotContain("0 wins").doesNotContain("0.0 a week")
                // A lower mood than at the start (2 after 3) is not set beside it.
                .doesNotContain("Mood around");
        // The first 30 days, with wins, read as before; a figure is not parted from its words on a
        // narrow screen (non-breaking spaces, which text() reads as spaces).
        assertThat(page.select(".then-now__col").first().text()).contains("2 wins").contains("0.5 a week")
                .doesNotContain("mood around");
        assertThat(page.select(".then-now__col").first().html()).contains("0.5&nbsp;a&nbsp;week");
    }

    @Test
    void aTagWithNoWinsInAStretchIsNotYetOrQuietLatelyNotNoughtPointNoughtAMonth() {
        Path journal = JournalFiles.write(tmp.resolve("growth"),
                "content/wins/2025-01-05-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk.\n",
                "content/wins/2025-01-12-walk.md", "---\ntitle: Another walk\ntags: [walk]\n---\nA walk.\n",
                "content/wins/2026-11-02-work.md", "---\ntitle: Asked for help\ntags: [work]\n---\nAt work.\n",
                "content/wins/2026-11-20-work.md", "---\ntitle: Said no\ntags: [work]\n---\nAt work.\n");
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("growth-site")).withToday(TODAY));
        Document page = SiteLinks.parse(tmp.resolve("growth-site/progress/index.html"));

        assertThat(page.select("table.growth tbody tr").eachText()).containsExactly(
                "#walk 2 wins in all 0.7 a month quiet lately", "#work 2 wins in all not yet 0.7 a month");
        assertThat(page.select("table.growth tbody").html()).contains("0.7&nbsp;a&nbsp;month");
    }

    /**
     * A tag used less lately than at first is a quieter stretch with it, not a lower rate (and a
     * shorter bar) set beside the first; a tag used more lately still shows both rates.
     */
    @Test
    void aTagUsedLessLatelyIsQuieterNotALowerRateBesideTheFirst() {
        List<String> files = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            files.add("content/wins/2025-01-%02d-walk.md".formatted(day));
            files.add("---\ntitle: Walk " + day + "\ntags: [walk]\n---\nA walk.\n");
        }
        files.add("content/wins/2025-01-20-cook.md");
        files.add("---\ntitle: Cooked\ntags: [cook]\n---\nSoup.\n");
        files.add("content/wins/2026-11-10-walk.md");
        files.add("---\ntitle: A walk again\ntags: [walk]\n---\nA walk.\n");
        for (int day = 11; day <= 13; day++) {
            files.add("content/wins/2026-11-%02d-cook.md".formatted(day));
            files.add("---\ntitle: Cooked " + day + "\ntags: [cook]\n---\nSoup.\n");
        }
        Path journal = JournalFiles.write(tmp.resolve("fewer"), files.toArray(String[]::new));
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve("fewer-site")).withToday(TODAY));
        Document page = SiteLinks.parse(tmp.resolve("fewer-site/progress/index.html"));

        assertThat(page.select("table.growth tbody tr").eachText()).containsExactly(
                "#walk 10 wins in all 3.0 a month quieter lately", "#cook 4 wins in all 0.3 a month 1.0 a month");
        // No bar for the quieter stretch: a shorter one under the first would draw the fall instead.
        assertThat(page.select("table.growth tbody tr").first().select(".growth__bar")).hasSize(1);
    }
}
