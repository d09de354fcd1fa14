package org.smallwins.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.FileSink;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * A first build's site, written into the staging folder beside the output while it renders, then
 * swapped in whole as {@link SiteWriter} does: pages go to disk as soon as they are rendered
 * instead of all being held in memory until the end.
 *
 * <p>Writing is done by threads of its own, so that rendering goes on while a write waits for the
 * disk; and the folders of the entries' pages can be made ahead ({@link #prepare}), while the
 * entries are still being turned into HTML. On a disk that is slow to make files (ten thousand
 * page folders took seconds on the machine the benchmark runs on), that waiting is most of a
 * build's writing.
 *
 * <p>Only for an output folder that holds no site of ours (absent, or empty): there is no old
 * file to compare with or link to, and nothing to update in place. Safety is as for the swap. The
 * staging folder gets the marker before anything else; before its first file, the marker lists
 * every path the build will write, so a staging folder left by a crash is still provably ours.
 * A failed build ({@link #discard}) removes the staging folder and leaves the output as it was.
 */
public final class StagedSite implements FileSink {
    /** Stands for a file's fingerprint in the staging marker until the file is written. */
    private static final String PENDING = "pending";
    private static final int WRITERS = 4;
    /** Bytes handed over and not yet written, at most: the render waits when the disk falls behind. */
    private static final int MAX_WAITING_BYTES = 16 << 20;
    private static final int FOLDERS_PER_TASK = 256;
    /**
     * Files handed to a writer together, at most: one task per page woke an idle writer per page,
     * a futex call and a context switch on the rendering thread each time (twice the context
     * switches of a 10,000-entry build, and half a second more system CPU, on the benchmark's machine).
     */
    private static final int FILES_PER_TASK = 32;
    /** Bytes of files gathered for a writer before they are handed over, at most (a few pages more). */
    private static final int BYTES_PER_TASK = 256 << 10;

    private final Path journalDir;
    private final Path output;
    private final Path out;
    private final Path staging;
    private final Collection<String> alsoExpected;
    private final Set<String> expected = new HashSet<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
        Thread thread = new Thread(runnable, "smallwins-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(MAX_WAITING_BYTES);
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();
    /** Files taken and not yet handed to a writer, and their bytes; guarded by gathering. */
    private final Object gathering = new Object();
    private List<SiteFile> gathered = new ArrayList<>(FILES_PER_TASK);
    private int gatheredBytes;
    // Writers hold the read lock; opening, finishing and discarding take the write lock, so no
    // file is handed over while the staging folder is swapped in or removed.
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The staging folder exists, with our marker. */
    private boolean created;
    /** {@link #expect} listed the paths: files are taken. */
    private volatile boolean taking;
    private boolean closed;

    /**
     * A staging area for a build into {@code output}; {@code alsoExpected} are the paths of files
     * the build adds besides the rendered ones (the journal's static files).
     */
    public StagedSite(Path journalDir, Path output, Collection<String> alsoExpected) {
        this.journalDir = journalDir;
        this.output = output;
        this.out = output.toAbsolutePath().normalize();
        this.staging = SiteWriter.sibling(out, "new");
        this.alsoExpected = List.copyOf(alsoExpected);
    }

    /**
     * Whether a build into {@code output} may stage its pages as it renders: it holds no site of
     * ours, and the folder around it can take the staging folder (see {@link SiteWriter#writesInside}).
     */
    public static boolean suits(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return !OutputManifest.isPresent(out) && !SiteWriter.writesInside(out);
    }

    /**
     * Makes the staging folder (its marker listing no file yet) and starts making {@code
     * folders} in it, relative paths like "2025/03/14/walk", on the writers' threads.
     */
    public void prepare(Collection<String> folders) {
        lock.writeLock().lock();
        try {
            create(Map.of());
            List<Path> batch = new ArrayList<>(FOLDERS_PER_TASK);
            for (String folder : folders) {
                Path path = staging.resolve(folder).normalize();
                if (!path.startsWith(staging) || path.equals(staging)) {
                    throw new IllegalArgumentException("not a safe output folder: " + folder);
                }
                batch.add(path);
                if (batch.size() == FOLDERS_PER_TASK) {
                    makeFolders(batch);
                    batch = new ArrayList<>(FOLDERS_PER_TASK);
                }
            }
            makeFolders(batch);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void makeFolders(List<Path> batch) {
        writers.execute(() -> {
            try {
                for (Path folder : batch) {
                    SiteWriter.makeFolder(folder, folders);
                }
            } catch (IOException e) {
                failed.compareAndSet(null, failure(e));
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            }
        });
    }

    /**
     * Lists every path in the staging folder's marker (making the folder first if {@link #prepare}
     * did not), before the first page. Refuses (false) when two files would share a path: the
     * build then reports the clash, and its staging folder is discarded.
     */
    @Override
    public boolean expect(Collection<String> paths) {
        List<String> all = new ArrayList<>(paths);
        all.addAll(alsoExpected);
        if (new HashSet<>(all).size() < all.size()) {
            return false;
        }
        lock.writeLock().lock();
        try {
            if (closed || taking) {
                throw new IllegalStateException("a staged site expects its paths once");
            }
            Map<String, String> pending = new TreeMap<>();
            all.forEach(path -> pending.put(path, PENDING));
            if (created) {
                SiteWriter.replace(staging.resolve(OutputManifest.FILE_NAME), new OutputManifest(pending).toBytes());
            } else {
                create(pending);
            }
            expected.addAll(all);
            taking = true;
            return true;
        } catch (IOException e) {
            throw failure(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Clears what an interrupted build left and makes the staging folder, with a marker listing {@code pending}. */
    private void create(Map<String, String> pending) throws IOException {
        if (closed || created) {
            throw new IllegalStateException("a staging folder is made once");
        }
        List<Problem> problems = OutputFolder.check(journalDir, output);
        if (!problems.isEmpty()) {
            throw new JournalException(problems);
        }
        Files.createDirectories(out.getParent());
        SiteWriter.clearLeftover(staging);
        SiteWriter.clearLeftover(SiteWriter.sibling(out, "old"));
        Files.createDirectory(staging);
        created = true;
        folders.add(staging);
        Files.write(staging.resolve(OutputManifest.FILE_NAME), new OutputManifest(pending).toBytes());
    }

    /**
     * Hands the file to the writers, from any thread; the build keeps only its path and where it
     * will be. A write that failed earlier is thrown here, so the render stops.
     */
    @Override
    public SiteFile take(SiteFile file) {
        lock.readLock().lock();
        try {
            if (!taking || closed) {
                throw new IllegalStateException("a staged site takes files between expect() and finish() or discard()");
            }
            if (!expected.contains(file.path())) {
                // The marker would not list it: a crash would leave a staging folder not provably ours.
                throw new IllegalStateException("not among the paths expected: " + file.path());
            }
            throwIfFailed();
            int size = roomFor(file);
            if (!room.tryAcquire(size)) {
                handOver(null);
                room.acquireUninterruptibly(size);
            }
            handOver(file);
            return SiteFile.writtenTo(file.path(), out);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The room {@code file} holds until written. Gathered files hold theirs before they are handed
     * over: so that a waiting take can always be given room by the writers, no file asks for more
     * than all the room less a group.
     */
    private static int roomFor(SiteFile file) {
        return (int) Math.min(file.size(), MAX_WAITING_BYTES - BYTES_PER_TASK);
    }

    /**
     * Adds {@code file} (null: none) to the gathered files, and hands them to a writer when they are
     * enough, or when {@code file} is null.
     */
    private void handOver(SiteFile file) {
        List<SiteFile> batch;
        synchronized (gathering) {
            if (file != null) {
                gathered.add(file);
                gatheredBytes += (int) Math.min(file.size(), Integer.MAX_VALUE);
                if (gathered.size() < FILES_PER_TASK && gatheredBytes < BYTES_PER_TASK) {
                    return;
                }
            }
            if (gathered.isEmpty()) {
                return;
            }
            batch = gathered;
            gathered = new ArrayList<>(FILES_PER_TASK);
            gatheredBytes = 0;
        }
        writers.execute(() -> {
            for (SiteFile each : batch) {
                try {
                    write(each);
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                } finally {
                    room.release(roomFor(each));
                }
            }
        });
    }

    /** Whether {@link #expect} listed the paths: the build then ends with {@link #finish}. */
    public boolean isOpen() {
        return taking && !closed;
    }

    /**
     * Waits for the writers, writes the files of {@code site} that are still in memory (theme
     * assets, static files) and the final marker with every file's fingerprint, and swaps the
     * staging folder in as the output.
     */
    public SiteWriter.Report finish(Site site) {
        lock.writeLock().lock();
        try {
            if (!isOpen()) {
                throw new IllegalStateException("nothing staged to finish");
            }
            Set<String> paths = new HashSet<>();
            site.files().forEach(file -> paths.add(file.path()));
            if (!paths.equals(expected)) {
                throw new IllegalStateException("the site is not what was staged: " + expected.size() + " paths expected, "
                        + paths.size() + " in the site");
            }
            handOver(null);
            stopWriters(false);
            throwIfFailed();
            for (SiteFile file : site.files()) {
                // The rendered pages are written already; theme assets and copies of journal files are not.
                if (file.inMemory() || file.isCopy()) {
                    write(file);
                }
            }
            if (!hashes.keySet().equals(expected)) {
                throw new IllegalStateException("a file of the site was not written: " + hashes.size() + " of "
                        + expected.size());
            }
            SiteWriter.replace(staging.resolve(OutputManifest.FILE_NAME), new OutputManifest(new TreeMap<>(hashes)).toBytes());
            // A folder with no site of ours in it holds no files (OutputFolder.check): only empty folders go.
            SiteWriter.moveIntoPlace(staging, out);
            closed = true;
            return new SiteWriter.Report(site.files().size(), 0, 0);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stops the writers and removes the staging folder, unless the site was swapped in; the output stays as it was. */
    public void discard() {
        lock.writeLock().lock();
        try {
            stopWriters(true);
            if (created && !closed && Files.exists(staging)) {
                SiteWriter.deleteTree(staging);
            }
        } catch (IOException e) {
            // Left with its marker, which lists every file it can hold: the next build removes it.
        } finally {
            closed = true;
            lock.writeLock().unlock();
        }
    }

    /** Waits for every task handed over to end; {@code now}: the queued ones are dropped, not run. */
    private void stopWriters(boolean now) {
        if (now) {
            writers.shutdownNow();
        } else {
            writers.shutdown();
        }
        boolean interrupted = false;
        while (true) {
            try {
                if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwIfFailed() {
        RuntimeException failure = failed.get();
        if (failure != null) {
            throw failure;
        }
    }

    private void write(SiteFile file) {
        Path target = staging.resolve(file.path());
        try {
            SiteWriter.makeParent(target, folders);
            SiteWriter.writeFile(target, file);
            // A copy is hashed as written, from the staged file: what the marker lists is what the site holds.
            hashes.put(file.path(), file.inMemory() ? OutputManifest.hash(file.content())
                    : OutputManifest.hash(SiteFile.writtenTo(file.path(), staging)));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private JournalException failure(IOException cause) {
        // In words with the path, as SiteWriter says it: not Java's names ("java.nio.file.FileAlreadyExistsException").
        return new JournalException(SiteWriter.problem(output, cause, SiteWriter.LEFT_AS_IT_WAS));
    }
}
