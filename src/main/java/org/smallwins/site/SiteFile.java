package org.smallwins.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site: its path and its bytes. A page that a build wrote to disk as soon as
 * it was rendered (see {@link FileSink}) keeps only where it went; its bytes are read back from
 * there when asked for.
 */
public final class SiteFile {
    private final String path;
    private final byte[] content;
    private final Path written;

    /**
     * @param path    relative to the output folder, forward slashes, never absolute and never with ".."
     * @param content the exact bytes to write
     */
    public SiteFile(String path, byte[] content) {
        this(path, Objects.requireNonNull(content, "content"), null);
    }

    private SiteFile(String path, byte[] content, Path written) {
        if (!isSafe(path)) {
            throw new IllegalArgumentException("not a safe output path: " + path);
        }
        this.path = path;
        this.content = content;
        this.written = written;
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
        return new SiteFile(path, null, folder.resolve(path));
    }

    /** Relative to the output folder, forward slashes, never absolute and never with "..". */
    public String path() {
        return path;
    }

    /**
     * The exact bytes of the file. For a file written to disk during the build, read from there
     * (so what the folder holds now): an {@link UncheckedIOException} if it cannot be read. Bytes
     * held in memory are the file's own, not a copy (pages of megabytes are not copied for every
     * reader): copy them before changing them, or a later render that reuses the page sees the change.
     */
    public byte[] content() {
        if (content != null) {
            return content;
        }
        try {
            return Files.readAllBytes(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    public String toString() {
        return "SiteFile[" + path + (content != null ? ", " + content.length + " bytes]" : ", on disk]");
    }
}
