package org.smallwins.render;

import java.util.ArrayList;
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
 * shows the new text, and no other page changes: those pages (found through {@link #dependents})
 * are all that needs rendering again. Only the search page also carries text of its own (its
 * index), and the caller plans it afresh.
 */
final class PlanPatch {
    private PlanPatch() {
    }

    /** For each entry view (the keys of {@code views}), the paths of the pages whose model shows it. */
    static IdentityHashMap<Object, List<String>> dependents(List<Page> pages, IdentityHashMap<Object, String> views) {
        IdentityHashMap<Object, List<String>> dependents = new IdentityHashMap<>();
        for (Page page : pages) {
            Set<Object> shown = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            collect(page.model(), views, shown);
            for (Object view : shown) {
                dependents.computeIfAbsent(view, v -> new ArrayList<>()).add(page.path());
            }
        }
        return dependents;
    }

    private static void collect(Object value, IdentityHashMap<Object, String> views, Set<Object> shown) {
        if (value == null) {
            return;
        }
        if (views.containsKey(value)) {
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
                    view.problems(), view.entryKey());
            cached.set(i, moved);
            cache.views.put(view.entry().source(), moved);
            redo.addAll(last.dependents().getOrDefault(before, List.of()));
        }
        return redo;
    }
}
