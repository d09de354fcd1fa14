package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

class InitCommandTest {
    @TempDir
    Path tmp;

    /** One in-process run: exit code, standard output, standard error. */
    record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        }
    }

    @Test
    void makesAJournalAndSaysWhatToDoNext() {
        Path dir = tmp.resolve("my-journal");
        Run run = Run.of("init", dir.toString(), "--today", "2026-11-24", "--timezone", "Europe/Berlin");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Made a new journal in " + dir)
                .contains("content/wins/2026-11-24-welcome.md")
                .contains("content/reflections/2026-11-24-first-reflection.md")
                .contains("pom.xml").contains(".gitignore")
                .contains("smallwins new win").contains("smallwins build").contains("smallwins serve");
        assertThat(JournalFiles.text(dir.resolve("journal.yml"))).contains("timezone: Europe/Berlin");
    }

    @Test
    void refusesAnExistingJournalWithExitOneAndChangesNothing() {
        Path dir = JournalFiles.write(tmp.resolve("j"), "journal.yml", "title: Mine\n", "content/wins/2025-01-01-a.md", "x");
        Map<String, byte[]> before = JournalFiles.read(dir);

        Run run = Run.of("init", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("journal.yml: is already here").contains("init changed nothing");
        Map<String, byte[]> after = JournalFiles.read(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).isEqualTo(bytes));
    }

    @Test
    void aFileOnTheWayToTheFolderIsNamedInsteadOfTheSystemsNotADirectory() throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "shopping list");

        Run run = Run.of("init", notes.resolve("journal").toString(), "--today", "2026-11-24", "--timezone", "UTC");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(notes.resolve("journal") + ": cannot be made: " + notes.toAbsolutePath()
                + " is a file, not a folder").contains("Pick a folder name for the new journal.")
                .doesNotContain("Not a directory").doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("shopping list");
    }

    @Test
    void theFolderInTheNextStepsCanBePastedIntoAShell() {
        assertThat(InitCommand.shellWord("my-journal")).isEqualTo("my-journal");
        assertThat(InitCommand.shellWord("/home/ada/journal_2025")).isEqualTo("/home/ada/journal_2025");
        assertThat(InitCommand.shellWord("my j\u00f6urnal \u2600")).isEqualTo("'my j\u00f6urnal \u2600'");
        assertThat(InitCommand.shellWord("Ada's journal")).isEqualTo("'Ada'\\''s journal'");
        assertThat(InitCommand.shellWord("$HOME;rm")).isEqualTo("'$HOME;rm'");
    }

    @Test
    void aWrongTimezoneIsAUsageError() {
        Run run = Run.of("init", tmp.resolve("j").toString(), "--timezone", "Mars/Olympus");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'Mars/Olympus' is not a time zone");
        assertThat(tmp.resolve("j")).doesNotExist();

        Run slip = Run.of("init", tmp.resolve("j").toString(), "--timezone", "Europe/london");
        assertThat(slip.code()).isEqualTo(2);
        assertThat(slip.err()).contains("'Europe/london' is not a time zone: did you mean Europe/London?");
    }

    @Test
    void sourceDateEpochIsNotNeededWhenTodayIsGiven() {
        Run run = Run.of("init", tmp.resolve("j").toString(), "--today", "2025-02-03", "--timezone", "UTC");
        assertThat(run.code()).isZero();
        assertThat(tmp.resolve("j/content/wins/2025-02-03-welcome.md")).exists();
    }

    @Test
    void aFolderAmongAJournalsEntriesIsRefusedSinceItsFilesWouldBecomeEntries() {
        Path journal = tmp.resolve("j");
        assertThat(Run.of("init", journal.toString(), "--today", "2026-11-24", "--timezone", "UTC").code()).isZero();
        Path inside = journal.resolve("content/wins/nested");

        Run run = Run.of("init", inside.toString(), "--today", "2026-11-24", "--timezone", "UTC");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("is inside the entries of the journal in " + journal.toAbsolutePath().normalize())
                .contains("init changed nothing");
        assertThat(inside).doesNotExist();
    }

    @Test
    void aFolderBesideAJournalsEntriesIsStillANewJournal() {
        Path journal = tmp.resolve("j");
        assertThat(Run.of("init", journal.toString(), "--today", "2026-11-24", "--timezone", "UTC").code()).isZero();

        Run run = Run.of("init", journal.resolve("another").toString(), "--today", "2026-11-24", "--timezone", "UTC");

        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void entriesAlreadyInTheFolderOutsideContentAreSaidToBeLeftOutOfTheSite() {
        Path dir = JournalFiles.write(tmp.resolve("notes"),
                "wins/2026-01-01-walk.md", "---\ntitle: A walk\n---\n", "2026-01-02-tea.md", "Tea.\n");

        Run run = Run.of("init", dir.toString(), "--today", "2026-11-24", "--timezone", "UTC");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Not in the site: 2 Markdown files, like 2026-01-02-tea.md, outside content/,"
                + " where the journal's entries are. To keep one as an entry, move it into content/");
        assertThat(JournalFiles.text(dir.resolve("wins/2026-01-01-walk.md"))).contains("A walk");
    }
}
