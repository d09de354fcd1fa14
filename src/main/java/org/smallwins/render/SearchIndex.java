package org.smallwins.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.smallwins.model.Entry;

/**
 * The search page's index, made at build time: every word of every entry's title, tags and text,
 * folded (lower case, accents removed, as search.js folds what is typed), sorted so that the words
 * starting with what is typed sit together and one binary search finds them. For each word it lists
 * the entries holding it and where: 4 title, 2 tag, 1 text, added up. Entries are numbers in the
 * journal's order; the page lists them (with links) in the same order.
 *
 * <p>Shape: {@code {"words":["walk",...],"hits":[[entry,where,entry,where,...],...]}}.
 */
final class SearchIndex {
    static final int TITLE = 4;
    static final int TAG = 2;
    static final int TEXT = 1;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Link and image targets and HTML tags: written, but not read, so not searched. */
    private static final Pattern READ_ONLY = Pattern.compile("(?<=\\])\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)|<[^>]*>");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    static String json(List<Entry> entries) {
        TreeMap<String, TreeMap<Integer, Integer>> words = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            add(words, i, TITLE, entry.title());
            for (String tag : entry.tags()) {
                add(words, i, TAG, tag);
            }
            add(words, i, TEXT, entry.summary());
            add(words, i, TEXT, READ_ONLY.matcher(entry.body()).replaceAll(" "));
        }
        StringBuilder out = new StringBuilder(words.size() * 16).append("{\"words\":[");
        boolean first = true;
        for (String word : words.keySet()) {
            out.append(first ? "" : ",").append('"').append(word).append('"');
            first = false;
        }
        out.append("],\"hits\":[");
        first = true;
        for (TreeMap<Integer, Integer> hits : words.values()) {
            out.append(first ? "[" : ",[");
            first = false;
            boolean firstHit = true;
            for (Map.Entry<Integer, Integer> hit : hits.entrySet()) {
                out.append(firstHit ? "" : ",").append(hit.getKey()).append(',').append(hit.getValue());
                firstHit = false;
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }

    private static void add(TreeMap<String, TreeMap<Integer, Integer>> words, int entry, int where, String text) {
        for (String word : words(text)) {
            words.computeIfAbsent(word, w -> new TreeMap<>()).merge(entry, where, (a, b) -> a | b);
        }
    }

    /** Folded words, as search.js folds a query: only letters and digits, so the JSON needs no escapes. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }
}
