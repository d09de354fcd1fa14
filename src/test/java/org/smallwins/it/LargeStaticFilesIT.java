package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/**
 * A journal kept for years with its photos: the files it copies as they are hold more bytes than
 * the heap, and the build still succeeds, because it reads each only while copying it.
 */
class LargeStaticFilesIT {
    private static final int PHOTOS = 24;
    private static final long PHOTO_SIZE = 4L << 20;

    @TempDir
    Path tmp;

    /** A photo of {@code size} bytes, mostly a hole on disk, ending in its own name so each is told apart. */
    private static void photo(Path file, long size) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] tail = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
            out.seek(size - tail.length);
            out.write(tail);
        }
    }

    private static String tail(Path file, int length) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[length];
            in.seek(in.length() - length);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @Test
    void photosHoldingMoreBytesThanTheHeapAreCopied() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2026-11-21-three-herons.md", "---\ntitle: Three herons\n---\n![The heron](heron.jpg)\n");
        for (int i = 0; i < PHOTOS; i++) {
            photo(journal.resolve("static/photos/walk-" + i + ".jpg"), PHOTO_SIZE);
        }
        photo(journal.resolve("content/wins/heron.jpg"), 16L << 20);
        Path site = tmp.resolve("site");
        List<String> build = List.of(Cli.java(), "-Xmx64m", "-jar", Cli.jar().toString(), "build", ".",
                "--output", site.toString(), "--today", "2026-11-24");

        Cli.Run first = Cli.exec(journal, build, Map.of());

        assertThat(first.exitCode()).as(first.err()).isZero();
        for (int i = 0; i < PHOTOS; i++) {
            Path copy = site.resolve("photos/walk-" + i + ".jpg");
            assertThat(Files.size(copy)).isEqualTo(PHOTO_SIZE);
            assertThat(tail(copy, ("walk-" + i + ".jpg").length())).isEqualTo("walk-" + i + ".jpg");
        }
        assertThat(tail(site.resolve("files/wins/heron.jpg"), 9)).isEqualTo("heron.jpg");

        // Built again into its own site: every photo compared with its copy, none rewritten.
        Cli.Run second = Cli.exec(journal, build, Map.of());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.size(site.resolve("files/wins/heron.jpg"))).isEqualTo(16L << 20);
    }
}
