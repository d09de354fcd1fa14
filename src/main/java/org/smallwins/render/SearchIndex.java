package org.smallwins.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** One entry's words, each with where it occurs (bits added up), in first-seen order. */
    private record EntryWords(String[] words, int[] where) {
    }

    /** The last index made and what it was made from: a rebuild folds only entries it has not seen. */
    private record Last(List<Entry> entries, String json, java.util.IdentityHashMap<Entry, EntryWords> words) {
    }

    private static volatile Last last;

    /** One word's (entry, where) pairs, growing as entries are visited. */
    private static final class Hits {
        int[] pairs = new int[4];
        int size;

        void add(int entry, int where) {
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = entry;
            pairs[size++] = where;
        }
    }

    static String json(List<Entry> entries) {
        Last previous = last;
        if (previous != null && sameEntries(previous.entries(), entries)) {
            return previous.json();
        }
        java.util.IdentityHashMap<Entry, EntryWords> known = new java.util.IdentityHashMap<>(entries.size() * 2);
        // Each word's hits as (entry, where) pairs, added in entry order, which is the order entries
        // are visited in, so no sorting per word is needed. One map lookup per word of each entry.
        java.util.HashMap<String, Hits> hits = new java.util.HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            EntryWords words = previous == null ? null : previous.words().get(entry);
            if (words == null) {
                words = wordsOf(entry);
            }
            known.put(entry, words);
            String[] list = words.words();
            for (int w = 0; w < list.length; w++) {
                Hits h = hits.get(list[w]);
                if (h == null) {
                    h = new Hits();
                    hits.put(list[w], h);
                }
                h.add(i, words.where()[w]);
            }
        }
        String[] sorted = hits.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        StringBuilder out = new StringBuilder(sorted.length * 16).append("{\"words\":[");
        for (int w = 0; w < sorted.length; w++) {
            out.append(w == 0 ? "" : ",").append('"').append(sorted[w]).append('"');
        }
        out.append("],\"hits\":[");
        for (int w = 0; w < sorted.length; w++) {
            out.append(w == 0 ? "[" : ",[");
            Hits h = hits.get(sorted[w]);
            for (int p = 0; p < h.size; p += 2) {
                out.append(p == 0 ? "" : ",").append(h.pairs[p]).append(',').append(h.pairs[p + 1]);
            }
            out.append(']');
        }
        String json = out.append("]}").toString();
        last = new Last(List.copyOf(entries), json, known);
        return json;
    }

    /** The same entries (the same objects) in the same order: entries are immutable, so the same index. */
    private static boolean sameEntries(List<Entry> a, List<Entry> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static EntryWords wordsOf(Entry entry) {
        java.util.LinkedHashMap<String, Integer> where = new java.util.LinkedHashMap<>();
        add(where, TITLE, entry.title());
        for (String tag : entry.tags()) {
            add(where, TAG, tag);
        }
        add(where, TEXT, entry.summary());
        add(where, TEXT, READ_ONLY.matcher(entry.body()).replaceAll(" "));
        String[] words = where.keySet().toArray(new String[0]);
        int[] bits = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            bits[w] = where.get(words[w]);
        }
        return new EntryWords(words, bits);
    }

    private static void add(Map<String, Integer> where, int bit, String text) {
        for (String word : words(text)) {
            where.merge(word, bit, (a, b) -> a | b);
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
