package org.smallwins.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.smallwins.load.JournalLoader;

/**
 * Watches what a site is made of: content/, static/, themes/, archetypes/ and journal.yml, or, in
 * a journal without content/, whatever the loader reads in it: its Markdown files wherever they are
 * and the files beside them (a photo an entry shows), but not hidden folders or a site Smallwins
 * built there. Uses directory-watcher, which gets native events on macOS where the JDK's watcher
 * polls every few seconds.
 *
 * <p>The loader reads through symbolic links (the journal folder given as a link, content/ a link
 * to a synced folder); the watcher does not follow them, so it watches where they lead and names
 * each change as the loader knows the file, under the journal folder as given.
 */
final class JournalWatcher implements Closeable {
    private static final List<String> WATCHED = List.of("content", "static", "themes", "archetypes", "journal.yml");

    private final DirectoryWatcher watcher;

    /** {@code onChange} gets the changed path, or null when events were lost (overflow). */
    JournalWatcher(Path journalDir, Consumer<Path> onChange) throws IOException {
        Path root = journalDir.toAbsolutePath().normalize();
        // Where the disk has each watched folder (key) and the path the loader knows it by (value).
        Map<Path, Path> places = new LinkedHashMap<>();
        places.put(root.toRealPath(), root);
        for (String folder : WATCHED) {
            Path linked = root.resolve(folder);
            if (Files.isSymbolicLink(linked) && Files.isDirectory(linked)) {
                places.put(linked.toRealPath(), linked);
            }
        }
        // journal.yml may be a link to a file kept elsewhere (with dotfiles): the folder that holds
        // that file is watched too, but not the folders under it, and only that file counts there.
        Path settings = root.resolve("journal.yml");
        Path settingsFile = null;
        Path settingsFolder = null;
        if (Files.isSymbolicLink(settings) && Files.isRegularFile(settings)) {
            settingsFile = settings.toRealPath();
            settingsFolder = settingsFile.getParent();
        }
        List<Path> paths = new ArrayList<>(places.keySet());
        if (settingsFolder != null && paths.stream().noneMatch(settingsFolder::startsWith)) {
            paths.add(settingsFolder);
        }
        Path linkedSettings = settingsFile;
        Path onlyItsFiles = paths.contains(settingsFolder) && !places.containsKey(settingsFolder) ? settingsFolder : null;
        Predicate<Path> outsideTheJournal = path -> onlyItsFiles != null
                && path.startsWith(onlyItsFiles) && places.keySet().stream().noneMatch(path::startsWith);
        this.watcher = DirectoryWatcher.builder()
                .paths(paths)
                .fileHashing(false)
                .fileTreeVisitor((folder, onFolder, onFile) -> {
                    if (!outsideTheJournal.test(folder)) {
                        FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(folder, onFolder, onFile);
                    } else if (folder.equals(onlyItsFiles)) {
                        onFolder.call(folder);
                    }
                })
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        onChange.accept(null);
                        return;
                    }
                    if (linkedSettings != null && event.path() != null
                            && event.path().toAbsolutePath().normalize().equals(linkedSettings)) {
                        onChange.accept(settings);
                        return;
                    }
                    if (event.path() != null && outsideTheJournal.test(event.path().toAbsolutePath().normalize())) {
                        return;
                    }
                    Path changed = asKnown(places, event.path());
                    if (matters(root, changed)) {
                        onChange.accept(changed);
                    }
                })
                .build();
        // The folders are registered before watchAsync returns, but a failure to (the system's limit
        // of watched folders reached) goes to the future it returns, where nobody would see it.
        CompletableFuture<Void> watching = watcher.watchAsync();
        if (watching.isCompletedExceptionally()) {
            watcher.close();
            Throwable why = watching.handle((done, failure) -> failure).join();
            if (why instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw why instanceof IOException io ? io : new IOException(why.getMessage(), why);
        }
    }

    /** {@code changed} as the loader knows it: under the watched place that holds it most closely. */
    static Path asKnown(Map<Path, Path> places, Path changed) {
        if (changed == null) {
            return null;
        }
        Path absolute = changed.toAbsolutePath().normalize();
        Path best = null;
        for (Path place : places.keySet()) {
            if (absolute.startsWith(place) && (best == null || place.getNameCount() > best.getNameCount())) {
                best = place;
            }
        }
        return best == null ? absolute : places.get(best).resolve(best.relativize(absolute).toString());
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
        String name = relative.getFileName().toString();
        if (name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#")) {
            return false;
        }
        // Written while the writer types, not when they save: Vim's further swap files (.swo, .swn...),
        // Emacs's auto-saves (#entry.md#), Kate's swap files and LibreOffice's locks.
        if (name.startsWith(".") && name.matches(".*\\.sw[a-p]") || name.startsWith("#") && name.endsWith("#")
                || name.endsWith(".kate-swp") || name.startsWith(".~lock.")) {
            return false;
        }
        if (WATCHED.contains(relative.getName(0).toString())) {
            return true;
        }
        // Without content/, the journal folder itself holds the entries and the files they show (a
        // photo beside one): whatever the loader reads there counts, and only that. The changed path
        // itself is asked too: a hidden file is not read, and a built site moved in whole (a build's
        // staging folder renamed) is skipped as the folder it now is.
        if (Files.isDirectory(root.resolve("content"))) {
            return false;
        }
        for (int i = 1; i <= relative.getNameCount(); i++) {
            if (JournalLoader.skipsFolder(true, root, root.resolve(relative.subpath(0, i).toString()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
