package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopOnExitTest {
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();

    @Test
    void stoppingClosesTheServerSaysStoppedOnceAndEndsTheWait() throws Exception {
        StopOnExit stop = new StopOnExit(closed::incrementAndGet, (level, line) -> said.add(level + " " + line));
        Thread waiting = new Thread(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();

        stop.stop();
        stop.stop();
        waiting.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(waiting.isAlive()).isFalse();
        assertThat(closed).hasValue(1);
        assertThat(said).containsExactly("INFO Stopped.");
    }

    @Test
    void aServerThatFailsToCloseIsStillSaidToHaveStopped() {
        StopOnExit stop = new StopOnExit(() -> {
            throw new IOException("already closed");
        }, (level, line) -> said.add(line));

        stop.stop();

        assertThat(said).containsExactly("Stopped.");
    }

    @Test
    void aRegisteredStopStoppedByHandLeavesNoHookBehind() {
        StopOnExit stop = StopOnExit.register(closed::incrementAndGet, (level, line) -> said.add(line));

        stop.stop();

        assertThat(Runtime.getRuntime().removeShutdownHook(stop.hook)).as("the hook was still registered").isFalse();
        assertThat(closed).hasValue(1);
        assertThat(said).containsExactly("Stopped.");
    }
}
