package org.smallwins.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

class StagedSiteTest {
    @TempDir
    Path root;

    private Path journal;
    private Path out;
    private Path staging;

    @BeforeEach
    void makeJournal() throws IOException {
        journal = Files.createDirectories(root.resolve("journal"));
        Files.createDirectories(journal.resolve("content/wins"));
        out = journal.resolve("public");
        staging = journal.resolve(".public.smallwins-new");
    }

    private static SiteFile file(String path, String content) {
        return new SiteFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private StagedSite stage() {
        return new StagedSite(journal, out, List.of("robots.txt"));
    }

    @Test
    void pagesTakenDuringTheRenderAreOnDiskAndTheSiteIsSwappedInWhole() throws IOException {
        StagedSite staged = stage();
        assertThat(staged.expect(List.of("index.html", "2025/03/14/walk/index.html"))).isTrue();
        SiteFile home = staged.take(file("index.html", "<h1>Home</h1>"));
        SiteFile walk = staged.take(file("2025/03/14/walk/index.html", "<p>Walk</p>"));

        // Handed to the writers, and kept in memory only as a path; the output is not touched yet.
        assertThat(staging).isDirectory();
        assertThat(out).doesNotExist();
        assertThat(home.inMemory()).isFalse();

        SiteWriter.Report report = staged.finish(new Site(List.of(home, walk, file("robots.txt", "User-agent: *\n"))));
        staged.discard();

        assertThat(report).isEqualTo(new SiteWriter.Report(3, 0, 0));
        assertThat(staging).doesNotExist();
        assertThat(out.resolve("robots.txt")).hasContent("User-agent: *");
        assertThat(new String(walk.content(), StandardCharsets.UTF_8)).isEqualTo("<p>Walk</p>");
        // The marker lists every file with its fingerprint, as a site written whole would have it.
        assertThat(OutputManifest.read(out)).isEqualTo(OutputManifest.of(new Site(List.of(
                file("index.html", "<h1>Home</h1>"), file("2025/03/14/walk/index.html", "<p>Walk</p>"),
                file("robots.txt", "User-agent: *\n")))));
        assertThat(OutputFolder.foreignFiles(out)).isEmpty();
    }

    @Test
    void entryFoldersPreparedAheadAreInTheStagingFolderBeforeTheirPages() throws IOException {
        StagedSite staged = stage();
        staged.prepare(List.of("2025/03/14/walk/", "2025/03/15/tea/"));
        // Before expect(), the marker lists no file: a crash now leaves empty folders only.
        assertThat(OutputManifest.read(staging).hashes()).isEmpty();

        staged.expect(List.of("index.html", "2025/03/14/walk/index.html", "2025/03/15/tea/index.html"));
        SiteFile walk = staged.take(file("2025/03/14/walk/index.html", "<p>Walk</p>"));
        SiteFile tea = staged.take(file("2025/03/15/tea/index.html", "<p>Tea</p>"));
        SiteFile home = staged.take(file("index.html", "<h1>Home</h1>"));
        staged.finish(new Site(List.of(home, walk, tea, file("robots.txt", "User-agent: *\n"))));

        assertThat(out.resolve("2025/03/15/tea/index.html")).hasContent("<p>Tea</p>");
        assertThat(OutputManifest.read(out).hashes()).doesNotContainValue("pending").hasSize(4);
    }

    @Test
    void aFolderOutsideTheStagingFolderIsRefused() {
        StagedSite staged = stage();

        assertThatThrownBy(() -> staged.prepare(List.of("../../elsewhere"))).isInstanceOf(IllegalArgumentException.class);
        staged.discard();
        assertThat(root.resolve("elsewhere")).doesNotExist();
        assertThat(staging).doesNotExist();
    }

    @Test
    void aFailedWriteStopsTheBuildAndLeavesTheOutputAsItWas() throws IOException {
        Files.createDirectories(out.resolve("kept-empty"));
        StagedSite staged = stage();
        staged.expect(List.of("2025/03/14/walk/index.html"));
        // A file where the page's folder must go: the write cannot make the folder.
        Files.writeString(staging.resolve("2025"), "in the way");
        SiteFile walk = staged.take(file("2025/03/14/walk/index.html", "<p>Walk</p>"));

        assertThatThrownBy(() -> staged.finish(new Site(List.of(walk, file("robots.txt", "x")))))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("the site could not be written: a file is where a folder must go, at "
                        + staging.resolve("2025"))
                .hasMessageContaining("The previous site was left as it was")
                .hasMessageNotContaining("java.nio").hasMessageNotContaining("Exception");
        staged.discard();

        assertThat(staging).doesNotExist();
        assertThat(out.resolve("kept-empty")).isEmptyDirectory();
    }

    @Test
    void aStaticFileIsCopiedWhenTheSiteIsFinishedAndListedByTheHashOfItsBytes() throws IOException {
        Path robots = Files.writeString(Files.createDirectories(journal.resolve("static")).resolve("robots.txt"),
                "User-agent: *\n");
        StagedSite staged = stage();
        staged.expect(List.of("index.html"));
        SiteFile home = staged.take(file("index.html", "<h1>Home</h1>"));

        staged.finish(new Site(List.of(home, SiteFile.copyOf("robots.txt", robots, "static/robots.txt",
                Files.readAttributes(robots, BasicFileAttributes.class)))));
        staged.discard();

        assertThat(out.resolve("robots.txt")).hasContent("User-agent: *");
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME)))
                .contains(OutputManifest.hash("User-agent: *\n".getBytes(StandardCharsets.UTF_8)) + "  robots.txt\n");
    }

    @Test
    void aStaticFileRemovedBeforeItIsCopiedIsNamedAndTheOutputIsLeftAsItWas() throws IOException {
        Files.createDirectories(out.resolve("kept-empty"));
        Path robots = Files.writeString(Files.createDirectories(journal.resolve("static")).resolve("robots.txt"), "x");
        SiteFile found = SiteFile.copyOf("robots.txt", robots, "static/robots.txt",
                Files.readAttributes(robots, BasicFileAttributes.class));
        StagedSite staged = stage();
        staged.expect(List.of("index.html"));
        SiteFile home = staged.take(file("index.html", "<h1>Home</h1>"));
        Files.delete(robots);

        assertThatThrownBy(() -> staged.finish(new Site(List.of(home, found))))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("static/robots.txt").contains("was moved or deleted while the site was"
                                + " being built").endsWith("The previous site was left as it was."));
        staged.discard();

        assertThat(staging).doesNotExist();
        assertThat(out.resolve("kept-empty")).isEmptyDirectory();
    }

    @Test
    void theMarkerGoesFirstAndListsEveryPathTheBuildWillWrite() throws IOException {
        StagedSite staged = stage();
        staged.expect(List.of("index.html", "a/index.html"));

        assertThat(OutputManifest.read(staging).hashes()).containsOnlyKeys("index.html", "a/index.html", "robots.txt");
        staged.discard();
    }

    @Test
    void aFailedBuildDiscardsTheStagingFolderAndLeavesTheOutputAsItWas() throws IOException {
        Files.createDirectories(out.resolve("empty"));
        StagedSite staged = stage();
        staged.expect(List.of("index.html"));
        staged.take(file("index.html", "<h1>Home</h1>"));

        staged.discard();

        assertThat(staging).doesNotExist();
        assertThat(out.resolve("empty")).isEmptyDirectory();
        assertThatThrownBy(() -> staged.take(file("index.html", "late"))).isInstanceOf(IllegalStateException.class);
        assertThat(staging).doesNotExist();
    }

    @Test
    void whatACrashLeftIsOursAndClearedByTheNextBuild() throws IOException {
        StagedSite crashed = stage();
        crashed.expect(List.of("index.html", "2025/03/14/walk/index.html"));
        crashed.take(file("index.html", "<h1>Home</h1>"));
        // No finish, no discard: the process ended here.

        StagedSite next = stage();
        next.expect(List.of("index.html"));
        SiteFile home = next.take(file("index.html", "<h1>Home again</h1>"));
        next.finish(new Site(List.of(home, file("robots.txt", "User-agent: *\n"))));

        assertThat(out.resolve("index.html")).hasContent("<h1>Home again</h1>");
        assertThat(out.resolve("2025")).doesNotExist();
        assertThat(staging).doesNotExist();
    }

    @Test
    void aLeftoverStagingFolderHoldingAFileItsMarkerDoesNotListIsLeftAlone() throws IOException {
        StagedSite crashed = stage();
        crashed.expect(List.of("index.html"));
        Files.writeString(staging.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> stage().expect(List.of("index.html")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("interrupted build");
        assertThat(staging.resolve("notes.txt")).hasContent("mine");
        assertThat(out).doesNotExist();
    }

    @Test
    void twoFilesOnOnePathAreNotStaged() {
        StagedSite staged = stage();

        assertThat(staged.expect(List.of("index.html", "robots.txt"))).isFalse();
        assertThat(staged.isOpen()).isFalse();
        assertThat(staging).doesNotExist();
        assertThatThrownBy(() -> staged.take(file("index.html", "x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSiteThatIsNotWhatWasStagedIsNotSwappedIn() {
        StagedSite staged = stage();
        staged.expect(List.of("index.html"));
        SiteFile home = staged.take(file("index.html", "<h1>Home</h1>"));

        assertThatThrownBy(() -> staged.finish(new Site(List.of(home, file("robots.txt", "x"), file("extra.html", "x")))))
                .isInstanceOf(IllegalStateException.class);
        staged.discard();
        assertThat(out).doesNotExist();
        assertThat(staging).doesNotExist();
    }

    @Test
    void onlyAnOutputWithNoSiteOfOursIsStaged() throws IOException {
        assertThat(StagedSite.suits(out)).isTrue();
        Files.createDirectories(out);
        assertThat(StagedSite.suits(out)).isTrue();

        new SiteWriter().write(new Site(List.of(file("index.html", "<h1>Home</h1>"))), journal, out);

        assertThat(StagedSite.suits(out)).isFalse();
    }

    @Test
    void everyPageTakenIsWrittenHoweverManyAndHoweverLarge() throws IOException {
        // Pages go to the writers in groups: a last group that is not full, and pages larger than
        // a group, are written all the same.
        StagedSite staged = stage();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            paths.add("p" + i + "/index.html");
        }
        staged.expect(paths);
        List<SiteFile> taken = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            String text = i % 10 == 3 ? "x".repeat(300_000) : "<p>" + i + "</p>";
            taken.add(staged.take(file(paths.get(i), text)));
        }
        taken.add(file("robots.txt", "User-agent: *\n"));
        staged.finish(new Site(taken));

        for (int i = 0; i < 75; i++) {
            assertThat(Files.size(out.resolve(paths.get(i)))).isEqualTo(i % 10 == 3 ? 300_000 : ("<p>" + i + "</p>").length());
        }
        assertThat(OutputManifest.read(out).hashes()).hasSize(76).doesNotContainValue("pending");
    }

    @Test
    void aPageLargerThanAllTheRoomForWaitingPagesIsWrittenAfterSmallOnes() {
        // Small pages are held back to be handed over together, and hold room while they wait: a
        // page as large as all the room must not wait for them forever.
        StagedSite staged = stage();
        staged.expect(List.of("a.html", "b.html", "big.html"));
        byte[] big = new byte[17 << 20];
        Arrays.fill(big, (byte) 'x');
        List<SiteFile> taken = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            taken.add(staged.take(file("a.html", "<p>a</p>")));
            taken.add(staged.take(file("b.html", "<p>b</p>")));
            taken.add(staged.take(new SiteFile("big.html", big)));
        });
        staged.finish(new Site(List.of(taken.get(0), taken.get(1), taken.get(2), file("robots.txt", "x"))));

        assertThat(out.resolve("a.html")).hasContent("<p>a</p>");
        assertThat(out.resolve("big.html")).hasSize(big.length);
    }
}
