package org.smallwins.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smallwins.model.Entry;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/**
 * What one process keeps between builds (the preview server): each entry's rendered view and each
 * page's bytes, with the fingerprints that say when they are still right. A build that reuses
 * nothing makes the same site as one that reuses everything; only the time differs.
 */
public final class RenderCache {
    record View(Entry entry, String linkVersion, Map<String, Object> view, String hash, List<Problem> problems) {
    }

    record Rendered(String fingerprint, SiteFile file) {
    }

    final ConcurrentHashMap<String, View> views = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, Rendered> pages = new ConcurrentHashMap<>();

    /** Pages rendered afresh (not reused) by the last build that used this cache. */
    volatile int lastRendered;

    public int lastRendered() {
        return lastRendered;
    }

    public void clear() {
        views.clear();
        pages.clear();
    }
}
