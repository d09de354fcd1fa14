package org.smallwins.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.smallwins.model.BodyEdits;
import org.smallwins.model.Entry;
import org.smallwins.problem.Problem;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Loaded entries kept between builds in one process (the preview server), so a rebuild reads only
 * the files that changed. A file counts as unchanged while its size and modification time are;
 * files modified in the last two seconds are always read again, since some file systems keep
 * times only to the second and an editor may save twice within one.
 */
public final class EntryCache {
    private static final long RECENT_MILLIS = 2_000;

    private record Cached(long size, long modified, EntryLoader.Result result) {
    }

    private final ConcurrentHashMap<Path, Cached> entries = new ConcurrentHashMap<>();

    EntryLoader.Result load(Path file, Supplier<EntryLoader.Result> loader) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return loader.get();
        }
        return load(file, attributes, loader);
    }

    /** As {@link #load(Path, Supplier)}, with the attributes the caller already read. */
    EntryLoader.Result load(Path file, BasicFileAttributes attributes, Supplier<EntryLoader.Result> loader) {
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Cached cached = entries.get(file);
        if (cached != null && cached.size == size && cached.modified == modified
                && System.currentTimeMillis() - modified > RECENT_MILLIS) {
            return cached.result;
        }
        EntryLoader.Result result = loader.get();
        entries.put(file, new Cached(size, modified, result));
        return result;
    }

    /**
     * Forgets files that are gone, so the cache never outgrows the journal. Called once every file
     * in {@code files} was loaded through this cache, so it holds them all: more means some are gone.
     */
    void retainOnly(Set<Path> files) {
        if (entries.size() > files.size()) {
            entries.keySet().retainAll(files);
        }
    }

    /** The published entries made from {@code results} (by identity) for a selection, with their problems. */
    record Published(List<EntryLoader.Result> results, JournalLoader.Selection selection, List<Entry> entries,
                     List<Problem> problems) {
    }

    private volatile Published lastPublished;

    /** The last load's entries when it was made from the very same results (no file changed). */
    Published lastPublished(List<EntryLoader.Result> results, JournalLoader.Selection selection) {
        Published last = lastPublished;
        if (last == null || !last.selection().equals(selection) || last.results().size() != results.size()) {
            return null;
        }
        for (int i = 0; i < results.size(); i++) {
            if (last.results().get(i) != results.get(i)) {
                return null;
            }
        }
        return last;
    }

    /**
     * The last load's entries with edited ones swapped in, when the files that changed since then
     * changed only entries' text (the same front matter, the same problems): the order, URLs and
     * goals are then as checked last time. Null otherwise.
     */
    Published lastPublishedWithBodyEdits(List<EntryLoader.Result> results, JournalLoader.Selection selection) {
        Published last = lastPublished;
        if (last == null || !last.selection().equals(selection) || last.results().size() != results.size()) {
            return null;
        }
        List<Entry> entries = null;
        for (int i = 0; i < results.size(); i++) {
            EntryLoader.Result was = last.results().get(i);
            EntryLoader.Result is = results.get(i);
            if (was == is) {
                continue;
            }
            if (was.entry().isEmpty() || is.entry().isEmpty() || !was.problems().equals(is.problems())
                    || !BodyEdits.sameFrontMatter(was.entry().get(), is.entry().get())) {
                return null;
            }
            Entry before = was.entry().get();
            if (entries == null) {
                entries = new ArrayList<>(last.entries());
            }
            for (int at = 0; at < entries.size(); at++) {
                if (entries.get(at) == before) {
                    entries.set(at, is.entry().get());
                    break;
                }
            }
        }
        return entries == null ? last : new Published(results, selection, List.copyOf(entries), last.problems());
    }

    void rememberPublished(List<EntryLoader.Result> results, JournalLoader.Selection selection, List<Entry> entries,
                           List<Problem> problems) {
        lastPublished = new Published(results, selection, entries, problems);
    }

    /**
     * The last full walk's files (content folder and files), kept up to date from watcher events; and
     * what it said of paths it skipped (a symbolic link, a name this system misreads), said again
     * while none of them changes: {@code warned} maps each such path to whether it then led to a folder.
     */
    private record Found(Path content, TreeMap<Path, BasicFileAttributes> files, Map<Path, Boolean> warned,
                         List<Problem> said) {
    }

    /** The files of the content folder, and the walk's problems to say again (sorted, as the walk said them). */
    record LastWalk(Map<Path, BasicFileAttributes> files, List<Problem> said) {
    }

    private Found lastFound;
    private int walks;

    /** How {@link JournalLoader} applies one changed path to the files: false when only a walk will do. */
    interface Update {
        boolean apply(Path content, TreeMap<Path, BasicFileAttributes> files, Path changed);
    }

    /** Whether the paths the last walk warned about are still as it found them (true when none were). */
    interface StillSo {
        boolean test(Map<Path, Boolean> warned);
    }

    /**
     * The files of the content folder: the last walk's, with {@code changed} applied, and what that walk
     * said; null when there was no walk of this folder yet or a change needs a new one: a change to a
     * path the walk warned about (or to a folder holding one, or inside one), or such a path no longer
     * as it was.
     */
    synchronized LastWalk lastFound(Path content, Set<Path> changed, Update update, StillSo stillSo) {
        Found last = lastFound;
        lastFound = null;
        if (last == null || !last.content().equals(content)) {
            return null;
        }
        for (Path path : changed) {
            if (touches(last.warned().keySet(), path) || !update.apply(content, last.files(), path)) {
                return null;
            }
        }
        if (!last.warned().isEmpty() && !stillSo.test(last.warned())) {
            return null;
        }
        lastFound = last;
        return new LastWalk(new TreeMap<>(last.files()), last.said());
    }

    private static boolean touches(Set<Path> warned, Path changed) {
        if (warned.isEmpty()) {
            return false;
        }
        Path absolute = changed.toAbsolutePath().normalize();
        for (Path path : warned) {
            if (path.startsWith(absolute) || absolute.startsWith(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps a walk's files for the next loads, with the paths it warned about (absolute, each mapped to
     * whether it led to a folder) and its problems to say again; {@code files} null keeps nothing, so
     * the next load walks again.
     */
    synchronized void rememberFound(Path content, Map<Path, BasicFileAttributes> files, Map<Path, Boolean> warned,
                                    List<Problem> said) {
        walks++;
        lastFound = files == null ? null : new Found(content, new TreeMap<>(files), Map.copyOf(warned), List.copyOf(said));
    }

    /** How many times the content folder was walked with this cache: for tests, that a rebuild did not walk. */
    synchronized int walks() {
        return walks;
    }

    /**
     * Forgets every entry and folder walk, so the next load reads every file afresh: for when
     * settings that shape every entry (such as the time zone) change.
     */
    public void clear() {
        synchronized (this) {
            lastFound = null;
        }
        lastPublished = null;
        entries.clear();
    }
}
