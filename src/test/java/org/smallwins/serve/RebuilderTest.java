package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.site.SiteFile;

/**
 * When the rebuilds come: after a save's events have settled, and not never while something keeps
 * writing; and when they reload the open tabs: only when what the tabs show changed.
 */
class RebuilderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final List<Long> reloads = new CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    private Rebuilder rebuilder(Path journal) {
        Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                (level, line) -> { }, snapshot -> reloads.add(snapshot.version()));
        rebuilder.buildNow();
        reloads.clear();
        return rebuilder;
    }

    private Path journal() {
        return JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Quiet\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
    }

    /**
     * As the watcher says {@code path} changed: builds at once with that change, then waits past the
     * quiet spell, when the build the change asked for was due; that one must not build it again.
     * (On a busy machine the scheduled build may start before buildNow's: then buildNow builds
     * second, which is fine; what must not happen is a build after the one that took the change.)
     */
    private static void saved(Rebuilder rebuilder, Path path) throws InterruptedException {
        rebuilder.changed(path);
        long built = rebuilder.buildNow().version();
        Thread.sleep(4 * Rebuilder.QUIET_MILLIS);
        assertThat(rebuilder.snapshot().version()).as("builds after the one that took the save").isEqualTo(built);
    }

    @Test
    void aChangeTheFirstBuildTookInIsNotBuiltAgain() throws Exception {
        // The server watches from before its first build: a save while it runs is in it already.
        Path journal = journal();
        try (Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                (level, line) -> { }, snapshot -> { })) {
            rebuilder.changed(journal.resolve("content/wins/2025-03-14-walk.md"));
            long built = rebuilder.buildNow().version();
            Thread.sleep(4 * Rebuilder.QUIET_MILLIS);

            // 1, or 2 when a busy machine let the scheduled build start first; never one more after.
            assertThat(rebuilder.snapshot().version()).as("builds").isEqualTo(built);
        }
    }

    @Test
    void aChangeAfterABuildTookItsChangesIsBuiltAfterTheQuietSpell() throws Exception {
        Path journal = journal();
        try (Rebuilder rebuilder = rebuilder(journal)) {
            Path entry = journal.resolve("content/wins/2025-03-14-walk.md");
            saved(rebuilder, entry);
            Files.writeString(entry, "---\ntitle: A walk\n---\nOutside, in the snow.\n");
            rebuilder.changed(entry);
            long until = System.nanoTime() + 10_000_000_000L;
            while (rebuilder.snapshot().version() < 3 && System.nanoTime() < until) {
                Thread.sleep(10);
            }

            assertThat(rebuilder.snapshot().version()).as("builds").isEqualTo(3);
            assertThat(new String(rebuilder.snapshot().files().get("2025/03/14/walk/index.html").content(), StandardCharsets.UTF_8))
                    .contains("in the snow");
        }
    }

    @Test
    void aRebuildThatChangedNothingReloadsNothing() throws Exception {
        Path journal = journal();
        try (Rebuilder rebuilder = rebuilder(journal)) {
            Path settings = journal.resolve("journal.yml");
            Files.setLastModifiedTime(settings, FileTime.fromMillis(
                    System.currentTimeMillis()));
            saved(rebuilder, settings);
            Path entry = journal.resolve("content/wins/2025-03-14-walk.md");
            Files.writeString(entry, "---\ntitle: A walk\n---\nOutside.\n");
            saved(rebuilder, entry);

            assertThat(reloads).isEmpty();
        }
    }

    @Test
    void anEditThatChangesAPageReloads() throws Exception {
        Path journal = journal();
        try (Rebuilder rebuilder = rebuilder(journal)) {
            Path entry = journal.resolve("content/wins/2025-03-14-walk.md");
            Files.writeString(entry, "---\ntitle: A walk\n---\nOutside, in the rain.\n");
            saved(rebuilder, entry);

            assertThat(reloads).hasSize(1);
        }
    }

    @Test
    void aProblemThatAppearsReloadsAndSoDoesItsFix() throws Exception {
        Path journal = journal();
        try (Rebuilder rebuilder = rebuilder(journal)) {
            Path entry = journal.resolve("content/wins/2025-03-14-walk.md");
            Files.writeString(entry, "---\ntitle: A walk\nmood: 9\n---\nOutside.\n");
            saved(rebuilder, entry);
            assertThat(reloads).as("the problem shown").hasSize(1);
            assertThat(rebuilder.snapshot().failing()).isTrue();

            saved(rebuilder, entry);
            assertThat(reloads).as("the same problem, saved again").hasSize(1);

            // Fixed as it was: the same pages as the last good build, but the problems must go.
            Files.writeString(entry, "---\ntitle: A walk\n---\nOutside.\n");
            saved(rebuilder, entry);
            assertThat(reloads).as("the problem gone").hasSize(2);
            assertThat(rebuilder.snapshot().failing()).isFalse();
        }
    }

    @Test
    void changesThatNeverPauseStillRebuildNowAndThen() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Busy\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
        List<String> built = new CopyOnWriteArrayList<>();
        try (Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 24)), (level, line) -> { }, snapshot -> built.add("built"))) {
            rebuilder.buildNow();
            built.clear();
            // A program writing a file in static/ every few milliseconds, for longer than anyone waits.
            Path busy = Files.createDirectories(journal.resolve("static")).resolve("log.txt");
            long until = System.nanoTime() + 3 * Rebuilder.LONGEST_WAIT_MILLIS * 1_000_000;
            for (int line = 1; System.nanoTime() < until; line++) {
                Files.writeString(busy, "line " + line + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                rebuilder.changed(busy);
                Thread.sleep(5);
            }

            assertThat(built).as("builds while the changes kept coming").isNotEmpty();
        }
    }

    @Test
    void aStaticFileIsNotHeldByThePreviewWhichSendsItAsItIsNow() throws Exception {
        Path journal = JournalFiles.write(journal(), "static/heron.jpg", "heron");
        Path photo = journal.resolve("static/heron.jpg");
        try (Rebuilder rebuilder = rebuilder(journal)) {
            SiteFile held = rebuilder.snapshot().files().get("heron.jpg");
            SentFiles sent = new SentFiles();

            assertThat(held.inMemory()).as("years of photos would not fit").isFalse();
            assertThat(new String(sent.of(rebuilder.snapshot(), "heron.jpg", held).bytes(), StandardCharsets.UTF_8))
                    .isEqualTo("heron");
            saved(rebuilder, journal.resolve("journal.yml"));
            assertThat(reloads).as("nothing changed since the last build").isEmpty();

            Files.writeString(photo, "heron, redrawn");
            assertThat(new String(sent.of(rebuilder.snapshot(), "heron.jpg", held).bytes(), StandardCharsets.UTF_8))
                    .as("before the rebuild, what the file holds now").isEqualTo("heron, redrawn");
            saved(rebuilder, photo);
            assertThat(reloads).as("the photo changed").hasSize(1);
        }
    }
}
