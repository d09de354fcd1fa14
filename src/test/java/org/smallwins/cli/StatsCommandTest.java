package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.cli.InitCommandTest.Run;

/**
 * {@code smallwins stats} on real journal folders. The fixture under {@code stats/journal/} is compared
 * with {@code stats/expected.json} and {@code stats/expected.txt}; run with {@code -Dgolden.update=true}
 * to rewrite them after an intended change, then review the diff.
 */
class StatsCommandTest {
    static final Path STATS = Path.of("src/test/resources/stats");
    static final String TODAY = "2025-02-28";

    @TempDir
    Path tmp;

    @Test
    void aBadEntryIsAProblemToFixWithoutTalkOfWriting() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\n");

        Run run = Run.of("stats", dir.toString(), "--today", TODAY);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:3: mood: '9' is not allowed"),
                l -> assertThat(l).isEqualTo("1 problem to fix."));
    }

    @Test
    void aThemeWithoutItsFolderDoesNotStopStatsWhichRendersNoPage() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "theme: paper\n",
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n");

        Run run = Run.of("stats", dir.toString(), "--today", TODAY);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 win");
        // A build of the same journal stops for it.
        assertThat(Run.of("build", dir.toString(), "--today", TODAY).err())
                .contains("journal.yml:1: theme: there is no folder themes/paper/");
    }

    @Test
    void aFolderWithNothingOfAJournalIsRefusedAsBuildRefusesIt() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("not-a-journal"));

        Run run = Run.of("stats", empty.toString(), "--today", TODAY);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("Nothing here yet");
        String error = "is not a journal folder: it has no journal.yml, no content/ folder and no entries";
        assertThat(run.err()).contains(empty.toAbsolutePath().normalize() + ": " + error);
        // In the words and on the stream of build, which writes nothing there.
        Run build = Run.of("build", empty.toString(), "--today", TODAY);
        assertThat(build.code()).isEqualTo(1);
        assertThat(build.err().lines().filter(l -> l.contains(error))).containsExactly(
                run.err().lines().filter(l -> l.contains(error)).findFirst().orElseThrow());
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        Run run = Run.of("stats", STATS.resolve("journal").toString(), "--json", "--today", TODAY);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertGolden(STATS.resolve("expected.json"), run.out());
    }

    @Test
    void summaryMatchesTheGoldenFile() throws IOException {
        Run run = Run.of("stats", STATS.resolve("journal").toString(), "--today", TODAY);

        assertThat(run.code()).as(run.err()).isZero();
        assertGolden(STATS.resolve("expected.txt"), run.out());
    }

    @Test
    void draftsAndPrivateEntriesCountOnlyWhenAskedFor() {
        String dir = STATS.resolve("journal").toString();
        String published = Run.of("stats", dir, "--json", "--today", TODAY).out();
        String everything = Run.of("stats", dir, "--json", "--today", TODAY, "--drafts", "--private").out();

        assertThat(published).contains("\"entries\": 23,\n    \"wins\": 16,").doesNotContain("Just for me");
        assertThat(everything).contains("\"entries\": 25,\n    \"wins\": 18,").contains("Just for me");
    }

    @Test
    void oneWinIsOneWin() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");

        Run run = Run.of("stats", dir.toString(), "--today", "2025-01-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("You started today, January 1, 2025.")
                .contains("You showed up on 1 day, in 1 week.")
                .contains("1 win.")
                .contains("1 milestone:")
                .contains("Your first win")
                .doesNotContain("1 wins").doesNotContain("failed").doesNotContain("broken");
    }

    @Test
    void numbersAndDatesFollowTheJournalLocale() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "locale: de-DE\n",
                "content/wins/2024-01-01-a.md", "---\ntitle: A\n---\n",
                "content/wins/2024-01-03-b.md", "---\ntitle: B\nmood: 4\n---\n");

        Run run = Run.of("stats", dir.toString(), "--today", "2026-12-31");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("1. Januar 2024").contains("1.095 days ago")
                .contains("2 wins (0,5 a week), average mood 4,0.");
    }

    @Test
    void anEmptyJournalIsAWarmStart() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "title: New\n");

        Run text = Run.of("stats", dir.toString(), "--today", "2025-01-01");
        Run json = Run.of("stats", dir.toString(), "--today", "2025-01-01", "--json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Nothing here yet");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"wins\": 0,").doesNotContain("firstEntry").doesNotContain("null");
    }

    @Test
    void journalProblemsExitOneAsForBuild() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\n");

        Run run = Run.of("stats", dir.toString(), "--json");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("content/wins/2025-01-01-a.md:3: mood: '9' is not allowed");
    }

    @Test
    void aFolderThatIsNotThereIsACommandLineMistake() {
        Run run = Run.of("stats", tmp.resolve("nowhere").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not a folder. Pass your journal folder").doesNotContain("problem to fix");
    }

    @Test
    void aDayNoJournalHasIsACommandLineMistake() {
        Run run = Run.of("stats", STATS.resolve("journal").toString(), "--today", "1800-01-01");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("--today 1800-01-01 is not a day a journal can have").doesNotContain("problem to fix");
    }

    @Test
    void aDateThatIsNotADateIsBadUsage() {
        assertThat(Run.of("stats", ".", "--today", "tomorrow").code()).isEqualTo(2);
    }

    private static void assertGolden(Path expected, String actual) throws IOException {
        String text = actual.replace(System.lineSeparator(), "\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
            return;
        }
        assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
