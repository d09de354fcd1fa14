package org.smallwins.serve;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.Smallwins;
import org.smallwins.problem.JournalException;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/**
 * Rebuilds the site in memory when the journal changes. Changes are gathered for a short quiet
 * spell first, so an editor's save (a temporary file, a rename, sometimes two saves) makes one
 * rebuild. A failed build keeps the last good pages and shows its problems instead of stopping.
 */
final class Rebuilder implements AutoCloseable {
    /** Long enough to gather one save's several events, short enough that nobody waits for it. */
    static final long QUIET_MILLIS = 60;
    /** Changes that never pause (a program writing a file in static/) are built at least this often. */
    static final long LONGEST_WAIT_MILLIS = 1000;

    private final Smallwins smallwins = new Smallwins();
    private final BuildRequest request;
    private final ServeLog log;
    private final Consumer<Snapshot> onChanged;
    private final ScheduledExecutorService builds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "smallwins-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    // System.nanoTime() of the first change the next build is to show; -1: none yet.
    private long waitingSince = -1;
    // Paths the watcher reported since the last build started; null: unknown (first build, or the
    // watcher lost events), so the next build looks at every file.
    private Set<Path> changedPaths;
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    // The warnings the writer has been shown and that still held at the last build: a rebuild says
    // only new or changed ones, so saving every few seconds does not scroll the same ones by each time.
    // Only the build thread uses it.
    private Set<Problem> warningsShown = Set.of();

