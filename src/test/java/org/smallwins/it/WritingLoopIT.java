package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;

/** The writing loop as a user meets it, with the real jar: init, new, build, check. */
class WritingLoopIT {
    @TempDir
    Path tmp;

    @Test
    void initThenNewThenBuildShowsTheWinOnTheSite() throws Exception {
        Cli.Run init = Cli.run(tmp, "init", "journal", "--today", "2026-11-24", "--timezone", "UTC");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Made a new journal in journal").contains("smallwins new win");
        Path journal = tmp.resolve("journal");

        Cli.Run win = Cli.run(journal, "new", "win", "Drank a glass of water", "--today", "2026-11-24");
        assertThat(win.exitCode()).as(win.err()).isZero();
        assertThat(win.out().strip()).isEqualTo("content/wins/2026-11-24-drank-a-glass-of-water.md");

        Cli.Run again = Cli.run(journal, "new", "win", "Drank a glass of water", "--today", "2026-11-24");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().strip()).isEqualTo("content/wins/2026-11-24-drank-a-glass-of-water-2.md");
        assertThat(journal.resolve("content/wins/2026-11-24-drank-a-glass-of-water.md")).exists();

        Cli.Run check = Cli.run(journal, "check", "--today", "2026-11-24");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("Checked 4 entries: all good.");

        Cli.Run build = Cli.run(journal, "build", "--today", "2026-11-24");
        assertThat(build.exitCode()).as(build.err()).isZero();
        Path site = journal.resolve("public");
        assertThat(JournalFiles.text(site.resolve("2026/11/24/drank-a-glass-of-water/index.html")))
                .contains("Drank a glass of water");
        assertThat(JournalFiles.text(site.resolve("index.html"))).contains("Drank a glass of water");
        assertThat(site.resolve("2026/11/24/drank-a-glass-of-water-2/index.html")).exists();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void initOnAnExistingJournalRefusesAndChangesNothing() throws Exception {
        assertThat(Cli.run(tmp, "init", "journal", "--today", "2026-11-24").exitCode()).isZero();
        Path journal = tmp.resolve("journal");
        JournalFiles.write(journal, "journal.yml", "title: Robin's small wins\n");
        Map<String, byte[]> before = JournalFiles.read(journal);

        Cli.Run again = Cli.run(tmp, "init", "journal", "--today", "2026-12-01");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("journal.yml: is already here").doesNotContain("Exception");
        Map<String, byte[]> after = JournalFiles.read(journal);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void checkFindsABrokenLinkAndAMissingImageByFileAndLine() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "static/images/sun.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                "content/wins/2026-11-20-walk.md", "---\ntitle: Walk\n---\nA short walk.\n\n"
                        + "Like [the first one](2026-11-01-first-walk.md).\n\n![The park](/images/park.jpg)\n"
                        + "![The sun](/images/sun.svg)\n");

        Cli.Run check = Cli.run(journal, "check");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out())
                .contains("content/wins/2026-11-20-walk.md:6: the link to '2026-11-01-first-walk.md' leads nowhere")
                .contains("content/wins/2026-11-20-walk.md:8: '/images/park.jpg' is not in static/")
                .doesNotContain("sun.svg")
                .contains("Checked 1 entry: 2 problems to fix.");
        assertThat(check.err()).doesNotContain("Exception");
        assertThat(journal.resolve("public")).doesNotExist();
    }
}
