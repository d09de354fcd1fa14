package org.smallwins.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the built site: its path and its bytes. A page that a build wrote to disk as soon as
 * it was rendered (see {@link FileSink}) keeps only where it went; its bytes are read back from
 * there when asked for. A journal file copied as it is (static/, a photo beside an entry) keeps
 * only where it is: a journal of years of photos would not fit in memory at once.
 */
public final class SiteFile {
    private final String path;
    private final byte[] content;
    private final Path written;
    private final SiteFileSource source;

    /**
     * @param path    relative to the output folder, forward slashes, never absolute and never with ".."
     * @param content the exact bytes to write
     */
    public SiteFile(String path, byte[] content) {
        this(path, Objects.requireNonNull(content, "content"), null, null);
    }

    private SiteFile(String path, byte[] content, Path written, SiteFileSource source) {
        if (!isSafe(path)) {
            throw new IllegalArgumentException("not a safe output path: " + path);
        }
        this.path = path;
        this.content = content;
        this.written = written;
        this.source = source;
    }

    /** What to tell the writer of a file whose name has a control character: it is left out of the site. */
    public static final String UNSAFE_NAME = "has a line break or other control character in its name and was not"
            + " copied: rename it.";

    /**
     * What to tell the writer of a file with a backslash in its name (on Linux and macOS, an
     * ordinary character): published, it would be a folder on Windows and a '/' in browsers.
     */
    public static final String BACKSLASH_NAME = "has a backslash in its name, which is not portable and would change"
            + " its web address, so it was not copied: rename it.";

    /**
     * What to tell the writer of a journal's file at {@code path} (relative, '/' between folders,
     * as {@link SlashPaths} writes it) whose name {@link #isSafe} refuses.
     */
    public static String whyUnsafe(String path) {
        return path.indexOf('\\') >= 0 && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? BACKSLASH_NAME
                : UNSAFE_NAME;
    }

    /**
     * Relative, with forward slashes, no part of it empty, "." or "..", and no control character:
     * a path that stays in the output folder and fits on one line of the output's marker file.
     * A loop over the chars (checked for every file of every build) rather than a split and a stream.
     */
    public static boolean isSafe(String path) {
        if (path.isEmpty() || path.charAt(0) == '/' || path.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        for (int start = 0; ; ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if (length == 0 || (path.charAt(start) == '.'
                    && (length == 1 || (length == 2 && path.charAt(start + 1) == '.')))) {
                return false;
            }
            if (end == path.length()) {
                return true;
            }
            start = end + 1;
        }
    }

    /** A file already written under {@code folder}, at {@code path}: it holds no bytes in memory. */
    public static SiteFile writtenTo(String path, Path folder) {
        // The path is checked by the constructor before anything reads the resolved file.
        return new SiteFile(path, null, folder.resolve(path), null);
    }

    /**
     * A copy of the journal's {@code file}, as {@code found} (its attributes when the build found
     * it) says it is; {@code name} names it in messages ("static/photo.jpg"). It holds no bytes:
     * they are read when asked for, and only while the file is still as found (see {@link SiteFileChanged}).
     */
    public static SiteFile copyOf(String path, Path file, String name, BasicFileAttributes found) {
        return new SiteFile(path, null, null, SiteFileSource.of(file, name, found));
    }

    /** Relative to the output folder, forward slashes, never absolute and never with "..". */
    public String path() {
        return path;
    }

    /**
     * The exact bytes of the file. For a file written to disk during the build, read from there
     * (so what the folder holds now): an {@link UncheckedIOException} if it cannot be read. For a
     * copy of a journal file, read from it, and one whose cause is {@link SiteFileChanged} if it
     * is no longer as the build found it. Bytes
     * held in memory are the file's own, not a copy (pages of megabytes are not copied for every
     * reader): copy them before changing them, or a later render that reuses the page sees the change.
     */
    public byte[] content() {
        if (content != null) {
            return content;
        }
        try {
            if (source != null) {
                try (InputStream in = source.open()) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes as a stream, for copying a file without holding it whole. For a copy of a journal
     * file, read fails with {@link SiteFileChanged} when the file is no longer as the build found it.
     */
    public InputStream open() throws IOException {
        if (content != null) {
            return new ByteArrayInputStream(content);
        }
        return source != null ? source.open() : Files.newInputStream(written);
    }

    /**
     * The bytes the file holds now: for a copy of a journal file, whatever it holds, even changed
     * since the build (a preview shows the latest until the rebuild); else {@link #content}.
     */
    public byte[] currentContent() throws IOException {
        return source != null ? source.readNow() : content();
    }

    /** The number of bytes, without reading them (for a copy, as the build found the file). */
    public long size() {
        if (content != null) {
            return content.length;
        }
        if (source != null) {
            return source.size();
        }
        try {
            return Files.size(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the two hold the same bytes: two copies of the same journal file as found at the
     * same size and time are taken to, without reading the file; others are compared.
     */
    public boolean sameBytesAs(SiteFile other) {
        if (this == other) {
            return true;
        }
        if (source != null && other.source != null) {
            return source.equals(other.source);
        }
        return size() == other.size() && Arrays.equals(content(), other.content());
    }

    /**
     * Whether this is the file already written at {@code file} (its bytes are read from there): a
     * writer comparing it with that file would be comparing the file with itself.
     */
    public boolean isStoredAt(Path file) {
        return written != null && written.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }

    /** Whether the bytes are held in memory rather than only on disk. */
    public boolean inMemory() {
        return content != null;
    }

    /** Whether this is a copy of a journal file (see {@link #copyOf}), read only when asked for. */
    public boolean isCopy() {
        return source != null;
    }

    @Override
    public String toString() {
        return "SiteFile[" + path + (content != null ? ", " + content.length + " bytes]"
                : source != null ? ", copy of " + source.name() + "]" : ", on disk]");
    }
}