    /**
     * {@code onChanged} gets each build that changed what the open tabs show; a save without edits,
     * or a touched journal.yml, builds but reloads nothing.
     */
    Rebuilder(BuildRequest request, ServeLog log, Consumer<Snapshot> onChanged) {
        this.request = request;
        this.log = log;
        this.onChanged = onChanged;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Builds now, on the caller's thread; the first build before the server opens. */
    Snapshot buildNow() {
        try {
            return builds.submit(this::build).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return snapshot;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Asks for a rebuild after the quiet spell, not knowing what changed: every file is looked at. */
    synchronized void changed() {
        changed(null);
    }

    /**
     * Asks for a rebuild after the quiet spell; asking again restarts the spell. {@code path}: the
     * file or folder that changed, or null when unknown (the watcher overflowed).
     */
    synchronized void changed(Path path) {
        if (path == null) {
            changedPaths = null;
            everything = true;
        } else if (!everything) {
            if (changedPaths == null) {
                changedPaths = new HashSet<>();
            }
            changedPaths.add(path);
        }
        long now = System.nanoTime();
        if (waitingSince < 0) {
            waitingSince = now;
        }
        if (pending != null && !pending.isDone() && pending.getDelay(TimeUnit.NANOSECONDS) > 0
                && now - waitingSince >= LONGEST_WAIT_MILLIS * 1_000_000) {
            // Waited long enough: the build already asked for runs, however the changes keep coming.
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = builds.schedule(this::buildIfChanged, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The build a change asked for, unless one since (buildNow, or a scheduled one that started
     * before it could be called off) took that change in already: it would build the same site again.
     */
    private void buildIfChanged() {
        if (changedSinceLastBuild()) {
            build();
        }
    }

    /** Whether a change came after the last build took its changes; only the build thread takes them. */
    private synchronized boolean changedSinceLastBuild() {
        return waitingSince >= 0;
    }

    /** Whether a change since the last build was not described by a path (an overflow). */
    private boolean everything = true;

    /** The paths to pass to this build, and a fresh start for the next one's. */
    private synchronized Set<Path> takeChanges() {
        Set<Path> changes = everything ? null
                : changedPaths == null ? Set.of() : changedPaths;
        changedPaths = null;
        everything = false;
        waitingSince = -1;
        return changes;
    }

    /** A failed build may have stopped before reading the paths it was given: walk next time. */
    private synchronized void lookAtEverythingNextTime() {
        everything = true;
        changedPaths = null;
    }

    private Snapshot build() {
        long start = System.nanoTime();
        Snapshot next;
        Set<Path> changes = takeChanges();
        try {
            BuildResult result = smallwins.render(request, changes);
            Map<String, SiteFile> files = new HashMap<>();
            for (SiteFile file : result.site().files()) {
                // Copies of journal files (photos) stay on disk, read when asked for: years of them
                // would not fit in memory. Pages are held, as the output folder may change under them.
                files.put(file.path(), file.isCopy() || file.inMemory() ? file : new SiteFile(file.path(), file.content()));
            }
            next = new Snapshot(files, result.warnings(), snapshot.version() + 1,
                    result.journal().settings().basePath());
            long millis = (System.nanoTime() - start) / 1_000_000;
            say(result.warnings(), true);
            log.line(ServeLog.Level.INFO, String.format("Built %d %s in %d ms (%d %s rendered).", result.journal().entries().size(),
                    result.journal().entries().size() == 1 ? "entry" : "entries", millis,
                    smallwins.lastPagesRendered(), smallwins.lastPagesRendered() == 1 ? "page" : "pages"));
        } catch (JournalException e) {
            lookAtEverythingNextTime();
            next = new Snapshot(snapshot.files(), e.problems(), snapshot.version() + 1, snapshot.basePath());
            // A failed build may stop before it finds every warning: none is taken for fixed from it.
            say(e.problems(), false);
            long errors = e.problems().stream().filter(Problem::isError).count();
            String showing = snapshot.files().isEmpty() ? "the site is shown once it builds."
                    : "still showing the last good pages.";
            log.line(ServeLog.Level.ERROR, (errors == 1 ? "1 problem to fix; " : errors + " problems to fix; ") + showing);
        } catch (RuntimeException | Error e) {
            // Said, not lost in the build thread: an Error there would end it without a word.
            lookAtEverythingNextTime();
            next = new Snapshot(snapshot.files(), List.of(Problem.error("(build)", 0, null, e.toString())),
                    snapshot.version() + 1, snapshot.basePath());
            log.line(ServeLog.Level.ERROR, "The build stopped unexpectedly: " + e);
        }
        Snapshot before = snapshot;
        snapshot = next;
        if (next.differsFrom(before)) {
            onChanged.accept(next);
        }
        return next;
    }

    /**
     * Says every error of {@code problems} (they block the site, so each failed build says them) and
     * the warnings not shown before. {@code complete}: the build found every warning, so those shown
     * before and gone now are said to be fixed, in a line of their count.
     */
    private void say(List<Problem> problems, boolean complete) {
        Set<Problem> warnings = new LinkedHashSet<>();
        for (Problem problem : problems) {
            if (problem.isError()) {
                log.line(ServeLog.Level.ERROR, problem.toString());
            } else if (warnings.add(problem) && !warningsShown.contains(problem)) {
                log.line(ServeLog.Level.WARNING, problem.toString());
            }
        }
        // A warning that only moved to another line (an edit above it) is said again, but not fixed.
        Set<List<String>> stillThere = new HashSet<>();
        for (Problem warning : warnings) {
            stillThere.add(placeless(warning));
        }
        List<Problem> gone = warningsShown.stream().filter(shown -> !stillThere.contains(placeless(shown))).toList();
        if (!complete) {
            // Those not found may still be there: they stay shown (but for those that moved).
            warnings.addAll(gone);
        } else if (!gone.isEmpty()) {
            log.line(ServeLog.Level.INFO, (gone.size() == 1 ? "1 warning fixed" : gone.size() + " warnings fixed")
                    + (warnings.isEmpty() ? "." : "; " + warnings.size() + " still worth a look."));
        }
        warningsShown = warnings;
    }

    /** What a warning says and of which file, wherever in it: to tell one that moved from one that went. */
    private static List<String> placeless(Problem problem) {
        return Arrays.asList(problem.path(), problem.field(), problem.message());
    }

    @Override
    public void close() {
        builds.shutdownNow();
    }
}
