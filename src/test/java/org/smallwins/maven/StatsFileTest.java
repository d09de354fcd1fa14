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
    void aFileOfItsOwnOrANewOneIsFine() throws Exception {
        assertThat(StatsMojo.notAStatsFile(journal, journal.resolve("target/stats.json"))).isNull();
        assertThat(StatsMojo.notAStatsFile(journal, journal.resolve("stats/summary.txt"))).isNull();
        Files.createDirectories(journal.resolve("target"));
        Files.writeString(journal.resolve("target/stats.json"), "{}");
        assertThat(StatsMojo.notAStatsFile(journal, journal.resolve("target/stats.json"))).isNull();
    }
}
