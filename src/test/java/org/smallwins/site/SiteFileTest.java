package org.smallwins.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFileTest {
    @TempDir
    Path out;

    @Test
    void aFileWrittenToDiskIsReadFromThereAndKnowsWhereItIs() throws IOException {
        Files.createDirectories(out.resolve("2025/walk"));
        Files.writeString(out.resolve("2025/walk/index.html"), "<p>Walk</p>");

        SiteFile written = SiteFile.writtenTo("2025/walk/index.html", out);

        assertThat(written.inMemory()).isFalse();
        assertThat(new String(written.content(), StandardCharsets.UTF_8)).isEqualTo("<p>Walk</p>");
        assertThat(written.isStoredAt(out.resolve("2025/walk/index.html"))).isTrue();
        // The same file however its path is spelled.
        assertThat(written.isStoredAt(out.resolve("2025/./walk/../walk/index.html"))).isTrue();
        assertThat(written.isStoredAt(out.resolve("2025/walk/other.html"))).isFalse();
        assertThat(written.isStoredAt(out.resolveSibling("elsewhere").resolve("2025/walk/index.html"))).isFalse();
    }

    @Test
    void aFileInMemoryIsStoredNowhere() {
        SiteFile inMemory = new SiteFile("index.html", "<h1>Home</h1>".getBytes(StandardCharsets.UTF_8));

        assertThat(inMemory.inMemory()).isTrue();
        assertThat(inMemory.isStoredAt(out.resolve("index.html"))).isFalse();
    }

    @Test
    void pathsThatCouldLeaveTheOutputFolderAreRefused() {
        for (String path : new String[] {"../x.html", "/etc/x.html", "a//b.html", "a/./b.html", "a\\b.html", "",
            ".", "..", "a/..", "a/.", "a/", "/", "a/b/../../..", "x/../../y.html"}) {
            assertThatThrownBy(() -> SiteFile.writtenTo(path, out)).as(path).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SiteFile(path, new byte[0])).as(path).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void pathsWithALineBreakOrOtherControlCharacterAreRefused() {
        // The output's marker file lists one path a line: a line break would split it in two.
        for (String path : new String[] {"a\nb.html", "a\r.html", "x/\u0000.txt", "tab\there.txt", "del\u007f.txt"}) {
            assertThat(SiteFile.isSafe(path)).as(path).isFalse();
            assertThatThrownBy(() -> new SiteFile(path, new byte[0])).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(SiteFile.isSafe("caf\u00e9 \u2014 notes.txt")).isTrue();
    }

    @Test
    void namesThatOnlyStartOrEndWithDotsAreFine() {
        for (String path : new String[] {".well-known/x.txt", "a/.b", "..a/b", "a/b..", "a/...", "index.html",
            "2025/03/14/walk/index.html"}) {
            assertThat(new SiteFile(path, new byte[0]).path()).isEqualTo(path);
        }
    }

    private SiteFile copyOf(Path file) throws IOException {
        return SiteFile.copyOf("photos/heron.jpg", file, "static/photos/heron.jpg",
                Files.readAttributes(file, BasicFileAttributes.class));
    }

    @Test
    void aCopyOfAJournalFileHoldsNoBytesAndReadsThemWhenAsked() throws IOException {
        Path photo = Files.writeString(out.resolve("heron.jpg"), "heron, first light");

        SiteFile copy = copyOf(photo);

        assertThat(copy.inMemory()).isFalse();
        assertThat(copy.isCopy()).isTrue();
        assertThat(copy.size()).isEqualTo(18);
        assertThat(copy.toString()).doesNotContain("heron, first light").contains("static/photos/heron.jpg");
        assertThat(new String(copy.content(), StandardCharsets.UTF_8)).isEqualTo("heron, first light");
        try (InputStream in = copy.open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("heron, first light");
        }
        assertThat(copy.isStoredAt(photo)).as("the journal's file is no output").isFalse();
    }

    @Test
    void aCopyOfAFileChangedOrRemovedSinceItWasFoundSaysSoNamingIt() throws IOException {
        Path photo = Files.writeString(out.resolve("heron.jpg"), "heron");
        SiteFile copy = copyOf(photo);
        Files.writeString(photo, "heron, redrawn");

        // Held in memory, the old bytes would still come back here.
        assertThatThrownBy(copy::content).isInstanceOf(UncheckedIOException.class)
                .cause().isInstanceOf(SiteFileChanged.class)
                .hasMessage("static/photos/heron.jpg changed while the site was being built, so its copy could be half"
                        + " old and half new. Build again once it is saved.");
        assertThat(new String(copy.currentContent(), StandardCharsets.UTF_8)).as("what a preview shows now")
                .isEqualTo("heron, redrawn");

        SiteFile found = copyOf(photo);
        Files.delete(photo);
        assertThatThrownBy(found::open).isInstanceOfSatisfying(SiteFileChanged.class, e -> {
            assertThat(e.name()).isEqualTo("static/photos/heron.jpg");
            assertThat(e.reason()).startsWith("was moved or deleted while the site was being built");
        });
    }

    @Test
    void twoCopiesOfAFileAsFoundAtTheSameSizeAndTimeHoldTheSameBytes() throws IOException {
        Path photo = Files.writeString(out.resolve("heron.jpg"), "heron");
        SiteFile first = copyOf(photo);

        assertThat(first.sameBytesAs(copyOf(photo))).isTrue();
        Files.writeString(photo, "egret, longer");
        assertThat(first.sameBytesAs(copyOf(photo))).isFalse();
        assertThat(new SiteFile("a.txt", new byte[] {1, 2}).sameBytesAs(new SiteFile("a.txt", new byte[] {1, 2}))).isTrue();
        assertThat(new SiteFile("a.txt", new byte[] {1, 2}).sameBytesAs(new SiteFile("a.txt", new byte[] {1, 3}))).isFalse();
    }
}
