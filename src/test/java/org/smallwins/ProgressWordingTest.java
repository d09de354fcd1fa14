package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
            String slug = entries[i + 2].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
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
    void theOnlySetbackWithNoWinAfterItYetIsStillToComeNeverZeroTimes() {
        Path site = site("win", "2025-03-01", "Walk", "setback", "2025-03-20", "Rough day");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("1 setback along the way; 1 comeback still to come.")
                .doesNotContain(" 0 ");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("1 setback this year; 1 comeback still to come.")
                .doesNotContain(" 0 ");
    }

    @Test
    void severalSetbacksWithNoWinAfterThemYetAreAllStillToCome() {
        Path site = site("setback", "2025-03-10", "Rough day", "setback", "2025-03-20", "Another");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("2 setbacks along the way; 2 comebacks still to come.");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("2 setbacks this year; 2 comebacks still to come.");
    }

    @Test
    void someComebacksMadeAndSomeStillToCome() {
        Path site = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk",
                "setback", "2025-03-10", "Another", "win", "2025-03-12", "Tea", "setback", "2025-03-20", "Third");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("After 3 setbacks, you came back with a win 2 times; 1 comeback still to come.");
        assertThat(comebacksLede(site, "progress/2025/index.html"))
                .startsWith("3 setbacks this year, and a win after 2 of them; 1 comeback still to come.");
    }

    @Test
    void oneComebackMadeOfTwoIsOneTime() {
        Path site = site("setback", "2025-03-01", "Rough day", "win", "2025-03-03", "Walk",
                "setback", "2025-03-20", "Another");

        assertThat(comebacksLede(site, "progress/index.html"))
                .startsWith("After 2 setbacks, you came back with a win 1 time; 1 comeback still to come.");
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
}
