package org.smallwins.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Chart models of the last build, by what each was drawn from. Drawing is a pure function of its
 * inputs, so a chart whose inputs are equal to last time's is the same chart: a rebuild after one
 * edit redraws only the charts the edit changed. Holds one build's charts at a time.
 */
final class ChartMemo {
    private Map<List<Object>, Map<String, Object>> previous = Map.of();
    private final Map<List<Object>, Map<String, Object>> current = new HashMap<>();

    /**
     * The chart drawn from {@code drawnFrom}: last build's when it had one, else drawn now. Drawn
     * outside the lock, since the progress pages are planned on several threads at once; two
     * threads drawing one chart draw equal ones, and the first kept is the one both get.
     */
    Map<String, Object> get(List<Object> drawnFrom, Supplier<Map<String, Object>> draw) {
        synchronized (this) {
            Map<String, Object> chart = current.get(drawnFrom);
            if (chart == null) {
                chart = previous.get(drawnFrom);
                if (chart != null) {
                    current.put(drawnFrom, chart);
                }
            }
            if (chart != null) {
                return chart;
            }
        }
        Map<String, Object> drawn = draw.get();
        synchronized (this) {
            Map<String, Object> first = current.putIfAbsent(drawnFrom, drawn);
            return first != null ? first : drawn;
        }
    }

    /** Ends a build: its charts are what the next build may reuse; older ones are let go. */
    synchronized void endBuild() {
        previous = new HashMap<>(current);
        current.clear();
    }

    synchronized void clear() {
        previous = Map.of();
        current.clear();
    }
}
