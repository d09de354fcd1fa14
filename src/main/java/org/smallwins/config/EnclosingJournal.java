package org.smallwins.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.smallwins.load.JournalLoader;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;

/**
 * The journal a folder sits inside when the folder is not a journal itself: the writer has gone
 * into {@code content/wins/} (or {@code public/}) and runs a command there. Taken for a journal of
 * its own, that folder would build without the journal's settings, into a {@code public/} among
 * the entries, and {@code init} there would nest a second journal inside the first one's entries.
 */
public final class EnclosingJournal {
    private EnclosingJournal() {
    }

    /** The nearest folder above {@code dir} with a journal.yml, when {@code dir} has neither journal.yml nor content/. */
    public static Optional<Path> of(Path dir) {
        if (Files.exists(dir.resolve(SettingsLoader.FILE_NAME))
                || Files.isDirectory(dir.resolve(JournalLoader.CONTENT_DIR))) {
            return Optional.empty();
        }
        for (Path up = dir.toAbsolutePath().normalize().getParent(); up != null; up = up.getParent()) {
            if (Files.isRegularFile(up.resolve(SettingsLoader.FILE_NAME))) {
                return Optional.of(up);
            }
        }
        return Optional.empty();
    }

    /**
     * The journal whose content/ folder holds {@code dir}: a journal made there would have its
     * files read as that journal's entries. Elsewhere inside a journal (as in a checkout whose
     * sample journal is at its top) a new one is only a neighbour.
     */
    public static Optional<Path> ofContent(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        return of(dir).filter(journal -> absolute.startsWith(journal.resolve(JournalLoader.CONTENT_DIR)));
    }

    /** The problem for a command run in {@code dir}, inside the journal in {@code journal}. */
    public static Problem problem(Path dir, Path journal) {
        // In full: "." or "content/wins" says nothing about where the journal is from there.
        String shown = dir.toAbsolutePath().normalize().toString();
        return Problem.error(shown, 0, null, "is inside the journal in " + journal + " (the folder with "
                + SettingsLoader.FILE_NAME + "), not a journal of its own. Run the command in that folder, or give"
                + " it as the journal folder.");
    }

    /** Throws the {@link #problem} when {@code dir} is inside another journal. */
    public static void refuse(Path dir) {
        of(dir).ifPresent(journal -> {
            throw new JournalException(problem(dir, journal));
        });
    }
}
