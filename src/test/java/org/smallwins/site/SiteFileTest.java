package org.smallwins.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
