package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/**
 * The stats goal's {@code statsFile}: an empty {@code -Dsmallwins.statsFile=} was a File Maven made the
 * pom's folder, refused as "a folder", one the writer never named.
 */
class StatsFileParameterTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyStatsFileIsRefusedSayingSoAndWhatToGiveAndNothingIsWrittenOrPrinted() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\ndate: 2025-01-06\n---\nWalked.\n");
        List<Path> before = files(journal);
        for (String forceStdout : new String[] {"false", "true"}) {
            for (String empty : new String[] {"", "  "}) {
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                StatsMojo stats = new StatsMojo();
                MojoFields.set(stats, "journalDirectory", journal.toFile());
                MojoFields.set(stats, "basedir", journal.toFile());
                MojoFields.set(stats, "json", "false");
                MojoFields.set(stats, "forceStdout", forceStdout);
                MojoFields.set(stats, "today", "2025-01-20");
                MojoFields.set(stats, "statsFile", empty);
                stats.stdout = new PrintStream(printed, true, StandardCharsets.UTF_8);
                MojoFailureException e = catchThrowableOfType(stats::execute, MojoFailureException.class);
                String as = "forceStdout " + forceStdout + ", '" + empty + "'";
                assertThat(e).as(as).isNotNull();
                assertThat(e.getMessage()).as(as)
                        .isEqualTo("statsFile: no file is given (-Dsmallwins.statsFile= with nothing after it), so"
                                + " Smallwins does not know where to write the stats; nothing was written. Name a file,"
                                + " like -Dsmallwins.statsFile=target/stats.json, or leave statsFile out to see the"
                                + " stats in the build log.");
                assertThat(printed.size()).as(as).isZero();
            }
        }
        assertThat(files(journal)).isEqualTo(before);
    }

    @Test
    void noStatsFileMeansTheLogAndARelativeOneIsTakenFromThePomsFolder() throws MojoFailureException {
        Path pomFolder = tmp.resolve("journal");
        assertThat(StatsMojo.statsFile(pomFolder.toFile(), null)).isNull();
        assertThat(StatsMojo.statsFile(pomFolder.toFile(), "target/stats.json"))
                .isEqualTo(pomFolder.resolve("target/stats.json"));
        assertThat(StatsMojo.statsFile(pomFolder.toFile(), "../stats.json")).isEqualTo(tmp.resolve("stats.json"));
        assertThat(StatsMojo.statsFile(pomFolder.toFile(), tmp.resolve("elsewhere.json").toString()))
                .isEqualTo(tmp.resolve("elsewhere.json"));
    }

    @Test
    void aRelativeStatsFileIsWrittenInThePomsFolder() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\ndate: 2025-01-06\n---\nWalked.\n");
        StatsMojo stats = new StatsMojo();
        MojoFields.set(stats, "journalDirectory", journal.toFile());
        MojoFields.set(stats, "basedir", journal.toFile());
        MojoFields.set(stats, "json", "false");
        MojoFields.set(stats, "forceStdout", "false");
        MojoFields.set(stats, "today", "2025-01-20");
        MojoFields.set(stats, "statsFile", "target/stats.txt");
        stats.execute();
        assertThat(journal.resolve("target/stats.txt")).content(StandardCharsets.UTF_8)
                .startsWith("Look how far you've come");
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }
}
