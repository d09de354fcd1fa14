package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.problem.Problem;
import org.smallwins.problem.ProblemList;
import org.smallwins.site.SiteFile;
import org.smallwins.site.SiteFileChanged;

class StaticFilesTest {
    @TempDir
    Path journal;

    @Test
    void copiesFilesAsTheyAreLeavingOutHiddenOnesLinksAndNamesThatCannotBePaths() throws IOException {
        Path dir = Files.createDirectories(journal.resolve("static/img"));
        Files.writeString(journal.resolve("static/favicon.ico"), "icon");
        Files.writeString(dir.resolve("walk.jpg"), "jpeg");
        Files.writeString(journal.resolve("static/.DS_Store"), "hidden");
        Files.writeString(dir.resolve("walk.jpg~"), "an editor's backup");
        Files.writeString(dir.resolve("#notes.txt#"), "an editor's lock file");
        Files.createDirectories(journal.resolve("static/.git")).resolve("config").toFile().createNewFile();
        Path outside = Files.writeString(journal.resolve("private.txt"), "private");
        Files.createSymbolicLink(journal.resolve("static/linked.txt"), outside);
        Files.writeString(journal.resolve("static/two\nlines.txt"), "odd name");
        ProblemList problems = new ProblemList();

        List<SiteFile> files = StaticFiles.read(journal, problems);

        assertThat(files).extracting(SiteFile::path).containsExactly("favicon.ico", "img/walk.jpg");
        assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("jpeg");
        assertThat(problems.sorted()).extracting(Problem::path, Problem::severity)
                .containsExactly(
                        Tuple.tuple("static/linked.txt", Problem.Severity.WARNING),
                        Tuple.tuple("static/two\nlines.txt", Problem.Severity.WARNING));
        assertThat(problems.sorted().get(1).message()).contains("line break").contains("rename it");
        assertThat(problems.hasErrors()).isFalse();
    }

    @Test
    void aNameWithABackslashIsLeftOutAndShownAsItIsOnDisk() throws IOException {
        // On Linux a backslash is a character of the name, not a separator: a\..\esc.txt is one file.
        Files.createDirectories(journal.resolve("static/img"));
        Files.writeString(journal.resolve("static/a\\..\\..\\esc.txt"), "escape?");
        Files.writeString(journal.resolve("static/img/back\\slash.txt"), "a folder on Windows");
        Files.writeString(journal.resolve("static/kept.txt"), "kept");
        ProblemList problems = new ProblemList();

        List<SiteFile> files = StaticFiles.read(journal, problems);

        assertThat(files).extracting(SiteFile::path).containsExactly("kept.txt");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly(
                "static/a\\..\\..\\esc.txt: warning: has a backslash in its name, which is not portable and would"
                        + " change its web address, so it was not copied: rename it.",
                "static/img/back\\slash.txt: warning: has a backslash in its name, which is not portable and would"
                        + " change its web address, so it was not copied: rename it.");
    }

    @Test
    void aFileWhoseNameCannotBeReadIsAnErrorNotAFileUnderAMisreadName() throws Exception {
        Files.createDirectories(journal.resolve("static"));
        Files.writeString(journal.resolve("static/kept.txt"), "kept");
        JournalFiles.writeWithRawName(journal, "static/caf\\351.jpg", "x");
        ProblemList problems = new ProblemList();

        List<SiteFile> files = StaticFiles.read(journal, problems);

        assertThat(files).extracting(SiteFile::path).containsExactly("kept.txt");
        assertThat(problems.sorted()).extracting(Problem::path, Problem::message, Problem::isError).containsExactly(
                Tuple.tuple("static/caf" + JournalLoader.UNREADABLE + ".jpg",
                        JournalLoader.unreadableName(), true));
    }

    @Test
    void aFolderThatCannotBeOpenedIsNamedUnlessItIsHidden() throws IOException {
        Path dir = Files.createDirectories(journal.resolve("static/locked"));
        Files.createDirectories(journal.resolve("static/.Trashes"));
        AccessDeniedException denied = new AccessDeniedException("x");

        Problem problem = StaticFiles.walkFailure(journal.resolve("static"), dir, denied);

        assertThat(problem.isError()).isTrue();
        assertThat(problem.toString()).isEqualTo("static/locked: is a folder that cannot be opened (this account may"
                + " not read it), so its files would be missing from the site. Make it readable (chmod u+rx), or move"
                + " it out of static/.");
        assertThat(StaticFiles.walkFailure(journal.resolve("static"), journal.resolve("static/.Trashes"), denied)).isNull();
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillRead() throws IOException {
        // Root reads every file whatever its mode: only another account shows the real failure.
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Files.createDirectories(journal.resolve("static"));
        Files.writeString(journal.resolve("static/a.txt"), "a");
        Path locked = Files.writeString(journal.resolve("static/b.txt"), "b");
        Files.setPosixFilePermissions(locked, Set.of());
        ProblemList problems = new ProblemList();

        assertThat(StaticFiles.read(journal, problems)).extracting(SiteFile::path).containsExactly("a.txt");
        assertThat(problems.sorted()).singleElement().asString().startsWith("static/b.txt: cannot be read");
    }

    @Test
    void aStaticFileIsReadOnlyWhenAskedForSoYearsOfPhotosNeedNoMemory() throws IOException {
        Files.createDirectories(journal.resolve("static/img"));
        Path photo = Files.writeString(journal.resolve("static/img/walk.jpg"), "jpeg");
        ProblemList problems = new ProblemList();

        SiteFile file = StaticFiles.read(journal, problems).get(0);

        assertThat(file.inMemory()).isFalse();
        assertThat(file.size()).isEqualTo(4);
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("jpeg");
        // The bytes come from the disk when asked for, and only while the file is as found.
        Files.writeString(photo, "jpeg, edited");
        assertThatThrownBy(file::content).isInstanceOf(UncheckedIOException.class).cause()
                .isInstanceOf(SiteFileChanged.class).hasMessageStartingWith("static/img/walk.jpg changed while");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aFileBesideTheEntriesIsReadOnlyWhenAskedFor() throws IOException {
        Path content = Files.createDirectories(journal.resolve("content/wins"));
        Path photo = Files.writeString(content.resolve("heron.jpg"), "heron");
        ProblemList problems = new ProblemList();

        SiteFile file = StaticFiles.readBeside(journal.resolve("content"), "content/",
                Map.of("files/wins/heron.jpg", "wins/heron.jpg"), problems).get(0);

        assertThat(file.path()).isEqualTo("files/wins/heron.jpg");
        assertThat(file.inMemory()).isFalse();
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("heron");
        Files.delete(photo);
        assertThatThrownBy(file::content).cause().isInstanceOf(SiteFileChanged.class)
                .hasMessageStartingWith("content/wins/heron.jpg was moved or deleted while the site was being built");
        assertThat(problems.sorted()).isEmpty();
    }
}
