package org.smallwins.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smallwins.model.BodyEdits;
import org.smallwins.model.EntryType;

/**
 * Keeps the last render's page plan after edits to entries' text. Page models hold entry views by
 * reference, so once each edited entry's old view holds its new content, every page that shows it
 * shows the new text, and no other page changes: those pages (found through {@link Dependents})
 * are all that needs rendering again. Only the search page also carries text of its own (its
 * index), and the caller plans it afresh.
 */
final class PlanPatch {
    private PlanPatch() {
    }

    /**
     * Which pages of a plan show each entry view, found the first time it is asked. Views are
     * refilled in place, never replaced, while the plan is kept, so the answer holds as long as it.
     */
    static final class Dependents {
        private final List<Page> pages;
        private final List<Map<String, Object>> views;
        private IdentityHashMap<Object, List<String>> byView;

        /** For a plan of {@code pages} showing {@code views}. */
        Dependents(List<Page> pages, List<Map<String, Object>> views) {
            this.pages = List.copyOf(pages);
            this.views = List.copyOf(views);
        }

        /** The paths of the pages whose model shows {@code view}, one of the plan's views. */
        synchronized List<String> of(Object view) {
            if (byView == null) {
                Set<Object> known = Collections.newSetFromMap(new IdentityHashMap<>());
                known.addAll(views);
                byView = new IdentityHashMap<>();
                for (Page page : pages) {
                    Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
                    collect(page.model(), known, shown);
                    for (Object item : shown) {
                        byView.computeIfAbsent(item, v -> new ArrayList<>()).add(page.path());
                    }
                }
            }
            return byView.getOrDefault(view, List.of());
        }
    }

    private static void collect(Object value, Set<Object> views, Set<Object> shown) {
        if (value == null) {
            return;
        }
        if (views.contains(value)) {
            shown.add(value);
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                collect(item, views, shown);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, views, shown);
            }
        }
    }

    /**
     * Brings {@code last} up to date with {@code edits}: returns the paths of the pages to render
     * again, or null when the plan cannot be kept (then nothing was changed). {@code cached},
     * {@code views} and {@code hashes} are this render's views; each edited entry's view moves into
     * the map object the plan holds, and they are updated to match.
     */
    static Set<String> apply(RenderCache.Plan last, BodyEdits edits, List<RenderCache.View> cached,
                             List<Map<String, Object>> views, IdentityHashMap<Object, String> hashes,
                             RenderCache cache) {
        if (last.views().size() != views.size()) {
            return null;
        }
        Set<Integer> edited = new HashSet<>(edits.changed());
        for (int i = 0; i < views.size(); i++) {
            Map<String, Object> before = last.views().get(i);
            if (views.get(i) == before) {
                continue;
            }
            // A goal's page copies the goal's text out of its view; and a view we cannot refill
            // in place (not one we made) cannot be patched.
            if (!edited.contains(i) || cached.get(i).entry().is(EntryType.GOAL) || !(before instanceof LinkedHashMap)) {
                return null;
            }
        }
        Set<String> redo = new HashSet<>();
        for (int i : edits.changed()) {
            Map<String, Object> before = last.views().get(i);
            Map<String, Object> after = views.get(i);
            if (before == after) {
                continue;
            }
            RenderCache.View view = cached.get(i);
            before.clear();
            before.putAll(after);
            hashes.remove(after);
            hashes.put(before, view.hash());
            views.set(i, before);
            RenderCache.View moved = new RenderCache.View(view.entry(), view.linkVersion(), before, view.hash(),
                    view.problems(), view.entryKey(), view.siteLinks(), view.shown());
            cached.set(i, moved);
            cache.views.put(view.entry().source(), moved);
            redo.addAll(last.dependents().of(before));
        }
        return redo;
    }
}
