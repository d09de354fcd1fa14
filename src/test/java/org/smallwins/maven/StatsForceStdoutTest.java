package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/**
 * {@code -Dsmallwins.forceStdout}: the stats on standard output as they are, the same text statsFile
 * would hold, so {@code mvn -q} gives another tool the stats alone.
 */
class StatsForceStdoutTest {
    @TempDir
    Path tmp;

    @Test
    void theSummaryAndTheJsonArePrintedAsTheFileWouldHoldThem() throws Exception {
        Path journal = journal();
        for (String json : new String[] {"false", "true"}) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            StatsMojo stats = stats(journal, json);
            MojoFields.set(stats, "forceStdout", "true");
            stats.stdout = new PrintStream(printed, true, StandardCharsets.UTF_8);
            stats.execute();

            Path file = tmp.resolve("stats-" + json + ".txt");
            StatsMojo toFile = stats(journal, json);
            MojoFields.set(toFile, "statsFile", file.toString());
            toFile.execute();

            assertThat(printed.toString(StandardCharsets.UTF_8)).as(json)
                    .startsWith(json.equals("true") ? "{\n  \"version\": 1,\n  \"today\": \"2025-01-20\"," : "Look how far you've come")
                    .isEqualTo(Files.readString(file));
        }
    }

    @Test
    void withAStatsFileItIsRefusedAndNothingIsWrittenOrPrinted() {
        Path journal = journal();
        Path file = tmp.resolve("stats.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StatsMojo stats = stats(journal, "true");
        MojoFields.set(stats, "forceStdout", "true");
        MojoFields.set(stats, "statsFile", file.toString());
        stats.stdout = new PrintStream(printed, true, StandardCharsets.UTF_8);
        MojoFailureException e = catchThrowableOfType(stats::execute, MojoFailureException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("forceStdout: the stats go either to standard output or to statsFile ("
                + file + "), not both: leave out -Dsmallwins.forceStdout to write the file, or statsFile"
                + " (-Dsmallwins.statsFile or <statsFile> in the plugin's configuration) to print them; nothing was written.");
        assertThat(file).doesNotExist();
        assertThat(printed.size()).isZero();
    }

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\ndate: 2025-01-06\n---\nWalked.\n");
    }

    private static StatsMojo stats(Path journal, String json) {
        StatsMojo stats = new StatsMojo();
        MojoFields.set(stats, "journalDirectory", journal.toFile());
        MojoFields.set(stats, "json", json);
        MojoFields.set(stats, "today", "2025-01-20");
        return stats;
    }
}
