package org.smallwins.render;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;
import org.smallwins.load.Slugs;
import org.smallwins.markdown.PlainText;
import org.smallwins.model.Entry;
import org.smallwins.parallel.InParallel;

/**
 * The search page's index, made at build time: every word of every entry's title, tags and text,
 * folded (lower case, accents removed, Latin letters with none to drop spelt plainly as slugs spell
 * them: "ß" as "ss", "ı" as "i"; as search.js folds what is typed), sorted so that the words
 * starting with what is typed sit together and one binary search finds them. For each word it lists
 * the entries holding it and where: 4 title, 2 tag, 1 text, added up. Entries are numbers in the
 * journal's order; the page lists them (with links) in the same order.
 *
 * <p>Shape: {@code {"words":"a walk ...","hits":["9A9...",...]}}: the words apart by spaces, and each
 * word's (entry, where) pairs in one short string (see {@link Hits#json}). The index is printed
 * inside the page, so it is as small as it can be while search.js reads it as it is: a journal of
 * ten years has hundreds of thousands of pairs, most of them common words in the text.
 */
final class SearchIndex {
    static final int TITLE = 4;
    static final int TAG = 2;
    static final int TEXT = 1;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Whether this index keeps the last one it made, for the next (see {@link Last}). */
    private final boolean keeping;

    /** An index that keeps the last one it made, to patch it for the next: for a process that renders again. */
    SearchIndex() {
        this(true);
    }

    private SearchIndex(boolean keeping) {
        this.keeping = keeping;
    }

    /**
     * An index for a build that will not make another: it keeps nothing once made. Its parts
     * (every word's hits and JSON, every entry's words; 30 MB at 10,000 entries) would otherwise
     * live as long as the planner that holds the index, through every page, and be copied by the
     * collections that ran meanwhile.
     */
    static SearchIndex once() {
        return new SearchIndex(false);
    }

    /** One entry's words, each with where it occurs (bits added up), in first-seen order. */
    record EntryWords(String[] words, int[] where) {
    }

    /**
     * The last index made and what it was made from, with its parts: each word's hits and their
     * JSON. A rebuild folds only entries it has not seen, and when only a few entries were replaced
     * in place (an edit), patches the hits of their words instead of gathering them all again.
     */
    private record Last(List<Entry> entries, String json, IdentityHashMap<Entry, EntryWords> words,
                        Map<String, Hits> hits, HashMap<String, String> fragments,
                        String[] sorted) {
    }

    /** Replaced entries up to which the last index is patched rather than made again. */
    private static final int PATCH_LIMIT = 32;

    /** Kept by the instance a process renders with again (the preview server), for the next index. */
    private Last last;

    /** Entries' words folded ahead of {@link #json} (see {@link #foldAhead}), each word as its Hits holds it. */
    private record Ahead(List<Entry> entries, EntryWords[] words, ConcurrentHashMap<String, Hits> hits) {
    }

    private ForkJoinTask<Ahead> ahead;

    /** One word's (entry, where) pairs, ordered by entry. */
    private static final class Hits {
        final String word;
        int[] pairs = new int[4];
        int size;

        Hits(String word) {
            this.word = word;
        }

        void add(int entry, int where) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = entry;
            pairs[size++] = where;
        }

