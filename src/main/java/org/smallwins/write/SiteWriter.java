package org.smallwins.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.smallwins.parallel.InParallel;
import org.smallwins.problem.FileFailure;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;
import org.smallwins.site.SiteFileChanged;

/**
 * Writes a site into its output folder. A first build (or one that cannot update in place, see
 * {@link #write}) builds the new site in a folder beside the output, then swaps it in by renaming,
 * so the previous site is never half-replaced; files whose content did not change are hard links
 * to the old ones. A later build into a folder Smallwins owns updates it in place: only changed
 * and new files are written, each through a temporary file renamed over the old one, and files of
 * ours that are gone are deleted. Unchanged files keep their modification time either way, so
 * rsync uploads only changes.
 *
 * <p>The trade-off of updating in place: an I/O failure half-way (disk full, power cut) can leave
 * a mix of old and new pages, each file whole, which the next build puts right. Content errors
 * never get this far: the site is rendered in memory first and nothing is written when it fails.
 *
 * <p>A build into a folder holding no site yet goes through {@link StagedSite} instead, which
 * stages each page as it is rendered and swaps the same way.
 */
public final class SiteWriter {
    /** The most {@link #writeFile} hands the system at once. */
    private static final int WRITE_SLICE = 1 << 20;

    /** What a write did: files with new content, files carried over unchanged, files removed. */
    public record Report(int written, int unchanged, int removed) {
    }

