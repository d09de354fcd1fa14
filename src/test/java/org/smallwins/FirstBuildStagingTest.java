package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;
import org.smallwins.write.OutputLock;

/**
 * A build into an output folder that holds no site yet writes each page to disk as it is
 * rendered (see org.smallwins.write.StagedSite): the same site as one rendered in memory, and the
 * same safety when something fails.
 */
class FirstBuildStagingTest {
    @TempDir
    Path tmp;

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [outside]\n---\nA walk.\n",
                "content/reflections/2025-01-02-quiet.md", "---\ntitle: Quiet\n---\nA quiet day.\n",
                "static/images/sun.svg", "<svg/>");
    }

    private static BuildRequest request(Path journal, Path out) {
        return BuildRequest.of(journal, out).withToday(SmallwinsBuildTest.TODAY);
    }

    /** Folders beside the output: a staging or retired folder left there would be one of them. */
    private String[] besideTheOutput() throws IOException {
        try (Stream<Path> listed = Files.list(tmp)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aFirstBuildWritesTheSiteARenderInMemoryMakesKeepingOnlyPathsOfItsPages() {
        Path journal = journal();
        Path out = tmp.resolve("site");

        BuildResult built = new Smallwins().build(request(journal, out));
        Site inMemory = new Smallwins().render(request(journal, tmp.resolve("unused"))).site();

        assertThat(built.written()).isEqualTo(inMemory.files().size());
        assertThat(built.site().files()).extracting(SiteFile::path)
                .containsExactlyElementsOf(inMemory.files().stream().map(SiteFile::path).toList());
        Map<String, byte[]> onDisk = JournalFiles.read(out);
        for (SiteFile file : inMemory.files()) {
            assertThat(onDisk.get(file.path())).as(file.path()).isEqualTo(file.content());
        }
        SiteFile page = built.site().file("2025/01/01/walk/index.html").orElseThrow();
        assertThat(page.inMemory()).as("a page written as it was rendered").isFalse();
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).contains("A walk.");
        SiteFile fromStatic = built.site().file("images/sun.svg").orElseThrow();
        assertThat(fromStatic.inMemory()).as("a file of static/, read only while copied").isFalse();
        assertThat(fromStatic.isCopy()).isTrue();
    }

    @Test
    void aTemplateErrorLeavesNoOutputAndNoStagingFolder() throws IOException {
        Path journal = journal();
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<p>\n${entry.nothingHere}</p>\n");

        assertThatThrownBy(() -> new Smallwins().build(request(journal, tmp.resolve("site"))))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("entry.nothingHere");

        // Only the lock file that a build holds while it writes (see OutputLock) stays.
        assertThat(besideTheOutput()).containsExactly(".site.smallwins-lock", "journal");
    }

    @Test
    void aStaticFileOnAPagesPathStopsTheBuildBeforeAnythingIsWritten() throws IOException {
        Path journal = journal();
        JournalFiles.write(journal, "static/index.html", "<p>mine</p>");

        assertThatThrownBy(() -> new Smallwins().build(request(journal, tmp.resolve("site"))))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("static/index.html: has the same path as a page");

        // Only the lock file that a build holds while it writes (see OutputLock) stays.
        assertThat(besideTheOutput()).containsExactly(".site.smallwins-lock", "journal");
    }

    @Test
    void aBuildWhileAnotherWritesTheSameSiteStopsBeforeTouchingItAndOneWithErrorsNeverLocks() throws IOException {
        Path journal = journal();
        Path out = tmp.resolve("site");
        new Smallwins().build(request(journal, out));
        Map<String, byte[]> before = JournalFiles.read(out);
        JournalFiles.write(journal, "content/wins/2025-01-03-tea.md", "---\ntitle: Tea\n---\nTea.\n");

        try (OutputLock other = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> new Smallwins().build(request(journal, out)))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining(out + ": another Smallwins build is writing this site right now");
            // Front-matter errors are found before the lock is asked for: they are what the writer sees.
            JournalFiles.write(journal, "content/wins/2025-01-04-bad.md", "---\ntitle: [Bad\n---\nBad.\n");
            assertThatThrownBy(() -> new Smallwins().build(request(journal, out)))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("2025-01-04-bad.md")
                    .hasMessageNotContaining("another Smallwins build");
            Files.delete(journal.resolve("content/wins/2025-01-04-bad.md"));
        }
        assertThat(JournalFiles.read(out)).containsOnlyKeys(before.keySet());

        // Let go, by this build and by one that failed while rendering: the next build writes.
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<p>\n${entry.nothingHere}</p>\n");
        assertThatThrownBy(() -> new Smallwins().build(request(journal, out))).isInstanceOf(JournalException.class);
        Files.delete(journal.resolve("themes/default/templates/entry.ftlh"));
        BuildResult after = new Smallwins().build(request(journal, out));
        assertThat(after.written()).isPositive();
        assertThat(out.resolve("2025/01/03/tea/index.html")).exists();
    }

    @Test
    void anEmptyOutputFolderIsReplacedByTheSite() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("site/left/empty"));

        new Smallwins().build(request(journal(), tmp.resolve("site")));

        assertThat(tmp.resolve("site/index.html")).exists();
        assertThat(tmp.resolve("site/left")).doesNotExist();
        assertThat(out).doesNotExist();
        assertThat(besideTheOutput()).containsExactly(".site.smallwins-cache", ".site.smallwins-lock", "journal", "site");
    }

    @Test
    void theSameInstanceBuildingAgainReusesThePagesItWrote() {
        Path journal = journal();
        Path out = tmp.resolve("site");
        Smallwins smallwins = new Smallwins();
        smallwins.build(request(journal, out));

        BuildResult again = smallwins.build(request(journal, out));

        assertThat(again.written()).isZero();
        assertThat(smallwins.lastPagesRendered()).isZero();
    }

    @Test
    void theSameInstanceBuildingAgainRendersAPageEditedByHandSinceItWroteIt() throws IOException {
        Path journal = journal();
        Path out = tmp.resolve("site");
        Smallwins smallwins = new Smallwins();
        smallwins.build(request(journal, out));
        Path page = out.resolve("2025/01/01/walk/index.html");
        byte[] rendered = Files.readAllBytes(page);
        Files.writeString(page, "edited by hand");

        BuildResult restored = smallwins.build(request(journal, out));

        assertThat(page).hasBinaryContent(rendered);
        assertThat(restored.written()).isEqualTo(1);
        assertThat(smallwins.lastPagesRendered()).isEqualTo(1);
    }

    @Test
    void aBuildWithTheCacheOfASiteSinceDeletedRendersEveryPageAgain() throws IOException {
        Path journal = journal();
        Path out = tmp.resolve("site");
        new Smallwins().build(request(journal, out));
        Map<String, byte[]> first = JournalFiles.read(out);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        Smallwins next = new Smallwins();
        next.build(request(journal, out));

        assertThat(next.lastPagesRendered()).isPositive();
        Map<String, byte[]> second = JournalFiles.read(out);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
