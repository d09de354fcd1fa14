package org.smallwins.scaffold;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import org.smallwins.problem.FileFailure;

/** Why {@code init} or {@code new} could not write a file, in plain words and with what to do. */
final class WriteFailure {
    private WriteFailure() {
    }

    /**
     * The reason, then the path it happened at: Java's own message for a folder without write
     * permission is the bare path, which says nothing of what went wrong.
     */
    static String why(IOException e) {
        String at = FileFailure.at(e) != null ? " (at " + FileFailure.at(e) + ")" : "";
        if (e instanceof AccessDeniedException) {
            return "this account may not write there" + at + ": give yourself permission to write in that folder"
                    + " (chmod u+w on Linux and macOS)";
        }
        return FileFailure.what(e) + at;
    }
}
