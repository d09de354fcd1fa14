package org.smallwins.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.smallwins.model.Entry;

/**
 * The search page's results made the plain way, as search.js ranked them before its index was
 * packed: every folded word of every entry with where it stands (4 title, 2 tag, 1 text), every
 * typed word matching the start of a word, 9 for a title, 3 for a tag and 1 for any match added
 * up per typed word, then newer (a later position) above older. For browser tests to hold the
 * packed index and its reader to the same results in the same order.
 */
public final class SearchReference {
    private final TreeMap<String, Map<Integer, Integer>> hits = new TreeMap<>();

    public SearchReference(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Map<String, Integer> where = new LinkedHashMap<>();
            SearchIndex.words(entry.title()).forEach(w -> where.merge(w, SearchIndex.TITLE, (a, b) -> a | b));
            for (String tag : entry.tags()) {
                SearchIndex.words(tag).forEach(w -> where.merge(w, SearchIndex.TAG, (a, b) -> a | b));
            }
            SearchIndex.words(entry.summary()).forEach(w -> where.merge(w, SearchIndex.TEXT, (a, b) -> a | b));
            SearchIndex.words(SearchIndex.readable(entry.body()))
                    .forEach(w -> where.merge(w, SearchIndex.TEXT, (a, b) -> a | b));
            int position = i;
            where.forEach((word, bits) -> hits.computeIfAbsent(word, w -> new HashMap<>()).put(position, bits));
        }
    }

    /** The positions of the entries found for {@code query}, best first; empty when none are. */
    public List<Integer> results(String query) {
        Map<Integer, Integer> total = null;
        for (String typed : SearchIndex.words(query)) {
            Map<Integer, Integer> found = new HashMap<>();
            for (Map.Entry<String, Map<Integer, Integer>> word : hits.tailMap(typed).entrySet()) {
                if (!word.getKey().startsWith(typed)) {
                    break;
                }
                word.getValue().forEach((entry, where) -> found.merge(entry, where, (a, b) -> a | b));
            }
            Map<Integer, Integer> next = new HashMap<>();
            Set<Integer> before = total == null ? null : new HashSet<>(total.keySet());
            for (Map.Entry<Integer, Integer> hit : found.entrySet()) {
                if (before == null || before.contains(hit.getKey())) {
                    next.put(hit.getKey(), (total == null ? 0 : total.get(hit.getKey())) + score(hit.getValue()));
                }
            }
            total = next;
        }
        List<Integer> ranked = new ArrayList<>(total == null ? Map.<Integer, Integer>of().keySet() : total.keySet());
        Map<Integer, Integer> scores = total;
        ranked.sort((a, b) -> scores.get(a).equals(scores.get(b)) ? b - a : scores.get(b) - scores.get(a));
        return ranked;
    }

    private static int score(int where) {
        return ((where & SearchIndex.TITLE) != 0 ? 9 : 0) + ((where & SearchIndex.TAG) != 0 ? 3 : 0) + 1;
    }
}
