package org.smallwins.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Watches what a site is made of: content/, static/, themes/, archetypes/ and journal.yml. Uses
 * directory-watcher, which gets native events on macOS where the JDK's watcher polls every few
 * seconds.
 */
final class JournalWatcher implements AutoCloseable {
    private static final List<String> WATCHED = List.of("content", "static", "themes", "archetypes", "journal.yml");

    private final DirectoryWatcher watcher;

    /** {@code onChange} gets the changed path, or null when events were lost (overflow). */
    JournalWatcher(Path journalDir, java.util.function.Consumer<Path> onChange) throws IOException {
        Path root = journalDir.toAbsolutePath().normalize();
        this.watcher = DirectoryWatcher.builder()
                .path(root)
                .fileHashing(false)
                .listener(event -> {
                    if (event.eventType() != DirectoryChangeEvent.EventType.OVERFLOW && matters(root, event.path())) {
                        onChange.accept(event.path());
                    } else if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        onChange.accept(null);
                    }
                })
                .build();
        watcher.watchAsync();
    }

    /** Only the journal's sources count: not its output, not .git, not an editor's swap files. */
    static boolean matters(Path root, Path changed) {
        if (changed == null || !changed.toAbsolutePath().normalize().startsWith(root)) {
            return false;
        }
        Path relative = root.relativize(changed.toAbsolutePath().normalize());
        if (relative.getNameCount() == 0) {
            return false;
        }
        String first = relative.getName(0).toString();
        if (!WATCHED.contains(first)) {
            return false;
        }
        String name = relative.getFileName().toString();
        return !(name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#"));
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
