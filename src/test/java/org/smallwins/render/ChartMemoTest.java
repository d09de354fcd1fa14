package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
}
