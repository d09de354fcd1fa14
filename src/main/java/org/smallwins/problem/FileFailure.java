package org.smallwins.problem;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file or folder, in words, for the messages of the parts that write
 * (the site writer, init, new): not Java's names for it ("java.nio.file.NotDirectoryException").
 * Each caller says first what it has its own advice for (a folder it may not write in).
 */
public final class FileFailure {
    private FileFailure() {
    }

    /** The common failures in words; else the system's reason, or "the system refused it" without one. */
    public static String what(Throwable e) {
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is where a folder must go";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way is missing";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "the system refused it" : reason;
    }

    /** The path it happened at, or null when the failure names none. */
    public static String at(Throwable e) {
        return e instanceof FileSystemException fs ? fs.getFile() : null;
    }
}
