package org.smallwins.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

class SiteWriterTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path root;

    private Path journal;
    private Path out;
    private final SiteWriter writer = new SiteWriter();

    @BeforeEach
    void makeJournal() throws IOException {
        journal = Files.createDirectories(root.resolve("journal"));
        Files.createDirectories(journal.resolve("content/wins"));
        Files.writeString(journal.resolve("content/wins/2025-03-14-walk.md"), "A walk.\n");
        Files.createDirectories(journal.resolve("static"));
        Files.writeString(journal.resolve("static/robots.txt"), "User-agent: *\n");
        out = journal.resolve("public");
    }

    private static SiteFile file(String path, String content) {
        return new SiteFile(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Site site(SiteFile... files) {
        return new Site(List.of(files));
    }

    private static Site twoFiles() {
        return site(file("index.html", "<h1>Home</h1>"), file("2025/03/14/walk/index.html", "<p>Walk</p>"));
    }

    private static Map<String, Object> snapshot(Path folder) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), List.of(Files.readString(p), Files.getLastModifiedTime(p)));
            }
        }
        return files;
    }

    private static Object inode(Path p) throws IOException {
        try {
            return Files.getAttribute(p, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void ageAllFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }

    private List<String> journalEntries() throws IOException {
        try (Stream<Path> list = Files.list(journal)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // --- where a site may go ---

    @Test
    void refusesOutputThatIsTheJournal() throws IOException {
        Map<String, Object> before = snapshot(journal);

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, journal))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is the journal folder itself");
        assertThat(snapshot(journal)).isEqualTo(before);
    }

    @Test
    void refusesOutputThatIsTheJournalWrittenWithDotDot() throws IOException {
        Map<String, Object> before = snapshot(journal);

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, journal.resolve("content/..")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is the journal folder itself");
        assertThat(snapshot(journal)).isEqualTo(before);
    }

    @Test
    void refusesOutputThatContainsTheJournal() throws IOException {
        Map<String, Object> before = snapshot(root);

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, root))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("contains the journal");
        assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void refusesOutputInsideContent() {
        Path inside = journal.resolve("content/site");

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, inside))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("content/ folder");
        assertThat(inside).doesNotExist();
    }

    @Test
    void refusesOutputThatIsTheStaticFolder() throws IOException {
        Map<String, Object> before = snapshot(journal.resolve("static"));

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, journal.resolve("static")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("static/ folder");
        assertThat(snapshot(journal.resolve("static"))).isEqualTo(before);
    }

    @Test
    void refusesOutputDeepInsideStatic() {
        Path inside = journal.resolve("static/a/b");

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, inside))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("static/ folder");
        assertThat(inside).doesNotExist();
    }

    @Test
    void aFolderMerelyNamedLikeContentBesideTheJournalIsFine() {
        Path beside = root.resolve("content-site");

        SiteWriter.Report report = writer.write(twoFiles(), journal, beside);

        assertThat(report.written()).isEqualTo(2);
        assertThat(beside.resolve("index.html")).hasContent("<h1>Home</h1>");
    }

    @Test
    void refusesANonEmptyFolderWithoutTheMarkerAndLeavesItsFilesUntouched() throws IOException {
        Files.createDirectories(out.resolve("photos"));
        Files.writeString(out.resolve("notes.txt"), "my notes");
        Files.writeString(out.resolve("photos/cat.jpg"), "cat");
        Map<String, Object> before = snapshot(out);
        List<String> journalBefore = journalEntries();

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, out))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("holds files Smallwins did not make")
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("photos/cat.jpg");
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(journalEntries()).isEqualTo(journalBefore);
    }

    @Test
    void refusesAFolderOfOursWithAForeignFileAndLeavesEverythingUntouched() throws IOException {
        writer.write(twoFiles(), journal, out);
        Files.writeString(out.resolve("mine.txt"), "keep me");
        Map<String, Object> before = snapshot(out);

        assertThatThrownBy(() -> writer.write(site(file("index.html", "<h1>New</h1>")), journal, out))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("mine.txt")
                .satisfies(e -> assertThat(((JournalException) e).problems()).hasSize(1));
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(out.resolve("mine.txt")).hasContent("keep me");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../content/wins/2025-03-14-walk.md", "../../victim.txt", "/ABSOLUTE/victim.txt",
            "a/../../victim.txt", "./index.html", "no-fingerprint"})
    void aMarkerListingAPathNoBuildWroteStopsTheBuildAndNothingIsDeleted(String listed) throws IOException {
        writer.write(twoFiles(), journal, out);
        Path victim = Files.writeString(root.resolve("victim.txt"), "mine");
        String line = listed.equals("no-fingerprint") ? listed
                : "0000000000000000-1  " + listed.replace("/ABSOLUTE", root.toString());
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), line + "\n", StandardOpenOption.APPEND);
        Map<String, Object> before = snapshot(root);

        assertThatThrownBy(() -> writer.write(site(file("index.html", "<h1>New</h1>")), journal, out))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("holds a damaged marker file")
                .hasMessageContaining(".smallwins-output line 4")
                .hasMessageContaining("Smallwins deletes nothing there");
        assertThat(snapshot(root)).isEqualTo(before);
        assertThat(victim).hasContent("mine");
        assertThat(journal.resolve("content/wins/2025-03-14-walk.md")).exists();
    }

    @Test
    void refusesOutputThatReachesContentThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("link-to-content"), journal.resolve("content"));
        Map<String, Object> before = snapshot(journal);

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, link.resolve("site")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("content/ folder");
        assertThat(snapshot(journal)).isEqualTo(before);
        assertThat(journal.resolve("content/site")).doesNotExist();
    }

    @Test
    void refusesOutputInsideContentWhenTheJournalIsReachedThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("journal-link"), journal);

        assertThatThrownBy(() -> writer.write(twoFiles(), link, journal.resolve("content/site")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("content/ folder");
        assertThat(journal.resolve("content/site")).doesNotExist();
    }

    @Test
    void refusesOutputInsideAContentFolderThatIsALinkToElsewhere() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("synced/content"));
        Files.move(journal.resolve("content/wins"), elsewhere.resolve("wins"));
        Files.delete(journal.resolve("content"));
        Files.createSymbolicLink(journal.resolve("content"), elsewhere);

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, elsewhere.resolve("site")))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("content/ folder");
        assertThat(elsewhere.resolve("site")).doesNotExist();
    }

    @Test
    void refusesAFileAsOutput() throws IOException {
        Path file = Files.writeString(root.resolve("site.txt"), "text");

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, file))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("is a file");
        assertThat(file).hasContent("text");
    }

    @Test
    void acceptsAnEmptyExistingFolder() throws IOException {
        Files.createDirectories(out);

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(2, 0, 0));
    }

    @Test
    void aFolderOfOnesOwnInAFolderThisAccountMayNotWriteInIsBuiltInPlace() throws IOException {
        // Root writes anywhere whatever the mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        // As docs/privacy.md's home server: /srv is root's, /srv/journal is the writer's. A build
        // staged its site in /srv beside the folder, and failed with "may not write there".
        Path srv = Files.createDirectories(root.resolve("srv"));
        Path site = Files.createDirectories(srv.resolve("journal"));
        Files.createDirectories(site.resolve("empty-folder"));
        Files.setPosixFilePermissions(srv, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(writer.write(twoFiles(), journal, site)).isEqualTo(new SiteWriter.Report(2, 0, 0));
            assertThat(site.resolve("2025/03/14/walk/index.html")).hasContent("<p>Walk</p>");
            assertThat(OutputFolder.foreignFiles(site)).isEmpty();
            assertThat(writer.write(site(file("index.html", "changed")), journal, site))
                    .isEqualTo(new SiteWriter.Report(1, 0, 1));

            // A whole build too, whose first write stages its pages as they render elsewhere.
            Path other = Files.createDirectories(root.resolve("srv2/journal"));
            Files.setPosixFilePermissions(other.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
            Path walks = JournalFiles.write(root.resolve("walks"), "content/wins/2025-03-14-walk.md",
                    "---\ntitle: Walk\n---\nA walk.\n");
            new Smallwins().build(BuildRequest.of(walks, other).withToday(LocalDate.of(2025, 3, 15)));
            assertThat(other.resolve("index.html")).isRegularFile();
            assertThat(OutputFolder.foreignFiles(other)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(srv, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (Files.exists(root.resolve("srv2"))) {
                Files.setPosixFilePermissions(root.resolve("srv2"), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    // --- writing ---

    @Test
    void firstWriteCreatesEveryFileAndTheMarker() throws IOException {
        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(2, 0, 0));
        assertThat(out.resolve("index.html")).hasContent("<h1>Home</h1>");
        assertThat(out.resolve("2025/03/14/walk/index.html")).hasContent("<p>Walk</p>");
        Path marker = out.resolve(OutputManifest.FILE_NAME);
        assertThat(marker).isRegularFile();
        assertThat(Files.readAllLines(marker)).contains(
                OutputManifest.hash("<h1>Home</h1>".getBytes(StandardCharsets.UTF_8)) + "  index.html",
                OutputManifest.hash("<p>Walk</p>".getBytes(StandardCharsets.UTF_8)) + "  2025/03/14/walk/index.html");
    }

    @Test
    void writesNothingBesideTheOutputOnceDone() throws IOException {
        writer.write(twoFiles(), journal, out);
        writer.write(site(file("index.html", "changed")), journal, out);

        assertThat(journalEntries()).containsExactly("content", "public", "static");
    }

    @Test
    void secondIdenticalWriteReportsAllUnchangedAndKeepsEachFile() throws IOException {
        writer.write(twoFiles(), journal, out);
        ageAllFiles(out);
        List<Path> paths = List.of(out.resolve("index.html"), out.resolve("2025/03/14/walk/index.html"),
                out.resolve(OutputManifest.FILE_NAME));
        List<Object> inodesBefore = new ArrayList<>();
        for (Path p : paths) {
            inodesBefore.add(inode(p));
        }

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(0, 2, 0));
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            assertThat(Files.getLastModifiedTime(p)).as("mtime of %s", p).isEqualTo(LONG_AGO);
            if (inodesBefore.get(i) != null) {
                assertThat(inode(p)).as("inode of %s", p).isEqualTo(inodesBefore.get(i));
            }
        }
        assertThat(out.resolve("index.html")).hasContent("<h1>Home</h1>");
    }

    @Test
    void aChangedFileIsRewrittenAndTheOthersKept() throws IOException {
        writer.write(twoFiles(), journal, out);
        ageAllFiles(out);
        Object walkInode = inode(out.resolve("2025/03/14/walk/index.html"));

        SiteWriter.Report report = writer.write(
                site(file("index.html", "<h1>Home, again</h1>"), file("2025/03/14/walk/index.html", "<p>Walk</p>")),
                journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 0));
        assertThat(out.resolve("index.html")).hasContent("<h1>Home, again</h1>");
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("2025/03/14/walk/index.html"))).isEqualTo(LONG_AGO);
        if (walkInode != null) {
            assertThat(inode(out.resolve("2025/03/14/walk/index.html"))).isEqualTo(walkInode);
        }
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME)))
                .contains(OutputManifest.hash("<h1>Home, again</h1>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRemovedFileIsDeletedWithItsEmptyFolders() throws IOException {
        writer.write(twoFiles(), journal, out);

        SiteWriter.Report report = writer.write(site(file("index.html", "<h1>Home</h1>")), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(0, 1, 1));
        assertThat(out.resolve("2025/03/14/walk/index.html")).doesNotExist();
        assertThat(out.resolve("2025")).doesNotExist();
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME))).doesNotContain("walk");
        assertThat(out.resolve("index.html")).hasContent("<h1>Home</h1>");
    }

    @Test
    void aFileAddedLaterIsWritten() throws IOException {
        writer.write(site(file("index.html", "<h1>Home</h1>")), journal, out);

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 0));
        assertThat(out.resolve("2025/03/14/walk/index.html")).hasContent("<p>Walk</p>");
    }

    @Test
    void aLeftoverStagingFolderWithOnlyOurMarkerIsCleared() throws IOException {
        Path leftover = journal.resolve(".public.smallwins-new");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve(OutputManifest.FILE_NAME), "# Made by Smallwins.\n");

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report.written()).isEqualTo(2);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aLeftoverStagingFolderWithoutMarkerIsLeftAloneAndStopsTheWrite() throws IOException {
        Path leftover = journal.resolve(".public.smallwins-new");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("unknown.txt"), "who made me?");

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, out))
                .isInstanceOf(JournalException.class)
                // It read "a file is where a folder must go, at <folder> is left from an interrupted build".
                .hasMessage(out + ": the site could not be written: " + leftover + " is left from an interrupted"
                        + " build and holds files Smallwins cannot tell are its own: move out anything you want to keep,"
                        + " then delete that folder. The previous site was left as it was.");
        assertThat(leftover.resolve("unknown.txt")).hasContent("who made me?");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLeftoverStagingFolderWithNoFileOrOnlyAMarkerCutShortIsCleared() throws IOException {
        // A build stopped between making the folder and its marker, or while writing the marker:
        // nothing in it to lose, yet every build stopped until it was removed by hand (the one with
        // a marker cut short with "java.io.UncheckedIOException: ...OutputManifest$Damaged").
        Path leftover = journal.resolve(".public.smallwins-new");
        Files.createDirectories(leftover.resolve("2025/01"));

        assertThat(writer.write(twoFiles(), journal, out).written()).isEqualTo(2);
        assertThat(leftover).doesNotExist();

        Files.createDirectories(leftover.resolve("2025/02"));
        Files.writeString(leftover.resolve(OutputManifest.FILE_NAME), "# Made by Smallwins.\ncc65b0e706248621-12");
        assertThat(writer.write(site(file("index.html", "changed")), journal, out).written()).isEqualTo(1);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aLeftoverStagingFolderWithAMarkerCutShortAndOtherFilesIsLeftAloneAndSaidInWords() throws IOException {
        Path leftover = journal.resolve(".public.smallwins-new");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve(OutputManifest.FILE_NAME), "# Made by Smallwins.\ncc65b0e706248621-12");
        Files.writeString(leftover.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> writer.write(twoFiles(), journal, out))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(leftover + " is left from an interrupted build").hasMessageNotContaining("java.");
        assertThat(leftover.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aFileDeletedByHandFromTheOutputIsWrittenAgain() throws IOException {
        writer.write(twoFiles(), journal, out);
        Files.delete(out.resolve("index.html"));

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 0));
        assertThat(out.resolve("index.html")).hasContent("<h1>Home</h1>");
        assertThat(journalEntries()).containsExactly("content", "public", "static");
    }

    @Test
    void aFileEditedByHandInTheOutputIsRestored() throws IOException {
        writer.write(twoFiles(), journal, out);
        Files.writeString(out.resolve("index.html"), "edited by hand");

        writer.write(twoFiles(), journal, out);

        assertThat(out.resolve("index.html")).hasContent("<h1>Home</h1>");
    }

    // --- updating a folder of ours in place ---

    @Test
    void anUpdateKeepsTheOutputFolderItselfAndUnchangedFolders() throws IOException {
        writer.write(twoFiles(), journal, out);
        Object folderInode = inode(out);
        Object walkFolderInode = inode(out.resolve("2025/03/14/walk"));

        writer.write(site(file("index.html", "<h1>Home, again</h1>"), file("2025/03/14/walk/index.html", "<p>Walk</p>")),
                journal, out);

        // In place, not swapped: the same folders, with no staging folder or temporary file left.
        if (folderInode != null) {
            assertThat(inode(out)).isEqualTo(folderInode);
            assertThat(inode(out.resolve("2025/03/14/walk"))).isEqualTo(walkFolderInode);
        }
        assertThat(journalEntries()).containsExactly("content", "public", "static");
        assertThat(snapshot(out).keySet()).containsExactly(OutputManifest.FILE_NAME, "2025/03/14/walk/index.html",
                "index.html");
    }

    @Test
    void temporaryFilesLeftByAnInterruptedUpdateAreOursAndRemovedNextTime() throws IOException {
        writer.write(twoFiles(), journal, out);
        // What a build stopped half-way leaves: the marker of the update (old and new files, and
        // the temporary names), a new file written under its temporary name and the marker's own.
        String tmp = SiteWriter.temporary("2025/03/14/walk/index.html");
        Files.writeString(out.resolve(tmp), "<p>Walk, half-way</p>");
        Files.writeString(out.resolve(SiteWriter.temporary(OutputManifest.FILE_NAME)), "# half a marker");
        OutputManifest during = OutputManifest.read(out);
        Map<String, String> listed = new TreeMap<>(during.hashes());
        listed.put(tmp, OutputManifest.hash("<p>Walk, half-way</p>".getBytes(StandardCharsets.UTF_8)));
        Files.write(out.resolve(OutputManifest.FILE_NAME), new OutputManifest(listed).toBytes());

        SiteWriter.Report report = writer.write(twoFiles(), journal, out);

        // Cleaned up, but not counted as removed: it was no page of the site ("13 removed" after a failed build).
        assertThat(report.removed()).isZero();
        assertThat(snapshot(out).keySet()).containsExactly(OutputManifest.FILE_NAME, "2025/03/14/walk/index.html",
                "index.html");
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME))).doesNotContain("smallwins-tmp");
    }

    @Test
    void aFileWithANameOfNearly255BytesIsUpdatedInPlace() throws IOException {
        // A static file may have any name the disk takes; its temporary name once got 15 bytes more
        // than that, so the update failed half-way, and again at every later build.
        String longName = "L".repeat(245) + ".txt";
        writer.write(site(file("index.html", "<h1>Home</h1>"), file(longName, "one")), journal, out);

        SiteWriter.Report report = writer.write(site(file("index.html", "<h1>Home again</h1>"), file(longName, "two")),
                journal, out);

        assertThat(report.written()).isEqualTo(2);
        assertThat(out.resolve(longName)).hasContent("two");
        assertThat(out.resolve("index.html")).hasContent("<h1>Home again</h1>");
        assertThat(OutputFolder.foreignFiles(out)).isEmpty();
        assertThat(snapshot(out).keySet()).containsExactlyInAnyOrder(OutputManifest.FILE_NAME, "index.html", longName);
    }

    @Test
    void aMarkerListingATemporaryNameTooLongToExistDoesNotStopTheNextBuild() throws IOException {
        // What an older build left when it failed on such a name: the marker of the update lists a
        // temporary name over 255 bytes, and deleting it failed ("File name too long") every time.
        writer.write(twoFiles(), journal, out);
        Map<String, String> listed = new TreeMap<>(OutputManifest.read(out).hashes());
        listed.put(".smallwins-tmp." + "L".repeat(245) + ".txt", OutputManifest.hash("x".getBytes(StandardCharsets.UTF_8)));
        Files.write(out.resolve(OutputManifest.FILE_NAME), new OutputManifest(listed).toBytes());

        SiteWriter.Report report = writer.write(site(file("index.html", "changed"), file("2025/03/14/walk/index.html",
                "<p>Walk</p>")), journal, out);

        assertThat(report.removed()).isZero();
        assertThat(out.resolve("index.html")).hasContent("changed");
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME))).doesNotContain("smallwins-tmp");
    }

    @Test
    void temporaryNamesFitTheFileSystemAndStayApart() {
        assertThat(SiteWriter.temporary("a/b/index.html")).isEqualTo("a/b/.smallwins-tmp.index.html");
        String one = "é".repeat(120) + "-one.txt";
        String two = "é".repeat(120) + "-two.txt";
        for (String name : List.of(one, two, "L".repeat(255), new String(Character.toChars(0x1F600)).repeat(63))) {
            String temporary = SiteWriter.temporary("static/" + name);
            assertThat(temporary).startsWith("static/.smallwins-tmp.");
            String fileName = temporary.substring("static/".length());
            assertThat(fileName.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SiteWriter.NAME_MAX);
            assertThat(SiteWriter.isTemporary(temporary)).isTrue();
            // Never half a character: the start kept is whole characters of the name.
            assertThat(new String(fileName.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(fileName);
        }
        assertThat(SiteWriter.temporary(one)).isNotEqualTo(SiteWriter.temporary(two));
        assertThat(SiteWriter.temporary(one)).isEqualTo(SiteWriter.temporary(one));
    }

    @Test
    void aLinkAtATemporaryNameIsReplacedNotWrittenThrough() throws IOException {
        writer.write(twoFiles(), journal, out);
        Path precious = Files.writeString(root.resolve("precious.txt"), "mine");
        // The marker's temporary name passes the check for foreign files: writing the new marker
        // there went through the link and overwrote the file outside the output.
        Files.createSymbolicLink(out.resolve(SiteWriter.temporary(OutputManifest.FILE_NAME)), precious);
        Files.createSymbolicLink(out.resolve(SiteWriter.temporary("index.html")), precious);
        Files.writeString(out.resolve(OutputManifest.FILE_NAME), OutputManifest.hash("x".getBytes(StandardCharsets.UTF_8))
                + "  " + SiteWriter.temporary("index.html") + "\n", StandardOpenOption.APPEND);

        writer.write(site(file("index.html", "changed"), file("2025/03/14/walk/index.html", "<p>Walk</p>")), journal, out);

        assertThat(precious).hasContent("mine");
        assertThat(out.resolve("index.html")).hasContent("changed");
        assertThat(out.resolve(OutputManifest.FILE_NAME)).isRegularFile();
        assertThat(Files.isSymbolicLink(out.resolve(OutputManifest.FILE_NAME))).isFalse();
        assertThat(OutputFolder.foreignFiles(out)).isEmpty();
    }

    @Test
    void pagesFoundUnchangedOnDiskAreKeptAsTheyAreBesideAChangedOne() throws IOException {
        writer.write(twoFiles(), journal, out);
        ageAllFiles(out);
        Map<String, Object> before = snapshot(out);
        Object walkInode = inode(out.resolve("2025/03/14/walk/index.html"));

        // As a later build hands them over: the pages it found unchanged are the output's own files.
        SiteWriter.Report report = writer.write(site(file("index.html", "<h1>Home, again</h1>"),
                SiteFile.writtenTo("2025/03/14/walk/index.html", out)), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 0));
        assertThat(out.resolve("index.html")).hasContent("<h1>Home, again</h1>");
        assertThat(snapshot(out).get("2025/03/14/walk/index.html")).isEqualTo(before.get("2025/03/14/walk/index.html"));
        assertThat(inode(out.resolve("2025/03/14/walk/index.html"))).isEqualTo(walkInode);
        assertThat(OutputManifest.read(out)).isEqualTo(OutputManifest.of(twoFilesWithHome("<h1>Home, again</h1>")));
    }

    private static Site twoFilesWithHome(String home) {
        return site(file("index.html", home), file("2025/03/14/walk/index.html", "<p>Walk</p>"));
    }

    @Test
    void aForeignFileStillStopsAnUpdateBeforeAnythingIsWritten() throws IOException {
        writer.write(twoFiles(), journal, out);
        Files.writeString(out.resolve("2025/mine.txt"), "mine");
        Map<String, Object> before = snapshot(out);

        assertThatThrownBy(() -> writer.write(site(file("index.html", "new")), journal, out))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("did not make");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aFileThatBecomesAFolderIsHandledBySwapping() throws IOException {
        writer.write(site(file("index.html", "home"), file("notes", "a file")), journal, out);

        SiteWriter.Report report = writer.write(site(file("index.html", "home"), file("notes/index.html", "a page")),
                journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 1));
        assertThat(out.resolve("notes/index.html")).hasContent("a page");
        assertThat(journalEntries()).containsExactly("content", "public", "static");
    }

    @Test
    void aSwapLinksAPageStoredInTheOldOutputAsItIs() throws IOException {
        writer.write(site(file("index.html", "home"), file("notes", "a file")), journal, out);
        Object homeInode = inode(out.resolve("index.html"));

        // As a later build hands it over: the home page found unchanged is the old output's own file.
        SiteWriter.Report report = writer.write(site(SiteFile.writtenTo("index.html", out),
                file("notes/index.html", "a page")), journal, out);

        assertThat(report).isEqualTo(new SiteWriter.Report(1, 1, 1));
        assertThat(out.resolve("index.html")).hasContent("home");
        assertThat(inode(out.resolve("index.html"))).isEqualTo(homeInode);
        assertThat(out.resolve("notes/index.html")).hasContent("a page");
    }

    @Test
    void aFolderThatBecomesAFileIsHandledBySwapping() throws IOException {
        writer.write(site(file("index.html", "home"), file("notes/index.html", "a page")), journal, out);

        writer.write(site(file("index.html", "home"), file("notes", "a file")), journal, out);

        assertThat(out.resolve("notes")).hasContent("a file");
        assertThat(journalEntries()).containsExactly("content", "public", "static");
    }

    // --- SiteFile paths ---

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/x", "a/../b", "..", "a/..", "", "a\\b", "/", "a//b", "./x", "a/"})
    void siteFileRejectsUnsafePaths(String path) {
        assertThatThrownBy(() -> new SiteFile(path, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a safe output path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "2025/03/14/walk/index.html", "assets/style.css", "a..b/c"})
    void siteFileAcceptsPlainRelativePaths(String path) {
        assertThat(new SiteFile(path, new byte[0]).path()).isEqualTo(path);
    }

    @Test
    void foldersAreMadeTopDownBelowOnesKnownToExistAndFromManyThreadsAtOnce() throws Exception {
        Path staging = Files.createDirectories(root.resolve("staging"));
        Set<Path> made = ConcurrentHashMap.newKeySet();
        made.add(staging);
        List<Path> folders = new ArrayList<>();
        for (int day = 1; day <= 40; day++) {
            folders.add(staging.resolve("2025/03/" + day + "/walk"));
            folders.add(staging.resolve("2025/03/" + day + "/rest"));
        }
        folders.parallelStream().forEach(folder -> {
            try {
                SiteWriter.makeFolder(folder, made);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(folders).allMatch(Files::isDirectory);
        assertThat(made).containsAll(folders).contains(staging.resolve("2025"), staging.resolve("2025/03/7"));
        // A folder the set does not list but that exists is fine; a file in its place is not.
        SiteWriter.makeFolder(staging.resolve("2025/03/1/walk"), ConcurrentHashMap.newKeySet());
        Files.writeString(staging.resolve("2025/03/1/walk/index.html"), "page");
        assertThatThrownBy(() -> SiteWriter.makeFolder(staging.resolve("2025/03/1/walk/index.html"), made))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void aWrittenFileHoldsExactlyItsBytesAndReplacesAnOlderLongerOne() throws IOException {
        Path file = root.resolve("page.html");
        byte[] large = new byte[(1 << 20) * 2 + 123];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        SiteWriter.writeFile(file, large);
        assertThat(Files.readAllBytes(file)).isEqualTo(large);
        SiteWriter.writeFile(file, "short".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("short");
        SiteWriter.writeFile(file, new byte[0]);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aFailedWriteSaysWhyInWordsWithThePath() throws IOException {
        Path notAFolder = Files.writeString(journal.getParent().resolve("notes.txt"), "mine");
        Path inside = notAFolder.resolve("site");

        Assertions.assertThatThrownBy(() -> writer.write(
                        new Site(List.of(file("index.html", "<p>hi</p>"))), journal, inside))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems())
                        .singleElement().asString()
                        .contains("the site could not be written: a file is where a folder must go, at ")
                        .contains("notes.txt").endsWith("The previous site was left as it was.")
                        .doesNotContain("java.nio").doesNotContain("Exception"));
        assertThat(Files.readString(notAFolder)).isEqualTo("mine");
        assertThat(SiteWriter.why(new AccessDeniedException("/site/2026/02")))
                .isEqualTo("this account may not write there (chmod u+w, or build into another folder), at /site/2026/02");
    }

    // --- copies of journal files, read only while written ---

    /** A photo's bytes, more than one slice of what is read at a time. */
    private static byte[] photoBytes(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }

    private SiteFile copyOf(String name) throws IOException {
        Path file = journal.resolve("static").resolve(name);
        return SiteFile.copyOf(name, file, "static/" + name, Files.readAttributes(file, BasicFileAttributes.class));
    }

    @Test
    void aCopyIsWrittenAsItsBytesListedByTheirHashAndKeptWhileItIsTheSame() throws IOException {
        byte[] photo = photoBytes(3 * OutputManifest.SLICE + 17, 1);
        Files.write(journal.resolve("static/heron.jpg"), photo);

        writer.write(site(file("index.html", "home"), copyOf("heron.jpg")), journal, out);
        assertThat(Files.readAllBytes(out.resolve("heron.jpg"))).isEqualTo(photo);
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME))).contains(OutputManifest.hash(photo) + "  heron.jpg");
        ageAllFiles(out);

        SiteWriter.Report same = writer.write(site(file("index.html", "home"), copyOf("heron.jpg")), journal, out);

        assertThat(same).isEqualTo(new SiteWriter.Report(0, 2, 0));
        assertThat(Files.getLastModifiedTime(out.resolve("heron.jpg"))).isEqualTo(LONG_AGO);

        // The same size with one byte changed, near the end: compared through, not by size alone.
        byte[] redrawn = photo.clone();
        redrawn[redrawn.length - 2] ^= 1;
        Files.write(journal.resolve("static/heron.jpg"), redrawn);
        SiteWriter.Report changed = writer.write(site(file("index.html", "home"), copyOf("heron.jpg")), journal, out);

        assertThat(changed).isEqualTo(new SiteWriter.Report(1, 1, 0));
        assertThat(Files.readAllBytes(out.resolve("heron.jpg"))).isEqualTo(redrawn);
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(LONG_AGO);
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME))).contains(OutputManifest.hash(redrawn) + "  heron.jpg");
    }

    @Test
    void aCopyRemovedBeforeAnUpdateNamesTheFileAndLeavesTheSiteAsItWas() throws IOException {
        Files.writeString(journal.resolve("static/heron.jpg"), "heron");
        writer.write(site(file("index.html", "home"), copyOf("heron.jpg")), journal, out);
        Files.writeString(journal.resolve("static/heron.jpg"), "heron, redrawn");
        SiteFile found = copyOf("heron.jpg");
        Files.delete(journal.resolve("static/heron.jpg"));
        Map<String, Object> before = snapshot(out);

        assertThatThrownBy(() -> writer.write(site(file("index.html", "home, again"), found), journal, out))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.wroteSome()).isFalse();
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.path()).isEqualTo("static/heron.jpg");
                        assertThat(problem.message()).startsWith("was moved or deleted while the site was being built")
                                .endsWith("The previous site was left as it was.");
                    });
                });
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void anUpdateThatFailsWhileWritingTakesAwayTheFoldersItMadeAndLeavesTheSiteAsItWas() throws IOException {
        // A page of the previous site in a folder at the temporary name of the home page: the home
        // page's new bytes cannot go there, so writing fails after the update has made the folders
        // for its new pages (a file system error, made here without needing one, even as root).
        String inTheWay = SiteWriter.temporary("index.html") + "/kept.html";
        writer.write(site(file("index.html", "home"), file(inTheWay, "kept")), journal, out);
        Map<String, Object> before = snapshot(out);

        assertThatThrownBy(() -> writer.write(site(file("index.html", "home, again"), file(inTheWay, "kept"),
                file("2026/03/14/walk/index.html", "a walk")), journal, out))
                .isInstanceOfSatisfying(JournalException.class, e -> {
                    assertThat(e.wroteSome()).isFalse();
                    assertThat(e.problems()).singleElement().asString()
                            .contains("a folder that had to be replaced still holds files")
                            .endsWith(SiteWriter.LEFT_AS_IT_WAS);
                });

        // The marker is put back with the same bytes (so a newer time); every page is untouched.
        Map<String, Object> after = snapshot(out);
        assertThat(Files.readString(out.resolve(OutputManifest.FILE_NAME)))
                .isEqualTo(((List<?>) before.remove(OutputManifest.FILE_NAME)).get(0));
        after.remove(OutputManifest.FILE_NAME);
        assertThat(after).isEqualTo(before);
        assertThat(out.resolve("2026")).doesNotExist();
    }

    @Test
    void foldersMadeForAnUpdateAreTheOnesToTakeAwayWhenItFails() throws IOException {
        Files.createDirectories(out.resolve("2025/01/old"));
        List<Path> made = SiteWriter.makeFolders(List.of(out.resolve("2025/01/old"), out.resolve("2025/02/new"),
                out.resolve("2026/03/newer"), out), out);

        assertThat(made).containsExactly(out.resolve("2025/02/new"), out.resolve("2026/03/newer"),
                out.resolve("2025/02"), out.resolve("2026/03"), out.resolve("2026"));
        assertThat(out.resolve("2026/03/newer")).isDirectory();

        // What someone put in one meanwhile keeps its folders.
        Files.writeString(out.resolve("2026/03/theirs.txt"), "theirs");
        SiteWriter.removeEmptyFolders(made);
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.map(p -> out.relativize(p).toString()).sorted())
                    .containsExactly("", "2025", "2025/01", "2025/01/old", "2026", "2026/03", "2026/03/theirs.txt");
        }
    }

    @Test
    void aCopyChangedBeforeTheFirstWriteNamesTheFileAndLeavesNothing() throws IOException {
        Files.writeString(journal.resolve("static/heron.jpg"), "heron");
        SiteFile found = copyOf("heron.jpg");
        Files.writeString(journal.resolve("static/heron.jpg"), "heron, redrawn");

        assertThatThrownBy(() -> writer.write(site(file("index.html", "home"), found), journal, out))
                .isInstanceOfSatisfying(JournalException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("static/heron.jpg").contains("changed while the site was being built")
                        .doesNotContain("Exception"));
        assertThat(journalEntries()).containsExactly("content", "static");
    }
}
