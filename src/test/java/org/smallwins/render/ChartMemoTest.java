package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A chart is drawn again only when what it is drawn from changed since the last build. */
class ChartMemoTest {
    final ChartMemo memo = new ChartMemo();
    final AtomicInteger drawn = new AtomicInteger();

    Map<String, Object> chart(Object... drawnFrom) {
        return memo.get(List.of(drawnFrom), () -> Map.of("svg", "<svg>" + drawn.incrementAndGet() + "</svg>"));
    }

    @Test
    void keepsTheLastBuildsChartsAndOnlyThose() {
        Map<String, Object> calendar = chart("calendar", 2025, List.of(1, 2));
        chart("calendar", 2024, List.of(3));
        memo.endBuild();

        // The next build: 2025 as before (the same chart), 2024 changed, 2023 new.
        assertThat(chart("calendar", 2025, List.of(1, 2))).isSameAs(calendar);
        chart("calendar", 2024, List.of(3, 4));
        chart("calendar", 2023, List.of());
        assertThat(drawn).hasValue(4);
        memo.endBuild();

        // A chart the build before last had, and the last did not: drawn again.
        chart("calendar", 2024, List.of(3));
        assertThat(drawn).hasValue(5);
    }

    @Test
    void chartsAreDrawnOutsideTheLockAndOneIsKeptWhenTwoThreadsDrawIt() throws Exception {
        // One thread draws a slow chart; meanwhile another gets a different chart (it would wait
        // for the first were drawing done under the lock) and then draws the slow one's key too.
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Map<String, Object>> slow = pool.submit(() ->
                    memo.get(List.of("slow"), () -> {
                        drawing.countDown();
                        await(release);
                        return Map.of("svg", "<svg>slow, first thread</svg>");
                    }));
            await(drawing);
            Map<String, Object> other = memo.get(List.of("other"), () -> Map.of("svg", "<svg>other</svg>"));
            assertThat(other).containsEntry("svg", "<svg>other</svg>");
            Map<String, Object> mine = memo.get(List.of("slow"), () -> Map.of("svg", "<svg>slow, second thread</svg>"));
            release.countDown();
            // The second thread's drawing was kept first; the first thread gets it too.
            assertThat(slow.get(10, TimeUnit.SECONDS)).isSameAs(mine);
            assertThat(chartAgain("slow")).isSameAs(mine);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private Map<String, Object> chartAgain(Object... drawnFrom) {
        return memo.get(List.of(drawnFrom), () -> {
            throw new AssertionError("drawn again");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
