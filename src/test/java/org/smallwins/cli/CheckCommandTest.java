package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.check.FrontMatterSchema;
import org.smallwins.cli.InitCommandTest.Run;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFreshJournalIsAllGood() {
        Path dir = tmp.resolve("j");
        Run.of("init", dir.toString(), "--today", "2026-11-24", "--timezone", "UTC");

        Run run = Run.of("check", dir.toString(), "--today", "2026-11-24");

        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).isEqualTo("Checked 2 entries: all good." + System.lineSeparator());
    }

    @Test
    void problemsExitOneEachAsPathLineMessage() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\n[gone](gone.md)\n\n![x](/images/x.png)\n");

        Run run = Run.of("check", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:3: mood: '9' is not allowed"),
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:5: the link to 'gone.md' leads nowhere"),
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:7: '/images/x.png' is not in static/"),
                l -> assertThat(l).isEqualTo("Checked 1 entry: 3 problems to fix."));
    }

    @Test
    void aBodyNestedTooDeeplyIsAProblemOnItsLineBesideTheOthers() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\nfine\n",
                "content/wins/2025-01-02-b.md", "---\ntitle: B\n---\nIntro.\n\n" + ">".repeat(300) + " deep\n");

        Run run = Run.of("check", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:3: mood: '9' is not allowed"),
                l -> assertThat(l).startsWith("content/wins/2025-01-02-b.md:6: the text is nested more than 100 levels deep"),
                l -> assertThat(l).isEqualTo("Checked 2 entries: 2 problems to fix."));
        assertThat(run.out()).doesNotContain("StackOverflowError");
    }

    @Test
    void aLinkToNoPathAFileCanHaveIsAProblemOnItsLineBesideTheOthers() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\nfine\n",
                "content/wins/2025-01-02-l.md", "---\ntitle: L\n---\n[nul](a%00b.md)\n\n[esc](x%1Bb.png)\n");

        Run run = Run.of("check", dir.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-01-01-a.md:3: mood: '9' is not allowed"),
                l -> assertThat(l).isEqualTo("content/wins/2025-01-02-l.md:4: 'a%00b.md' is not a path a file can"
                        + " have: it holds a character no file name may (like %00). Correct the link."),
                l -> assertThat(l).startsWith("content/wins/2025-01-02-l.md:6: 'x%1Bb.png' leads nowhere: there is no"
                        + " content/wins/x\\u001Bb.png."),
                l -> assertThat(l).isEqualTo("Checked 2 entries: 3 problems to fix."));
        assertThat(run.out() + run.err()).doesNotContain("\0").doesNotContain("\u001B").doesNotContain("Exception");
    }

    @Test
    void warningsAloneExitZero() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\ncadence: daily\n---\n");

        Run run = Run.of("check", dir.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("content/wins/2025-01-01-a.md:3: warning: cadence:")
                .contains("Checked 1 entry: nothing to fix, 1 warning worth a look.");
    }

    @Test
    void schemaGoesToStandardOutput() {
        Run run = Run.of("check", "--schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{").contains(FrontMatterSchema.TITLE).contains("\"mood\"");
    }

    @Test
    void quietPrintsOnlyProblemsAndTheirCount() {
        Path dir = tmp.resolve("j");
        Run.of("init", dir.toString(), "--today", "2026-11-24", "--timezone", "UTC");

        Run clean = Run.of("check", dir.toString(), "--today", "2026-11-24", "-q");
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();

        JournalFiles.write(dir, "content/wins/2026-11-24-b.md", "---\nmood: 9\n---\n");
        Run bad = Run.of("check", dir.toString(), "--today", "2026-11-24", "--quiet");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2026-11-24-b.md:2: mood: '9' is not allowed"),
                l -> assertThat(l).isEqualTo("Checked 3 entries: 1 problem to fix."));
    }

    @Test
    void aFolderOfEntriesIsRefusedWithTheJournalNamedAndNothingElse() {
        Path dir = tmp.resolve("journal");
        Run.of("init", dir.toString(), "--today", "2026-11-24", "--timezone", "UTC");
        JournalFiles.write(dir, "content/wins/2026-11-25-b.md", "---\ngoal: walk\n---\n[a](../reflections/x.md)\n");

        Run run = Run.of("check", dir.resolve("content/wins").toString(), "--today", "2026-11-24");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith(dir.resolve("content/wins").toAbsolutePath() + ": is inside the journal in "),
                l -> assertThat(l).isEqualTo("1 problem to fix."));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void schemaToAFileReplacesOnlyItsOwnFile() {
        Path file = tmp.resolve("editor/smallwins.schema.json");
        assertThat(Run.of("check", "--schema", file.toString()).code()).isZero();
        assertThat(JournalFiles.text(file)).contains(FrontMatterSchema.TITLE);
        assertThat(Run.of("check", "--schema=" + file).code()).isZero();

        Path other = JournalFiles.write(tmp, "settings.json", "{\"mine\": true}").resolve("settings.json");
        Run refused = Run.of("check", "--schema", other.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("is not a schema Smallwins wrote").contains("Pass another file name");
        assertThat(other).hasContent("{\"mine\": true}");
    }

    @Test
    void aSchemaPathThatIsAFolderOrCannotBeWrittenIsACommandLineMistakeSaidPlainly() {
        Run folder = Run.of("check", "--schema", tmp.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith("--schema: '" + tmp + "' is a folder. Pass the file to write, like "
                + tmp.resolve("smallwins-front-matter.schema.json")).doesNotContain("problem to fix");

        Path blocked = JournalFiles.write(tmp, "file", "x").resolve("file");
        Run unwritable = Run.of("check", "--schema", blocked.resolve("x.json").toString());
        assertThat(unwritable.code()).isEqualTo(2);
        assertThat(unwritable.err()).startsWith("--schema: cannot write '" + blocked.resolve("x.json") + "': the folder "
                + blocked + " cannot be made here. Pass a file in a folder you can write to")
                .doesNotContain("Exception").doesNotContain("smallwins: ");
    }

    @Test
    void aJournalFolderThatIsNotThereOrADayNoJournalHasIsACommandLineMistake() {
        Run nowhere = Run.of("check", tmp.resolve("nonexist").toString());
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).startsWith(tmp.resolve("nonexist") + ": is not a folder. Pass your journal folder")
                .contains("See 'smallwins check --help'").doesNotContain("problem to fix");

        Path dir = JournalFiles.write(tmp.resolve("j"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\n");
        Run longAgo = Run.of("check", dir.toString(), "--today", "1800-01-01");
        assertThat(longAgo.code()).isEqualTo(2);
        assertThat(longAgo.err()).startsWith("--today 1800-01-01 is not a day a journal can have: use one from 1900 to 2999")
                .doesNotContain("problem to fix");
    }

    @Test
    void schemaNeverGoesIntoAnEntry() {
        Path entry = JournalFiles.write(tmp, "content/wins/a.md", "---\ntitle: A\n---\n").resolve("content/wins/a.md");
        Run run = Run.of("check", "--schema", entry.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(entry).hasContent("---\ntitle: A\n---\n");
    }

    @Test
    void linksToTheSitesPagesPassAndDeadOnesAreProblems() {
        Path dir = tmp.resolve("j");
        Run.of("init", dir.toString(), "--today", "2025-03-01", "--timezone", "UTC");
        JournalFiles.write(dir, "content/wins/2025-03-07-l.md",
                "---\ntitle: L\n---\n[s](/support/) [p](/progress/) [t](/tags/nosuchtag/) [y](/2025/13/99/nothing/)\n");

        Run run = Run.of("check", dir.toString(), "--today", "2025-04-01");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("'/support/'").doesNotContain("'/progress/'");
        assertThat(run.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("content/wins/2025-03-07-l.md:4: '/2025/13/99/nothing/' leads to a page "
                        + "the site does not have"),
                l -> assertThat(l).startsWith("content/wins/2025-03-07-l.md:4: '/tags/nosuchtag/' leads to a page the "
                        + "site does not have: no entry on the site has the tag 'nosuchtag'."),
                l -> assertThat(l).isEqualTo("Checked 3 entries: 2 problems to fix."));
    }
}