    /**
     * Writes {@code site} to {@code output}: in place when the folder already carries our marker and
     * no new file needs a path where a folder of the old site is (or the reverse), else by staging
     * the whole site beside it and swapping.
     */
    public Report write(Site site, Path journalDir, Path output) {
        List<Problem> problems = OutputFolder.check(journalDir, output);
        if (!problems.isEmpty()) {
            throw new JournalException(problems);
        }
        Path out = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            Path staging = sibling(out, "new");
            Path retired = sibling(out, "old");
            clearLeftover(staging);
            clearLeftover(retired);
            if (OutputManifest.isPresent(out)) {
                OutputManifest previous = OutputManifest.read(out);
                if (canUpdateInPlace(site, previous, out)) {
                    try {
                        return updateInPlace(site, previous, out);
                    } catch (UnchangedSite e) {
                        throw e;
                    } catch (IOException | UncheckedIOException e) {
                        throw JournalException.partlyWritten(problem(output, e, "Some of its files may be new and some"
                                + " old: build again once the cause is fixed."));
                    }
                }
                return swap(site, previous, OutputManifest.of(site), out, staging);
            }
            OutputManifest none = new OutputManifest(Map.of());
            if (writesInside(out) && canUpdateInPlace(site, none, out)) {
                try {
                    return updateInPlace(site, none, out);
                } catch (UnchangedSite e) {
                    throw e;
                } catch (IOException | UncheckedIOException e) {
                    throw JournalException.partlyWritten(problem(output, e, "The folder may hold part of it: build"
                            + " again once the cause is fixed."));
                }
            }
            return swap(site, none, OutputManifest.of(site), out, staging);
        } catch (UnchangedSite e) {
            throw new JournalException(problem(output, e.getCause(), LEFT_AS_IT_WAS));
        } catch (IOException | UncheckedIOException e) {
            throw new JournalException(problem(output, e, LEFT_AS_IT_WAS));
        }
    }

    static final String LEFT_AS_IT_WAS = "The previous site was left as it was.";

    /**
     * The problem to report when writing into {@code output} failed with {@code failure}, then what
     * it left ({@code left}): a journal file that changed or went while it was copied is named, as
     * what to put right; anything else is said of the output folder.
     */
    static Problem problem(Path output, Exception failure, String left) {
        Throwable cause = failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : failure;
        if (cause instanceof SiteFileChanged changed) {
            return Problem.error(changed.name(), 0, null, changed.reason() + " " + left);
        }
        return Problem.error(output.toString(), 0, null, "the site could not be written: " + why(failure) + ". " + left);
    }

    /** A write in place that stopped before it replaced any file of the site, which is as it was. */
    private static final class UnchangedSite extends IOException {
        UnchangedSite(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * What went wrong, in words, with the path it happened at: not Java's names for it
     * ("java.nio.file.AccessDeniedException: /site/2026/02").
     */
    static String why(Exception failure) {
        Throwable e = failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                ? unchecked.getCause() : failure;
        String at = FileFailure.at(e);
        if (e instanceof Leftover) {
            return e.getMessage();
        }
        String what;
        if (e instanceof AccessDeniedException) {
            what = "this account may not write there (chmod u+w, or build into another folder)";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "a folder that had to be replaced still holds files";
        } else {
            what = FileFailure.what(e);
        }
        return at == null ? what : what + ", at " + at;
    }

    /** The all-or-nothing write: the whole site staged beside the output, then renamed into place. */
    private static Report swap(Site site, OutputManifest previous, OutputManifest next, Path out, Path staging)
            throws IOException {
        Files.createDirectories(staging);
        // The marker goes first: a staging folder left by a crash then proves it is ours.
        byte[] marker = next.toBytes();
        boolean markerSame = OutputManifest.isPresent(out)
                && Arrays.equals(Files.readAllBytes(out.resolve(OutputManifest.FILE_NAME)), marker);
        place(out.resolve(OutputManifest.FILE_NAME), staging.resolve(OutputManifest.FILE_NAME),
                new SiteFile(OutputManifest.FILE_NAME, marker), markerSame);
        // Each file's folder is made by the thread that writes the file: making ten thousand folders
        // first, on one thread, left the other cores idle for a good part of the write.
        Set<Path> folders = ConcurrentHashMap.newKeySet();
        folders.add(staging);
        AtomicInteger unchanged = new AtomicInteger();
        try {
            InParallel.forEach(site.files(), file -> {
                try {
                    makeParent(staging.resolve(file.path()), folders);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                boolean sameHash = next.hashes().get(file.path()).equals(previous.hashes().get(file.path()));
                if (place(out.resolve(file.path()), staging.resolve(file.path()), file, sameHash)) {
                    unchanged.incrementAndGet();
                }
            });
        } catch (UncheckedIOException e) {
            deleteTree(staging);
            throw e.getCause();
        }

        int removed = (int) previous.hashes().keySet().stream()
                .filter(p -> !next.hashes().containsKey(p) && !isTemporary(p)).count();
        moveIntoPlace(staging, out);
        return new Report(site.files().size() - unchanged.get(), unchanged.get(), removed);
    }

    /**
     * Whether a first build writes its site straight into the existing, empty output folder rather
     * than staging it beside and swapping: when this account may write in the folder but not in the
     * one around it (a /srv/journal of one's own in a /srv of root's, as docs/privacy.md suggests
     * for a home server). Swapping needs to make a folder beside the output and rename the output
     * itself, so those builds failed with "may not write there". The folder holds no file (see
     * OutputFolder.check), so there is nothing to lose; a failure half-way leaves part of the site.
     */
    static boolean writesInside(Path out) {
        Path parent = out.getParent();
        return parent != null && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(out)
                && !Files.isWritable(parent);
    }

    /** Makes the folder {@code file} goes in, unless {@code made} (shared by the writing threads) says it exists. */
    static void makeParent(Path file, Set<Path> made) throws IOException {
        makeFolder(file.getParent(), made);
    }

    /**
     * Makes {@code folder} and those above it that {@code made} does not list, top down, and lists
     * them. {@code made} starts with the staging folder, so each folder below it costs one call to
     * the system: Files.createDirectories first tries the folder itself, and where its parent is new
     * probes upwards for one that exists, five calls for an entry's folder in a new day.
     */
    static void makeFolder(Path folder, Set<Path> made) throws IOException {
        if (made.contains(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null) {
            makeFolder(parent, made);
        }
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            // Another writing thread made it, or it is above the staging folder.
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
        made.add(folder);
    }

    /**
     * Writes a file as Files.write does (made or emptied first), in one call to the system for any
     * page: Files.write hands it 8 KB at a time. Slices of at most a megabyte keep the buffer the
     * JDK copies them through, one per thread and kept for the next write, that size.
     */
    static void writeFile(Path target, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(target,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (int at = 0; at < content.length; ) {
                at += channel.write(ByteBuffer.wrap(content, at, Math.min(WRITE_SLICE, content.length - at)));
            }
        }
    }

    /**
     * Writes {@code file} to {@code target}: a page from memory in one call ({@link #writeFile(Path,
     * byte[])}), a copy of a journal file a slice at a time, so that it is never held whole.
     */
    static void writeFile(Path target, SiteFile file) throws IOException {
        if (file.inMemory()) {
            writeFile(target, file.content());
            return;
        }
        try (InputStream in = file.open(); OutputStream copy = Files.newOutputStream(target)) {
            in.transferTo(copy);
        }
    }

    /**
     * Puts a complete staging folder in place of the output: the old output is renamed aside, the
     * staging folder renamed to the output, and the old one deleted.
     */
    static void moveIntoPlace(Path staging, Path out) throws IOException {
        if (Files.exists(out)) {
            Path retired = sibling(out, "old");
            Files.move(out, retired, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(retired);
        } else {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Whether the folder can be updated file by file: no new file's path runs through a file of the
     * old site ({@code a.html} becoming {@code a.html/index.html}) and none is now a folder. Such a
     * change is rare (a theme or permalink change) and the swap handles it.
     */
    private static boolean canUpdateInPlace(Site site, OutputManifest previous, Path out) {
        for (SiteFile file : site.files()) {
            String path = file.path();
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                if (previous.hashes().containsKey(path.substring(0, slash))) {
                    return false;
                }
            }
        }
        return site.files().parallelStream().noneMatch(file -> !previous.hashes().containsKey(file.path())
                && Files.isDirectory(out.resolve(file.path()), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Writes only what changed, in the output folder itself. Order matters for safety: first a
     * marker listing old and new files (and the temporary names used on the way), so that whatever
     * a crash leaves behind is listed as ours and the next build may replace or remove it; then the
     * files, each whole (temporary file and rename); then the removals; the final marker last.
     */
    private static Report updateInPlace(Site site, OutputManifest previous, Path out) throws IOException {
        // A file already holding exactly the new bytes keeps the hash the marker lists for it, which
        // is the hash of those bytes unless someone edited the file by hand into exactly the new
        // page: only changed files are hashed. A wrong hash would at worst make a later build rewrite it.
        // A page the build found unchanged on disk is that very file: nothing to read or compare.
        ConcurrentHashMap<String, String> hashes = new ConcurrentHashMap<>();
        List<SiteFile> changed;
        try {
            changed = site.files().parallelStream()
                    .filter(file -> {
                        String listed = previous.hashes().get(file.path());
                        Path target = out.resolve(file.path());
                        if (listed != null && (file.isStoredAt(target) || sameOnDisk(target, file))) {
                            hashes.put(file.path(), listed);
                            return false;
                        }
                        try {
                            hashes.put(file.path(), OutputManifest.hash(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return true;
                    })
                    .toList();
        } catch (UncheckedIOException e) {
            // Nothing is written yet.
            throw new UnchangedSite(e.getCause());
        }
        OutputManifest next = new OutputManifest(new TreeMap<>(hashes));
        List<String> gone = previous.hashes().keySet().stream().filter(p -> !next.hashes().containsKey(p)).toList();
        Path markerFile = out.resolve(OutputManifest.FILE_NAME);
        byte[] marker = next.toBytes();
        if (changed.isEmpty() && gone.isEmpty()
                && Arrays.equals(Files.readAllBytes(markerFile), marker)) {
            // The folder already holds exactly this site: touch nothing, so every mtime stays.
            return new Report(0, site.files().size(), 0);
        }

        Map<String, String> during = new TreeMap<>(previous.hashes());
        for (SiteFile file : changed) {
            during.putIfAbsent(file.path(), next.hashes().get(file.path()));
            during.put(temporary(file.path()), next.hashes().get(file.path()));
        }
        boolean hadMarker = Files.exists(markerFile);
        byte[] previousMarker = hadMarker ? Files.readAllBytes(markerFile) : null;
        replace(markerFile, new OutputManifest(during).toBytes());
        TreeSet<Path> folders = new TreeSet<>();
        for (SiteFile file : changed) {
            folders.add(out.resolve(file.path()).getParent());
        }
        List<Path> made = makeFolders(folders, out);
        // Every file is written beside its place before any is renamed into it: a journal file that
        // changed or went since the build found it then stops the build with the site as it was.
        try {
            InParallel.forEach(changed, file -> {
                try {
                    writeFile(freshTemporary(out.resolve(file.path())), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            for (SiteFile file : changed) {
                try {
                    Files.deleteIfExists(temporaryOf(out.resolve(file.path())));
                } catch (DirectoryNotEmptyException notOurs) {
                    // A folder of the site at a temporary name, the likely cause of the failure:
                    // nothing was written there, and the rest of the way back must still be taken.
                }
            }
            if (hadMarker) {
                replace(markerFile, previousMarker);
            } else {
                Files.deleteIfExists(markerFile);
            }
            // The previous site is left as it was: without empty folders beside it, which no
            // later build would list or remove.
            removeEmptyFolders(made);
            throw new UnchangedSite(e.getCause());
        }
        InParallel.forEach(changed, file -> {
            try {
                renameOver(temporaryOf(out.resolve(file.path())), out.resolve(file.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (String path : gone) {
            Path file = out.resolve(path);
            if (isTemporary(path) && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                // A name listed for a write that never happened: a marker from before temporary
                // names were fitted may list one too long to exist, which deleting would fail on.
                continue;
            }
            Files.deleteIfExists(file);
            deleteEmptyFolders(file.getParent(), out);
        }
        replace(markerFile, marker);
        // The names a failed write listed for its files in the making are not pages the site lost.
        return new Report(changed.size(), site.files().size() - changed.size(),
                (int) gone.stream().filter(path -> !isTemporary(path)).count());
    }

    /**
     * Whether the file in the output already holds exactly the bytes of {@code file} (it may have
     * been edited by hand): sizes first, then the bytes, a slice at a time for a copy of a journal
     * file. One that cannot be read is not the same: writing it says why.
     */
    private static boolean sameOnDisk(Path old, SiteFile file) {
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != file.size()) {
                return false;
            }
            if (file.inMemory()) {
                return Arrays.equals(Files.readAllBytes(old), file.content());
            }
            try (InputStream was = Files.newInputStream(old); InputStream now = file.open()) {
                return sameStreams(was, now);
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean sameStreams(InputStream a, InputStream b) throws IOException {
        byte[] sliceA = new byte[OutputManifest.SLICE];
        byte[] sliceB = new byte[OutputManifest.SLICE];
        while (true) {
            int n = a.readNBytes(sliceA, 0, sliceA.length);
            int m = b.readNBytes(sliceB, 0, sliceB.length);
            if (n != m || !Arrays.equals(sliceA, 0, n, sliceB, 0, m)) {
                return false;
            }
            if (n < sliceA.length) {
                return true;
            }
        }
    }

    /** The longest file name, in bytes, that common file systems take (ext4, XFS, Btrfs, APFS). */
    static final int NAME_MAX = 255;

    private static final String TEMPORARY = ".smallwins-tmp.";

    /**
     * The name a file is written under before it is renamed into place: in the same folder, so the
     * rename is atomic. A name too long to take the prefix (a static file's name of 241 bytes or
     * more) keeps its start and gets a hash of the whole: the prefixed name was longer than the file
     * system takes, so the build failed half-way, and then at every later build too.
     */
    static String temporary(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + TEMPORARY + fitted(path.substring(slash + 1), NAME_MAX - TEMPORARY.length());
    }

    /** Whether {@code path} is a name {@link #temporary} makes. */
    static boolean isTemporary(String path) {
        return path.startsWith(TEMPORARY, path.lastIndexOf('/') + 1);
    }

    /**
     * {@code name} when its UTF-8 form takes at most {@code room} bytes; else as much of its start
     * as leaves room for a tilde and 16 hex digits of a hash of the whole name, so that two long
     * names with the same start still differ.
     */
    static String fitted(String name, int room) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= room) {
            return name;
        }
        // FNV-1a, 64 bits: names are not chosen to collide, and it is the same in every build.
        long hash = 0xcbf29ce484222325L;
        for (byte b : utf8) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        String tail = "~" + String.format(Locale.ROOT, "%016x", hash);
        int budget = room - tail.length();
        StringBuilder start = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (used + size > budget) {
                break;
            }
            start.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return start + tail;
    }

    /** Replaces a file whole: readers see the old bytes or the new ones, never a part. */
    static void replace(Path target, byte[] content) throws IOException {
        Path tmp = freshTemporary(target);
        writeFile(tmp, content);
        renameOver(tmp, target);
    }

    /** Where {@link #writeTemporary} writes the new bytes of {@code target}. */
    private static Path temporaryOf(Path target) {
        return target.resolveSibling(temporary(target.getFileName().toString()));
    }

    /** The temporary name of {@code target}, with nothing there: the new bytes go there, then over it. */
    private static Path freshTemporary(Path target) throws IOException {
        Path tmp = temporaryOf(target);
        // Something already at the temporary name (left by an interrupted build, or the marker's,
        // which the check for foreign files lets by) is removed, never written through: were it a
        // symbolic link, writing would change the file it points to, outside the output folder.
        Files.deleteIfExists(tmp);
        return tmp;
    }

    /** Renames {@code tmp} over {@code target}, atomically where the file system can. */
    private static void renameOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes {@code folders} inside {@code out}; returns those it made, each a folder before its parent. */
    static List<Path> makeFolders(Collection<Path> folders, Path out) throws IOException {
        TreeSet<Path> made = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Path folder : folders) {
            for (Path missing = folder; missing.startsWith(out) && !missing.equals(out)
                    && !Files.exists(missing, LinkOption.NOFOLLOW_LINKS); missing = missing.getParent()) {
                made.add(missing);
            }
            Files.createDirectories(folder);
        }
        return List.copyOf(made);
    }

    /** Removes each of {@code folders} (a folder before its parent) that is empty. */
    static void removeEmptyFolders(List<Path> folders) throws IOException {
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException notOnlyOurs) {
                // Something was put there meanwhile, not by this build: it stays, with its folder.
            }
        }
    }

    /** Removes folders left empty by deletions, up to (not including) the output folder. */
    private static void deleteEmptyFolders(Path folder, Path out) throws IOException {
        for (Path f = folder; f != null && !f.equals(out) && f.startsWith(out); f = f.getParent()) {
            try (Stream<Path> children = Files.list(f)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.delete(f);
        }
    }

    /**
     * Puts one file into the staging folder: a hard link to the old file when the manifest says it
     * had this content and it still does (it may have been edited or deleted by hand since), else
     * the new content. Returns whether the old file was reused. A page the build found unchanged on
     * disk is that very file: linked without reading it.
     */
    private static boolean place(Path old, Path target, SiteFile file, boolean sameHash) {
        try {
            if (sameHash && (file.isStoredAt(old) || sameOnDisk(old, file))) {
                try {
                    Files.createLink(target, old);
                } catch (UnsupportedOperationException | IOException noLinks) {
                    // A file system without hard links (FAT, some network drives): a copy keeps the time.
                    Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return true;
            }
            writeFile(target, file);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path out, String role) {
        return out.resolveSibling("." + out.getFileName() + ".smallwins-" + role);
    }

    /**
     * A staging folder left by an interrupted build is ours only if it carries our marker and no file
     * the marker does not list; or if it holds no file but the marker, whole or cut short (a build
     * stopped before its first page), or none at all. Either way there is nothing of the writer's to
     * lose. An empty one, or one with a marker cut short, stopped every build until removed by hand.
     */
    static void clearLeftover(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> files = OutputFolder.files(folder, Integer.MAX_VALUE);
        boolean ours = files.isEmpty() || files.equals(List.of(OutputManifest.FILE_NAME));
        if (!ours && OutputManifest.isPresent(folder)) {
            try {
                ours = OutputFolder.foreignFiles(folder).isEmpty();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof OutputManifest.Damaged)) {
                    throw e.getCause();
                }
            }
        }
        if (!ours) {
            throw new Leftover(folder);
        }
        deleteTree(folder);
    }

    /** A folder beside the output, left by an interrupted build, that may hold files not ours: said as it is. */
    static final class Leftover extends IOException {
        Leftover(Path folder) {
            super(folder + " is left from an interrupted build and holds files Smallwins cannot tell are its own:"
                    + " move out anything you want to keep, then delete that folder");
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
