package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/**
 * {@code statsFile} replaces a file that is already there only when it is stats written before: a
 * mistyped name wrote the summary over whatever file it named.
 */
class StatsFileReplaceTest {
    @TempDir
    Path tmp;

    @Test
    void statsWrittenBeforeInEitherFormIsReplaced() throws Exception {
        Path journal = journal();
        Path file = journal.resolve("target/stats.json");
        stats(journal, file, "true", "2025-01-20").execute();
        assertThat(Files.readString(file)).startsWith("{\n  \"version\": 1,\n  \"today\": \"2025-01-20\",\n");

        stats(journal, file, "false", "2025-01-20").execute();
        assertThat(Files.readString(file)).startsWith("Look how far you've come" + System.lineSeparator());

        stats(journal, file, "true", "2025-01-21").execute();
        assertThat(Files.readString(file)).contains("\"today\": \"2025-01-21\"");
    }

    @Test
    void anyOtherFileIsRefusedWithWhatToDoAndLeftByteForByte() throws Exception {
        Path journal = journal();
        String[] notStats = {"my notes\n", "{}", "", "{\n  \"name\": \"mine\",\n  \"today\": \"2025-01-20\",\n}\n",
                "{\n  \"version\": 1,\n  \"name\": \"mine\"\n}\n", "Look how far you've come, I told myself.\n",
                "\uFEFFLook how far you've come\n"};
        for (String content : notStats) {
            Path file = journal.resolve("target/notes.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            MojoFailureException e = catchThrowableOfType(stats(journal, file, "false", "2025-01-20")::execute,
                    MojoFailureException.class);
            assertThat(e).as(content).isNotNull();
            assertThat(e.getMessage()).as(content).isEqualTo("statsFile: target/notes.txt is already there and holds"
                    + " something other than stats Smallwins wrote (those begin with \"Look how far you've come\", or"
                    + " with a \"version\" and a \"today\" line), so it is left as it was. Name a new file, like"
                    + " target/stats.json (-Dsmallwins.statsFile=target/stats.json, or <statsFile>target/stats.json"
                    + "</statsFile> in the plugin's configuration), or move that one away if you no longer need it;"
                    + " nothing was written.");
            assertThat(Files.readAllBytes(file)).as(content).isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void earlierStatsWithWindowsLineEndsAreStillRecognised() throws Exception {
        Path summary = Files.writeString(tmp.resolve("summary.txt"), "Look how far you've come\r\n\r\nYou started...");
        Path json = Files.writeString(tmp.resolve("stats.json"),
                "{\r\n  \"version\": 2,\r\n  \"today\": \"2025-01-20\",\r\n  \"locale\": \"en\"\r\n}\r\n");
        assertThat(EarlierStats.recognised(summary)).isTrue();
        assertThat(EarlierStats.recognised(json)).isTrue();
    }

    @Test
    void aFileThatCannotBeReadIsLeftAsItIsSayingWhy() throws Exception {
        Path journal = journal();
        Path file = Files.writeString(journal.resolve("locked.txt"), "mine\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeFalse(Files.isReadable(file), "this account reads any file");
        MojoFailureException e = catchThrowableOfType(stats(journal, file, "false", "2025-01-20")::execute,
                MojoFailureException.class);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("statsFile: locked.txt is already there and cannot be read (")
                .contains("leaves it as it was").endsWith("nothing was written.");
        assertThat(Files.readString(file)).isEqualTo("mine\n");
    }

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\ndate: 2025-01-06\n---\nWalked.\n");
    }

    private static StatsMojo stats(Path journal, Path file, String json, String today) {
        StatsMojo stats = new StatsMojo();
        MojoFields.set(stats, "journalDirectory", journal.toFile());
        MojoFields.set(stats, "statsFile", file.toString());
        MojoFields.set(stats, "json", json);
        MojoFields.set(stats, "today", today);
        return stats;
    }
}
