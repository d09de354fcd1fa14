package org.smallwins.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.render.BuildCache;

class OutputFolderTest {
    @TempDir
    Path tmp;

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n");
    }

    @Test
    void aFolderSmallwinsNeverBuiltIsRefusedBeforeRenderingWhenItHoldsAnyFile() throws IOException {
        Path documents = tmp.resolve("Documents");
        Files.createDirectories(documents.resolve("2024"));
        for (String name : new String[] {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "2024/taxes.pdf"}) {
            Files.writeString(documents.resolve(name), "mine");
        }

        assertThat(OutputFolder.checkLocation(journal(), documents)).extracting(Problem::toString).containsExactly(
                documents + ": holds files Smallwins did not make (2024/taxes.pdf, a.txt, b.txt, c.txt, d.txt and more)."
                        + " Smallwins only replaces folders it built itself: move those files, or choose an empty or new folder.");
    }

    @Test
    void anOutputFolderWhoseNameLeavesNoRoomForTheFilesBesideItIsRefusedBeforeRendering() throws IOException {
        Path journal = journal();
        Path longest = tmp.resolve("s".repeat(OutputFolder.LONGEST_NAME));
        Path tooLong = tmp.resolve("s".repeat(OutputFolder.LONGEST_NAME + 1));

        assertThat(OutputFolder.checkLocation(journal, longest)).isEmpty();
        assertThat(OutputFolder.checkLocation(journal, tooLong)).extracting(Problem::toString).containsExactly(tooLong
                + ": has a name too long for the files a build makes beside it: choose an output folder whose name has"
                + " at most 234 bytes.");
        // The longest allowed name builds, cache and all (".<name>.smallwins-cache-new" is 255 bytes).
        new Smallwins().build(new BuildRequest(journal, longest, false, false, LocalDate.of(2025, 1, 2), null));
        assertThat(longest.resolve("index.html")).isRegularFile();
        assertThat(BuildCache.fileFor(longest)).isRegularFile();
        assertThat(tooLong).doesNotExist();
    }

    @Test
    void aFolderWithAPartThisAccountCannotOpenIsRefusedInWords() throws IOException {
        Path out = tmp.resolve("site");
        AccessDeniedException denied = new AccessDeniedException(out.resolve("theirs").toString());

        // It was Java's exception with a stack trace hint: "java.io.UncheckedIOException: java.nio.file.AccessDenied...".
        assertThat(OutputFolder.cannotLookThrough(out.toString(), denied)).asString().isEqualTo(out + ": cannot be"
                + " looked through (this account may not open " + out.resolve("theirs") + "), so Smallwins cannot tell"
                + " whether it holds files of yours, and writes nothing there. Make it readable (chmod -R u+rX), or"
                + " choose an empty or new folder.");
    }

    @Test
    void aFolderWithALockedFolderInsideIsRefusedBeforeAnythingIsWritten() throws IOException {
        // Root opens every folder whatever its mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path journal = journal();
        Path out = tmp.resolve("site");
        Path theirs = Files.createDirectories(out.resolve("theirs"));
        Files.writeString(theirs.resolve("notes.txt"), "mine");
        Files.setPosixFilePermissions(theirs, Set.of());
        try {
            assertThat(OutputFolder.checkLocation(journal, out)).singleElement().asString()
                    .contains("cannot be looked through (this account may not open " + theirs + ")");
            assertThatThrownBy(() -> new Smallwins().build(BuildRequest.of(journal, out)
                    .withToday(LocalDate.of(2025, 1, 2))))
                    .isInstanceOf(JournalException.class).hasMessageContaining("cannot be looked through");
        } finally {
            Files.setPosixFilePermissions(theirs, Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
        }
        assertThat(theirs.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void anEmptyFolderOrOneOfEmptyFoldersIsFine() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("site/2025/01"));

        assertThat(OutputFolder.checkLocation(journal(), tmp.resolve("site"))).isEmpty();
        assertThat(OutputFolder.checkLocation(journal(), empty)).isEmpty();
    }

    @Test
    void aBuildRefusedForSomeoneElsesFilesWritesNothingInsideTheFolderOrBesideIt() throws IOException {
        Path journal = journal();
        Path documents = JournalFiles.write(tmp.resolve("Documents"), "taxes.pdf", "precious");

        assertThatThrownBy(() -> new Smallwins().build(BuildRequest.of(journal, documents)
                .withToday(LocalDate.of(2025, 1, 2))))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("holds files Smallwins did not make (taxes.pdf)");

        try (Stream<Path> beside = Files.list(tmp); Stream<Path> inside = Files.list(documents)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("journal", "Documents");
            assertThat(inside.map(p -> p.getFileName().toString())).containsExactly("taxes.pdf");
        }
    }

    @Test
    void aFolderSmallwinsBuiltIsLookedThroughByTheWriterNotBeforeRendering() throws IOException {
        Path journal = journal();
        Path site = tmp.resolve("site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(LocalDate.of(2025, 1, 2)));
        Files.writeString(site.resolve("notes.txt"), "mine");

        // Only a walk of the whole folder tells a file of someone else's among the site's: the writer's.
        assertThat(OutputFolder.checkLocation(journal, site)).isEmpty();
        assertThat(OutputFolder.check(journal, site)).extracting(Problem::toString).singleElement().asString()
                .contains("holds files Smallwins did not make (notes.txt)");
    }

    @Test
    void aFileWithABackslashInItsNameIsNotTakenForTheSitesFileInAFolder() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "static/notes/today.txt", "the site's");
        Path site = tmp.resolve("site");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(LocalDate.of(2025, 1, 2)));
        // On Linux one file beside the folder notes/, whatever Windows would make of the name.
        Files.writeString(site.resolve("notes\\today.txt"), "mine");

        assertThat(OutputFolder.check(journal, site)).extracting(Problem::toString).singleElement().asString()
                .contains("holds files Smallwins did not make (notes\\today.txt)");
    }
}