        /** The pair index where {@code entry} is, or where it would go. */
        private int find(int entry) {
            int low = 0;
            int high = size / 2 - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int at = pairs[2 * mid];
                if (at < entry) {
                    low = mid + 1;
                } else if (at > entry) {
                    high = mid - 1;
                } else {
                    return 2 * mid;
                }
            }
            return 2 * low;
        }

        void remove(int entry) {
            int at = find(entry);
            if (at < size && pairs[at] == entry) {
                System.arraycopy(pairs, at + 2, pairs, at, size - at - 2);
                size -= 2;
            }
        }

        void insert(int entry, int where) {
            int at = find(entry);
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            System.arraycopy(pairs, at, pairs, at + 2, size - at);
            pairs[at] = entry;
            pairs[at + 1] = where;
            size += 2;
        }

        /**
         * The pairs as one string: each pair one number, (entry - previous entry) * 8 + where (the
         * first entry counted from -1), in base 32, most significant digit first, the last digit
         * from {@link #LAST} and any before it from {@link #MORE}. A word most entries hold is
         * mostly a gap of 1 with where 1 (text): one character per entry.
         */
        String json() {
            StringBuilder out = new StringBuilder(size + 2).append('"');
            int previous = -1;
            for (int p = 0; p < size; p += 2) {
                appendNumber(out, ((long) (pairs[p] - previous) << 3) | pairs[p + 1]);
                previous = pairs[p];
            }
            return out.append('"').toString();
        }
    }

    /** Digits of a number's last place, 0 to 31: only letters and digits, so no escapes in JSON or HTML. */
    static final String LAST = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    /** Digits of a number's other places, 0 to 31: a number goes on until a digit of {@link #LAST}. */
    static final String MORE = "WXYZabcdefghijklmnopqrstuvwxyz-_";

    private static void appendNumber(StringBuilder out, long number) {
        int shift = 0;
        while ((number >>> (shift + 5)) != 0) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(MORE.charAt((int) (number >>> shift) & 31));
        }
        out.append(LAST.charAt((int) number & 31));
    }

    /** Forgets the last index: the next is made afresh. */
    synchronized void clear() {
        last = null;
    }

    /** The index of {@code entries}, made once and forgotten: for a build that will not make another. */
    static String of(List<Entry> entries) {
        return once().json(entries);
    }

    /**
     * The index of {@code entries}, made from this instance's last one where it can be (see
     * {@link Last}). Synchronized: the last index is patched in place.
     */
    synchronized String json(List<Entry> entries) {
        Ahead folded = null;
        if (ahead != null) {
            Ahead done = ahead.join();
            ahead = null;
            folded = done.entries() == entries ? done : null;
        }
        Last previous = last;
        if (previous != null && sameEntries(previous.entries(), entries)) {
            return previous.json();
        }
        Last next = previous == null ? null : patched(previous, entries);
        if (next == null) {
            next = gathered(previous, entries, folded);
        }
        if (keeping) {
            last = next;
        }
        return next.json();
    }

    /** Whether the last index made is kept for the next. */
    synchronized boolean keepsLast() {
        return last != null;
    }

    /**
     * Starts folding the words of {@code entries} on the pool, for this index's next {@link #json}
     * of the same list, when it has no last index to patch. A one-shot build starts it before
     * the entries' views, and both are worked on by every core: planning the pages, which waits
     * for the index, left one core half idle while the index was folded there.
     */
    synchronized void foldAhead(List<Entry> entries) {
        if (last == null && ahead == null) {
            ahead = ForkJoinPool.commonPool().submit(() -> {
                ConcurrentHashMap<String, Hits> hits = new ConcurrentHashMap<>();
                return new Ahead(entries, fold(null, entries, hits), hits);
            });
        }
    }

    /**
     * Every entry's words, in parallel: folding the text (Unicode normalisation, a regular
     * expression) is most of the work, and each entry's is its own. Each word an entry keeps is
     * the one String of that word, its Hits' in {@code hits} (looked up as the entry is folded):
     * the index keeps every entry's words (to patch it after an edit), and a copy per entry and
     * word, alive across a collection, would be millions of Strings for the collector to copy
     * (some 60 MB at 10,000 entries). Entries {@code previous} has keep the words it folded.
     */
    private static EntryWords[] fold(Last previous, List<Entry> entries,
                                     ConcurrentHashMap<String, Hits> hits) {
        EntryWords[] folded = new EntryWords[entries.size()];
        InParallel.forEachIndex(entries.size(), () -> new WordTable(hits), (table, i) -> {
            EntryWords words = previous == null ? null : previous.words().get(entries.get(i));
            folded[i] = words != null ? words : table.wordsOf(entries.get(i));
        });
        return folded;
    }

    /**
     * The words one thread has met while folding entries, each with its Hits. A word met before is
     * found from the text's chars, with no String made for it: most words of a body are common ones,
     * met thousands of times in a journal, and making each a String (lower-cased), then looking it
     * up in a map of the entry's words and in the shared map of Hits, was most of an index's time.
     * Words are numbered as they are first met; a hash table of those numbers finds them.
     */
    static final class WordTable {
        private final ConcurrentHashMap<String, Hits> hits;
        /** Word number + 1 in each slot, 0 when empty; at most half full. */
        private int[] slots = new int[1 << 12];
        private Hits[] wordHits = new Hits[1 << 11];
        private char[][] wordChars = new char[1 << 11][];
        private int[] wordHash = new int[1 << 11];
        /** Where each word stands in the entry being folded, valid when its mark is the entry's. */
        private int[] wordWhere = new int[1 << 11];
        private int[] wordMark = new int[1 << 11];
        private int words;
        private int mark;
        /** The entry's words, by number, in the order first met. */
        private int[] met = new int[256];
        private int metCount;

        WordTable(ConcurrentHashMap<String, Hits> hits) {
            this.hits = hits;
        }

        /** The entry's words, each the String of its Hits in the shared map, and where it stands. */
        EntryWords wordsOf(Entry entry) {
            mark++;
            metCount = 0;
            searched(entry, (text, bit) -> add(bit, text));
            String[] list = new String[metCount];
            int[] where = new int[metCount];
            for (int w = 0; w < metCount; w++) {
                list[w] = wordHits[met[w]].word;
                where[w] = wordWhere[met[w]];
            }
            return new EntryWords(list, where);
        }

        /** The words of {@code text}, as {@link #words} folds them, marked as standing in {@code bit}. */
        private void add(int bit, String text) {
            if (text == null || text.isEmpty()) {
                return;
            }
            boolean ascii = asciiWords(text.toCharArray(),
                    (chars, start, end, hash) -> markWord(find(chars, start, end, hash), bit));
            if (!ascii) {
                // The words met before the first char that is not ASCII are words of the text
                // either way (see asciiWords), so marking them again changes nothing.
                for (String word : words(text)) {
                    char[] chars = word.toCharArray();
                    markWord(find(chars, 0, chars.length, word.hashCode()), bit);
                }
            }
        }

        private void markWord(int word, int bit) {
            if (wordMark[word] != mark) {
                wordMark[word] = mark;
                wordWhere[word] = bit;
                if (metCount == met.length) {
                    met = Arrays.copyOf(met, metCount * 2);
                }
                met[metCount++] = word;
            } else {
                wordWhere[word] |= bit;
            }
        }

        /**
         * The number of the word {@code chars[start, end)} folds to (ASCII capitals read as small
         * letters; {@code hash} is the folded word's String hash), added when new.
         */
        private int find(char[] chars, int start, int end, int hash) {
            int mask = slots.length - 1;
            int slot = slotOf(hash, mask);
            for (int number = slots[slot]; number != 0; number = slots[slot]) {
                int word = number - 1;
                if (wordHash[word] == hash && sameFolded(wordChars[word], chars, start, end)) {
                    return word;
                }
                slot = (slot + 1) & mask;
            }
            char[] folded = folded(chars, start, end);
            if (words == wordHits.length) {
                int size = words * 2;
                wordHits = Arrays.copyOf(wordHits, size);
                wordChars = Arrays.copyOf(wordChars, size);
                wordHash = Arrays.copyOf(wordHash, size);
                wordWhere = Arrays.copyOf(wordWhere, size);
                wordMark = Arrays.copyOf(wordMark, size);
            }
            int word = words++;
            wordHits[word] = hitsOf(hits, new String(folded));
            wordChars[word] = folded;
            wordHash[word] = hash;
            slots[slot] = word + 1;
            if (words * 2 > slots.length) {
                rehash(slots.length * 2);
            }
            return word;
        }

        /** Where a word of this hash is first looked for: its high bits mixed in, since the table uses the low ones. */
        private static int slotOf(int hash, int mask) {
            return (hash ^ (hash >>> 16)) & mask;
        }

        private static boolean sameFolded(char[] folded, char[] chars, int start, int end) {
            if (folded.length != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (folded[i - start] != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
                    return false;
                }
            }
            return true;
        }

        private void rehash(int size) {
            slots = new int[size];
            int mask = size - 1;
            for (int word = 0; word < words; word++) {
                int slot = slotOf(wordHash[word], mask);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = word + 1;
            }
        }
    }

    /**
     * The index made from every entry's words (folding only entries the last index did not have),
     * or from {@code ahead}'s when they were folded ahead (for an index with no last one).
     */
    private static Last gathered(Last previous, List<Entry> entries, Ahead ahead) {
        IdentityHashMap<Entry, EntryWords> known = new IdentityHashMap<>(entries.size() * 2);
        // Each word's hits as (entry, where) pairs, added in entry order, which is the order entries
        // are visited in, so no sorting per word is needed. One map lookup per word of each entry.
        ConcurrentHashMap<String, Hits> hits = ahead != null ? ahead.hits() : new ConcurrentHashMap<>();
        EntryWords[] folded = ahead != null ? ahead.words() : fold(previous, entries, hits);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            EntryWords words = folded[i];
            known.put(entry, words);
            String[] list = words.words();
            for (int w = 0; w < list.length; w++) {
                // Words of an entry the last index folded may not be in the map yet.
                Hits h = hitsOf(hits, list[w]);
                list[w] = h.word;
                h.add(i, words.where()[w]);
            }
        }
        String[] sorted = hits.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        String[] json = new String[sorted.length];
        InParallel.forEachIndex(sorted.length, w -> json[w] = hits.get(sorted[w]).json());
        HashMap<String, String> fragments = new HashMap<>(hits.size() * 2);
        for (int w = 0; w < sorted.length; w++) {
            fragments.put(sorted[w], json[w]);
        }
        return new Last(List.copyOf(entries), assemble(sorted, fragments), known, hits, fragments, sorted);
    }

    /**
     * The last index with the entries replaced at the same positions patched in, or null when the
     * entries moved, were added or removed, or too many changed.
     */
    private static Last patched(Last previous, List<Entry> entries) {
        List<Entry> before = previous.entries();
        if (before.size() != entries.size()) {
            return null;
        }
        List<Integer> replaced = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (before.get(i) != entries.get(i)) {
                replaced.add(i);
                if (replaced.size() > PATCH_LIMIT) {
                    return null;
                }
            }
        }
        Map<String, Hits> hits = previous.hits();
        IdentityHashMap<Entry, EntryWords> known = previous.words();
        Set<Entry> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i : replaced) {
            // Checked before anything is patched: the same object twice would share one word list.
            if (!known.containsKey(before.get(i)) || known.containsKey(entries.get(i)) || !added.add(entries.get(i))) {
                return null;
            }
        }
        // Only words whose (entry, where) pair changed are touched: an edit leaves most of an entry's
        // words as they were, and re-writing a common word's hits costs as much as it has.
        Set<String> touched = new HashSet<>();
        boolean wordsChanged = false;
        for (int i : replaced) {
            EntryWords old = known.remove(before.get(i));
            EntryWords now = wordsOf(entries.get(i));
            known.put(entries.get(i), now);
            Map<String, Integer> was = new HashMap<>();
            for (int w = 0; w < old.words().length; w++) {
                was.put(old.words()[w], old.where()[w]);
            }
            for (int w = 0; w < now.words().length; w++) {
                String word = now.words()[w];
                Integer prior = was.remove(word);
                if (prior != null && prior == now.where()[w]) {
                    continue;
                }
                Hits h = hits.get(word);
                if (h == null) {
                    h = new Hits(word);
                    hits.put(word, h);
                    wordsChanged = true;
                }
                if (prior != null) {
                    h.remove(i);
                }
                h.insert(i, now.where()[w]);
                touched.add(word);
            }
            for (String word : was.keySet()) {
                Hits h = hits.get(word);
                h.remove(i);
                touched.add(word);
                if (h.size == 0) {
                    hits.remove(word);
                    wordsChanged = true;
                }
            }
        }
        HashMap<String, String> fragments = previous.fragments();
        for (String word : touched) {
            Hits h = hits.get(word);
            if (h == null) {
                fragments.remove(word);
            } else {
                fragments.put(word, h.json());
            }
        }
        String[] sorted = previous.sorted();
        if (wordsChanged) {
            sorted = hits.keySet().toArray(new String[0]);
            Arrays.sort(sorted);
        }
        return new Last(List.copyOf(entries), assemble(sorted, fragments), known, hits,
                fragments, sorted);
    }

    private static String assemble(String[] sorted, Map<String, String> fragments) {
        // Its exact length up front: grown by doubling, a builder of megabytes leaves copies of
        // itself for the collector, and copies it when one runs meanwhile.
        long length = 24;
        for (String word : sorted) {
            length += word.length() + fragments.get(word).length() + 4;
        }
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, length))
                .append("{\"words\":\"");
        for (int w = 0; w < sorted.length; w++) {
            out.append(w == 0 ? "" : " ").append(sorted[w]);
        }
        out.append("\",\"hits\":[");
        for (int w = 0; w < sorted.length; w++) {
            out.append(w == 0 ? "" : ",").append(fragments.get(sorted[w]));
        }
        return out.append("]}").toString();
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

    /** An entry's words, each with where it stands (for an entry patched into the last index). */
    static EntryWords wordsOf(Entry entry) {
        LinkedHashMap<String, Integer> where = new LinkedHashMap<>();
        searched(entry, (text, bit) -> add(where, bit, text));
        String[] words = new String[where.size()];
        int[] bits = new int[words.length];
        int w = 0;
        for (Map.Entry<String, Integer> word : where.entrySet()) {
            words[w] = word.getKey();
            bits[w++] = word.getValue();
        }
        return new EntryWords(words, bits);
    }

    /** Hands over each text of the entry that is searched, with where it stands: title, tags, summary, body as read. */
    private static void searched(Entry entry, ObjIntConsumer<String> text) {
        text.accept(entry.title(), TITLE);
        for (String tag : entry.tags()) {
            text.accept(tag, TAG);
        }
        text.accept(entry.summary(), TEXT);
        text.accept(readable(entry.body()), TEXT);
    }

    /**
     * The word's Hits in {@code hits}, added (empty) when new. A lookup first: computeIfAbsent may
     * take a lock where get does not, and this runs for every word of every entry.
     */
    private static Hits hitsOf(ConcurrentHashMap<String, Hits> hits, String word) {
        Hits known = hits.get(word);
        return known != null ? known : hits.computeIfAbsent(word, Hits::new);
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
        // Plain ASCII: nothing to decompose and no marks, so the same words without Unicode
        // normalisation and two regular expressions (most of the cost of a first index).
        if (asciiWords(text, out)) {
            return out;
        }
        out.clear();
        String folded = spelledPlainly(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT));
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                addWord(word, out);
            }
        }
        return out;
    }

    /**
     * {@code folded} with each Latin letter that has no accent to drop spelt as slugs spell it (see
     * Slugs): "ılık" is "ilik" and "straße" "strasse", so either spelling typed finds the other.
     * search.js spells them alike.
     */
    private static String spelledPlainly(String folded) {
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String plain = Slugs.plainLatin(c);
            if (plain != null && out == null) {
                out = new StringBuilder(folded.length() + 8).append(folded, 0, i);
            }
            if (plain != null) {
                out.append(plain);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? folded : out.toString();
    }

    /**
     * Adds {@code word}, its runs of Chinese or Japanese split. Those are written without spaces: a
     * sentence up to its full stop was one word, found only by its first characters ("行った" never
     * found "散歩に行った"). Such a run is kept as each two characters side by side and its last
     * alone, so a query split the same way finds any part of it. search.js splits alike.
     */
    private static void addWord(String word, List<String> out) {
        int plainFrom = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            if (!isWrittenWithoutSpaces(c)) {
                i += Character.charCount(c);
                continue;
            }
            if (i > plainFrom) {
                out.add(word.substring(plainFrom, i));
            }
            int runEnd = i;
            while (runEnd < word.length() && isWrittenWithoutSpaces(word.codePointAt(runEnd))) {
                runEnd += Character.charCount(word.codePointAt(runEnd));
            }
            while (i < runEnd) {
                int next = i + Character.charCount(word.codePointAt(i));
                out.add(next < runEnd ? word.substring(i, next + Character.charCount(word.codePointAt(next)))
                        : word.substring(i, next));
                i = next;
            }
            plainFrom = runEnd;
        }
        if (plainFrom < word.length()) {
            out.add(word.substring(plainFrom));
        }
    }

    /** Han, Hiragana and Katakana, with the Katakana long vowel mark ("コーヒー"), which Unicode counts as common. */
    private static boolean isWrittenWithoutSpaces(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || c == 0x30FC;
    }

    /** Takes each word of an ASCII text: its chars {@code [start, end)} and the String hash of the word folded. */
    private interface AsciiWord {
        void take(char[] chars, int start, int end, int hash);
    }

    /**
     * The words of ASCII text, folded: runs of letters and digits (all \p{L} and \p{N} in ASCII),
     * lower-cased; false, with {@code out} half filled, at the first char that is not ASCII.
     */
    private static boolean asciiWords(String text, List<String> out) {
        return asciiWords(text.toCharArray(),
                (chars, start, end, hash) -> out.add(new String(folded(chars, start, end))));
    }

    /** {@code chars[start, end)} with ASCII capitals made small. */
    private static char[] folded(char[] chars, int start, int end) {
        char[] folded = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = chars[i];
            folded[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return folded;
    }

    /**
     * Hands each word of ASCII text to {@code word}, in one pass over an array (String.charAt is a
     * call for each char in the quick compiler's code), with the String hash of the word lower-cased
     * worked out on the way; false at the first char that is not ASCII, the words before it handed
     * over already (whole words of the text either way: one that runs into that char is never handed).
     */
    private static boolean asciiWords(char[] chars, AsciiWord word) {
        int length = chars.length;
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? chars[i] : ' ';
            if (c >= 0x80) {
                return false;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9')) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + lower;  // String.hashCode of the folded word
            } else if (start >= 0) {
                word.take(chars, start, i, hash);
                start = -1;
            }
        }
        return true;
    }

    /**
     * The text with each link target {@code ](url "title")} and HTML tag {@code <...>} replaced by
     * a space: written, but not read, so not searched. One pass, a few times faster than the regular
     * expression it replaced (kept in the test that holds the two to the same results), which tried
     * a look-behind at every character of every body.
     */
    static String readable(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        // The next "](" and '<' found by indexOf (the JDK's search, not a call per char), each
        // looked for again only once passed.
        int link = text.indexOf("](");
        int tag = text.indexOf('<');
        int i = 0;
        while (link >= 0 || tag >= 0) {
            // A link's '(' (right after its ']') or a tag's '<', whichever comes first.
            boolean isLink = link >= 0 && (tag < 0 || link + 1 < tag);
            int at = isLink ? link + 1 : tag;
            int end;
            if (isLink) {
                end = linkTargetEnd(text, at);
            } else {
                int close = text.indexOf('>', at + 1);
                end = close < 0 ? -1 : close + 1;
            }
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, at).append(' ');
                copied = end;
                i = end;
            } else {
                i = at + 1;
            }
            if (link >= 0 && link + 1 < i) {
                link = text.indexOf("](", i);
            }
            if (tag >= 0 && tag < i) {
                tag = text.indexOf('<', i);
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Where {@code ([^)\s]*(\s+"[^"]*")?)} starting at {@code open} ends (exclusive), or -1. */
    private static int linkTargetEnd(String text, int open) {
        int n = text.length();
        int j = open + 1;
        while (j < n && text.charAt(j) != ')' && !PlainText.isRegexSpace(text.charAt(j))) {
            j++;
        }
        if (j < n && text.charAt(j) == ')') {
            return j + 1;
        }
        if (j >= n) {
            return -1;
        }
        int k = j;
        while (k < n && PlainText.isRegexSpace(text.charAt(k))) {
            k++;
        }
        if (k >= n || text.charAt(k) != '"') {
            return -1;
        }
        int quote = text.indexOf('"', k + 1);
        return quote >= 0 && quote + 1 < n && text.charAt(quote + 1) == ')' ? quote + 2 : -1;
    }
}
