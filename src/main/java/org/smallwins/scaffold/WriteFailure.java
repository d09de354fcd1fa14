package org.smallwins.scaffold;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why {@code init} or {@code new} could not write a file, in plain words and with what to do. */
final class WriteFailure {
    private WriteFailure() {
    }

    /**
     * The reason, then the path it happened at: Java's own message for a folder without write
     * permission is the bare path, which says nothing of what went wrong.
     */
    static String why(IOException e) {
        String at = e instanceof FileSystemException fs && fs.getFile() != null ? " (at " + fs.getFile() + ")" : "";
        if (e instanceof AccessDeniedException) {
            return "this account may not write there" + at + ": give yourself permission to write in that folder"
                    + " (chmod u+w on Linux and macOS)";
        }
        String what;
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            what = "a file is where a folder must go";
        } else if (e instanceof NoSuchFileException) {
            what = "a folder on the way is missing";
        } else {
            String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
            what = reason == null || reason.isBlank() ? "the system refused it" : reason;
        }
        return what + at;
    }
}
