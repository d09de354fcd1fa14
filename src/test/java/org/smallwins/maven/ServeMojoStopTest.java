package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeMojoStopTest {
    @TempDir
    Path tmp;

    /** Keeps what the goal logs at info level. */
    private static final class InfoLines extends SystemStreamLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    @Test
    void theGoalStoppedSaysStoppedAndEndsWithoutAFailure() throws Exception {
        Path journal = Files.createDirectories(tmp.resolve("journal/content/wins")).getParent().getParent();
        Files.writeString(journal.resolve("content/wins/2025-01-01-walk.md"), "---\ntitle: Walk\n---\nA walk.\n");
        ServeMojo mojo = MojoFields.set(new ServeMojo(), "journalDirectory", journal.toFile());
        MojoFields.set(mojo, "port", "0");
        MojoFields.set(mojo, "bind", "127.0.0.1");
        MojoFields.set(mojo, "today", "2025-02-01");
        InfoLines log = new InfoLines();
        mojo.setLog(log);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Exception | Error e) {
                failed.set(e);
            }
        });
        goal.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (log.lines.stream().noneMatch(line -> line.startsWith("Serving ")) && goal.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(log.lines).as("the goal started serving").anyMatch(line -> line.startsWith("Serving "));

        goal.interrupt();
        goal.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(goal.isAlive()).isFalse();
        assertThat(failed.get()).isNull();
        assertThat(log.lines).last().isEqualTo("Stopped.");
    }
}
