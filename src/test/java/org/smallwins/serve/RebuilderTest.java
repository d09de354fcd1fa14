package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;

/** When the rebuilds come: after a save's events have settled, and not never while something keeps writing. */
class RebuilderTest {
    @Test
    void changesThatNeverPauseStillRebuildNowAndThen(@TempDir Path tmp) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Busy\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\nOutside.\n");
        List<String> built = new CopyOnWriteArrayList<>();
        try (Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 24)), (level, line) -> { }, snapshot -> built.add("built"))) {
            rebuilder.buildNow();
            built.clear();
            // A program writing a file in static/ every few milliseconds, for longer than anyone waits.
            Path busy = journal.resolve("static/log.txt");
            long until = System.nanoTime() + 3 * Rebuilder.LONGEST_WAIT_MILLIS * 1_000_000;
            while (System.nanoTime() < until) {
                rebuilder.changed(busy);
                Thread.sleep(5);
            }

            assertThat(built).as("builds while the changes kept coming").isNotEmpty();
        }
    }
}
