package org.smallwins.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
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
                        visit(root, places, folder, onFolder, onFile);
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

    /**
     * Walks {@code folder} (a folder on the disk, see {@link #asKnown}) for the watcher to register
     * its folders, leaving out those no part of the build reads ({@link #unread}): a note app's
     * .obsidian, a .git, a site built into the journal would each cost the system a watch per
     * folder, and bring events that are no change.
     */
    static void visit(Path root, Map<Path, Path> places, Path folder, FileTreeVisitor.Callback onFolder,
                      FileTreeVisitor.Callback onFile) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path known = asKnown(places, dir);
                // The walk goes down from folders it kept: below the first, only the folder's own name is new.
                boolean skipped = dir.equals(folder) ? unread(root, known)
                        : known.startsWith(root) && skipped(root, root.relativize(known), root.relativize(known).getNameCount() - 1);
                if (skipped) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onFolder.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                onFile.call(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A folder that cannot be opened is not watched; the build says so if it holds entries.
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                // A folder deleted while it was listed (an editor's or a sync's) does not stop the watching.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Whether nothing of the build reads {@code folder} (as the loader knows it) or what is in it:
     * hidden folders anywhere (content/, static/ and themes/ all skip them), content/'s and static/'s
     * other hidden ones (#old#, drafts~), and, outside the watched folders, what the loader skips when
     * the journal has no content/ (a site Smallwins built there). Those others are watched with
     * content/ too, so entries beside journal.yml are seen if content/ goes.
     */
    static boolean unread(Path root, Path folder) {
        if (!folder.startsWith(root)) {
            return false;
        }
        Path relative = root.relativize(folder);
        if (relative.toString().isEmpty()) {
            return false;
        }
        for (int i = 0; i < relative.getNameCount(); i++) {
            if (skipped(root, relative, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code i}th folder of {@code relative} is skipped, its parents being read. */
    private static boolean skipped(Path root, Path relative, int i) {
        String name = relative.getName(i).toString();
        if (name.startsWith(".")) {
            return true;
        }
        String top = relative.getName(0).toString();
        if (i == 0 && WATCHED.contains(top) || top.equals("themes") || top.equals("archetypes")) {
            return false;
        }
        if (top.equals("content")) {
            return JournalLoader.skipsFolder(false, root, root.resolve(name));
        }
        if (top.equals("static")) {
            return JournalLoader.isHiddenName(name);
        }
        return JournalLoader.skipsFolder(true, root, root.resolve(relative.subpath(0, i + 1)));
    }

    /**
     * What editors write while the writer types or saves, never the file itself: Vim's swap files
     * and its probe of whether it may write in the folder (4913), backups (entry.md~), Emacs's locks
     * and auto-saves (.#entry.md, #entry.md#), JetBrains' safe-write copies, Kate's swap files and
     * LibreOffice's locks. Hugo's server leaves out the same.
     */
    static boolean isEditorsFile(String name) {
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#")
                || name.startsWith(".") && name.matches(".*\\.sw[a-p]") || name.startsWith("#") && name.endsWith("#")
                || name.endsWith(".kate-swp") || name.startsWith(".~lock.") || name.equals("4913")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.endsWith("___jb_bak___");
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
        if (isEditorsFile(name) || name.startsWith(".")) {
            return false;
        }
        String top = relative.getName(0).toString();
        if (WATCHED.contains(top)) {
            // What their readers leave out: files in hidden folders, and in content/ and static/ other
            // hidden files (#notes.md). Told by the names alone, so an event costs no look at the disk.
            return relative.getNameCount() == 1 || !unread(root, root.resolve(relative.getParent()))
                    && !((top.equals("content") || top.equals("static")) && JournalLoader.isHiddenName(name));
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
