package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statsFile} never replaces what the writer wrote: an entry, journal.yml, the pom, anything in
 * the journal's source folders. It was written over without a word.
 */
class StatsFileTest {
    @TempDir
    Path journal;

    @Test
    void aFileOfTheWritersIsRefusedWithWhatToDo() throws Exception {
        Files.createDirectories(journal.resolve("content/wins"));
        Files.writeString(journal.resolve("content/wins/2025-01-06-walk.md"), "---\ntitle: Walk\n---\n");
        Files.writeString(journal.resolve("journal.yml"), "title: Mine\n");
        Files.writeString(journal.resolve("pom.xml"), "<project/>");

        for (String mine : new String[] {"content/wins/2025-01-06-walk.md", "content/stats.json", "journal.yml",
                "pom.xml", "static/stats.txt", "themes/default/x.txt", "archetypes/win.md", "notes.md"}) {
            String refused = StatsMojo.notAStatsFile(journal, journal.resolve(mine));
            assertThat(refused).as(mine).isNotNull().startsWith("statsFile: ")
                    .contains("target/stats.json").contains("-Dsmallwins.statsFile=");
        }
        assertThat(StatsMojo.notAStatsFile(journal, journal.resolve("content")))
                .contains("is a folder");
        // The journal's folder itself (-Dsmallwins.statsFile=.) is named in full, not as "".
        assertThat(StatsMojo.notAStatsFile(journal, journal))
                .startsWith("statsFile: " + journal.toRealPath() + " is a folder.");
    }

    @Test
    void aNewFileOfItsOwnOrOneHoldingEarlierStatsIsFine() throws Exception {
        Path json = journal.resolve("target/stats.json");
        Path summary = journal.resolve("stats/summary.txt");
        assertThat(StatsMojo.notAStatsFile(journal, json)).isNull();
        assertThat(StatsMojo.notAStatsFile(journal, summary)).isNull();
        assertThat(EarlierStats.refusal(json, "target/stats.json")).isNull();

        // Once there, only as earlier stats: anything else, like "{}", is refused (StatsFileReplaceTest).
        Files.createDirectories(json.getParent());
        Files.writeString(json, "{\n  \"version\": 1,\n  \"today\": \"2025-01-20\",\n  \"locale\": \"en\"\n}\n");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, "Look how far you've come\n\nYou showed up on 1 day.\n");
        assertThat(StatsMojo.notAStatsFile(journal, json)).isNull();
        assertThat(EarlierStats.refusal(json, "target/stats.json")).isNull();
        assertThat(StatsMojo.notAStatsFile(journal, summary)).isNull();
        assertThat(EarlierStats.refusal(summary, "stats/summary.txt")).isNull();
    }
}
