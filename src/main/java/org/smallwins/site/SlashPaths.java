package org.smallwins.site;

import java.nio.file.Path;

/** Paths as the site and the messages write them: with '/' between folders, on every system. */
public final class SlashPaths {
    private SlashPaths() {
    }

    /**
     * {@code path} with its file system's separator made '/'. Only the separator: on Linux a
     * backslash is a character a name can hold, so replacing every '\' would show (and publish)
     * {@code a\b.txt} as {@code a/b.txt}, another file.
     */
    public static String of(Path path) {
        String separator = path.getFileSystem().getSeparator();
        String text = path.toString();
        return separator.equals("/") ? text : text.replace(separator, "/");
    }
}
