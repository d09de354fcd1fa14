package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smallwins.load.Slugs;
import org.smallwins.model.Entry;
import org.smallwins.model.EntryType;

/** The search index: folded words, sorted for prefix lookups, each with where it was found. */
class SearchIndexTest {
    /** What {@link SearchIndex#readable} leaves out, as first written: link and image targets, HTML tags. */
    static final Pattern READ_ONLY =
            Pattern.compile("(?<=\\])\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)|<[^>]*>");
    /** One index kept across calls, as a preview server keeps it. */
    final SearchIndex index = new SearchIndex();

    static Entry entry(String title, List<String> tags, String body) {
        return new Entry("content/wins/x.md", title, LocalDateTime.of(2025, 1, 1, 0, 0), false, EntryType.WIN, "x",
                tags, null, null, null, null, List.of(), null, false, false, false, null, Map.of(), body, 4, Map.of());
    }

    @Test
    void foldsCaseAndAccentsAndSplitsOnAnythingButLettersAndDigits() {
        assertThat(SearchIndex.words("Café au-lait, 2 CUPS! Ünïcode’s")).containsExactly("cafe", "au", "lait", "2",
                "cups", "unicode", "s");
    }

    /** "ılık" and "Straße" were kept as written: "ilik" and "strasse", as their slugs spell them, found nothing. */
    @Test
    void spellsLatinLettersWithNoAccentToDropPlainly() {
        assertThat(SearchIndex.words("Straße STRAẞE ılık Iğdır Ærø Œuvre Đakovo Ðe Łódź Þing Ħamrun Ŧ"))
                .containsExactly("strasse", "strasse", "ilik", "igdir", "aero", "oeuvre", "dakovo", "de", "lodz", "thing",
                        "hamrun", "t");
    }

    @Test
    void findsLatinLettersWithNoAccentToDropTypedEitherWay() {
        SearchReference search = new SearchReference(List.of(
                entry("Ein Spaziergang", List.of(), "Die Straße war ruhig."),
                entry("Bugün", List.of("yürüyüş"), "Su ılık ve güzeldi.")));

        for (String query : List.of("Straße", "straße", "strasse", "STRASSE", "stra")) {
            assertThat(search.results(query)).as(query).containsExactly(0);
        }
        for (String query : List.of("ılık", "ilik", "ILIK", "ıl")) {
            assertThat(search.results(query)).as(query).containsExactly(1);
        }
        assertThat(search.results("strase")).isEmpty();
    }

    /**
     * Every Latin letter is folded as slugs spell it, so a tag's page and a search for the tag
     * agree on what is one word (ligatures and other compatibility forms aside: slugs spell them
     * out, search keeps them).
     */
    @Test
    void foldsEveryLatinLetterAsSlugsSpellIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String letter = Character.toString(c);
            if (Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.LATIN
                    && Normalizer.normalize(letter, Normalizer.Form.NFD)
                            .equals(Normalizer.normalize(letter, Normalizer.Form.NFKD))) {
                assertThat(SearchIndex.words(letter)).as("U+%04X %s", c, letter).containsExactly(Slugs.slugify(letter));
            }
        }
    }

    /** Written without spaces, a sentence was one word: only its first characters found it. */
    @Test
    void splitsChineseAndJapaneseIntoPairsOfCharactersAndTheLastAlone() {
        assertThat(SearchIndex.words("散歩に行った。Café コーヒー2杯")).containsExactly("散歩", "歩に", "に行", "行っ", "った",
                "た", "cafe", "コー", "ーヒ", "ヒー", "ー", "2", "杯");
    }

    @Test
    void findsAnyPartOfAJapaneseSentence() {
        SearchReference search = new SearchReference(List.of(
                entry("散歩に行った", List.of("健康"), "今日は公園で水を飲んだ。"),
                entry("友だちに電話した", List.of(), "少し話せた。")));

        assertThat(search.results("行った")).containsExactly(0);
        assertThat(search.results("公園")).containsExactly(0);
        assertThat(search.results("水を飲んだ")).containsExactly(0);
        assertThat(search.results("電話")).containsExactly(1);
        assertThat(search.results("た")).containsExactlyInAnyOrder(0, 1);
        assertThat(search.results("公園 電話")).isEmpty();
    }

    @Test
    void leavesOutLinkTargetsAndTagsAsThePatternDefinesThem() {
        assertThat(SearchIndex.readable("See [tea](2025-01-05-tea.md \"Tea\") and <b>bold</b>, (not a link)."))
                .isEqualTo("See [tea]  and  bold , (not a link).");
        Random random = new Random(11);
        String alphabet = "ab ]()<>\"\t\n\r\u000b\f.x";
        for (int round = 0; round < 5000; round++) {
            String written = randomText(random, alphabet, 40);
            assertThat(SearchIndex.readable(written)).as(written)
                    .isEqualTo(READ_ONLY.matcher(written).replaceAll(" "));
        }
    }

    @Test
    void asciiTextIsFoldedAsAnyOtherText() {
        // Plain ASCII takes a quicker way; a trailing "é" sends the same text the general way.
        Random random = new Random(3);
        String alphabet = "abcXYZ019 _-'\"\t\n.,!?()[]<>/#*`~^|";
        for (int round = 0; round < 300; round++) {
            String text = randomText(random, alphabet, 80);
            List<String> general = new ArrayList<>(SearchIndex.words(text + " \u00e9"));
            assertThat(general.remove(general.size() - 1)).isEqualTo("e");
            assertThat(SearchIndex.words(text)).as(text).isEqualTo(general);
        }
    }

    @Test
    void listsEachWordOnceSortedWithEveryEntryAndWhereItStands() {
        String json = SearchIndex.of(List.of(
                entry("Walk", List.of("outside"), "A short walk."),
                entry("Tea", List.of("walk"), "Tea, then a walker's rest.")));
        // (entry - previous) * 8 + where, from entry -1: "a" is 1*8+1 = 9 twice; "tea" 2*8+5 = 21 = "L".
        assertThat(json).isEqualTo("{\"words\":\"a outside rest s short tea then walk walker\","
                + "\"hits\":[\"99\",\"A\",\"H\",\"H\",\"9\",\"L\",\"H\",\"DA\",\"H\"]}");
        assertThat(decoded(json)).isEqualTo("{\"words\":[\"a\",\"outside\",\"rest\",\"s\",\"short\",\"tea\",\"then\",\"walk\",\"walker\"],"
                + "\"hits\":[[0,1,1,1],[0,2],[1,1],[1,1],[0,1],[1,5],[1,1],[0,5,1,2],[1,1]]}");
    }

    @Test
    void farApartEntriesTakeMoreDigitsAndReadBackAsTheyWere() {
        // A word in entries 0, 3 and 5,000 only: gaps of 1, 3 and 4,997, the last three digits long.
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            entries.add(entry("Day " + i, List.of(), i == 0 || i == 3 || i == 5_000 ? "rare" : "common"));
        }
        String json = SearchIndex.of(entries);
        // 1 * 8 + 1 = 9 ("9"), 3 * 8 + 1 = 25 ("P"), and 4,997 * 8 + 1 = 39,977 = 1 * 32^3 + 7 * 32^2
        // + 1 * 32 + 9: MORE's "X", "d", "X", then LAST's "9".
        assertThat(json.endsWith(",\"9PXdX9\"]}")).as("the last word's hits").isTrue();
        assertThat(decoded(json)).isEqualTo(reference(entries));
    }

    @Test
    void wordsFoldedAheadMakeTheSameIndexAndAreUsedOnlyForTheirOwnList() {
        Random random = new Random(3);
        String[] words = {"walk", "Tea", "café", "rain", "Ünïcode", "2", "step", "outside", "[link](x.md)"};
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = random.nextInt(40); w > 0; w--) {
                body.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
            }
            entries.add(entry(words[random.nextInt(words.length)] + " " + i, List.of(words[random.nextInt(3)]),
                    body.toString()));
        }
        SearchIndex ahead = new SearchIndex();
        ahead.foldAhead(entries);
        assertThat(ahead.json(entries)).isEqualTo(SearchIndex.of(entries));

        // An index made once, as a one-shot build makes it: the same, and nothing of it kept.
        SearchIndex once = SearchIndex.once();
        once.foldAhead(entries);
        assertThat(once.json(entries)).isEqualTo(SearchIndex.of(entries));
        assertThat(once.keepsLast()).isFalse();
        assertThat(ahead.keepsLast()).isTrue();
        assertThat(once.json(entries)).isEqualTo(SearchIndex.of(entries));

        // Folded for one list, asked for another: that one's own words.
        SearchIndex other = new SearchIndex();
        other.foldAhead(entries);
        List<Entry> fewer = entries.subList(0, 10);
        assertThat(other.json(fewer)).isEqualTo(SearchIndex.of(fewer));
    }

    @Test
    void aRebuildWithOneEntryChangedMakesTheSameIndexAsAFreshOne() {
        Entry walk = entry("Walk", List.of("outside"), "A short walk.");
        Entry tea = entry("Tea", List.of("walk"), "Tea, then a walker's rest.");
        Entry run = entry("Run", List.of(), "A run in the rain.");
        index.json(List.of(walk, tea, run));

        // Reuses the words of walk and run (the same objects), at new positions; tea is new.
        String rebuilt = index.json(List.of(run, entry("Tea", List.of("walk"), "Green tea."), walk));
        String fresh = fresh(entry("Run", List.of(), "A run in the rain."),
                entry("Tea", List.of("walk"), "Green tea."), entry("Walk", List.of("outside"), "A short walk."));

        assertThat(rebuilt).isEqualTo(fresh);
        assertThat(decoded(rebuilt)).contains("\"green\"").doesNotContain("\"walker\"");
        String fewer = index.json(List.of(run, walk));
        assertThat(fewer).isNotEqualTo(rebuilt);
        assertThat(decoded(fewer)).doesNotContain("\"green\"");
    }

    @Test
    void entriesReplacedInPlacePatchTheIndexToWhatAFreshOneIs() {
        Entry walk = entry("Walk", List.of("outside"), "A short walk.");
        Entry tea = entry("Tea", List.of("walk"), "Tea, then a walker's rest.");
        Entry run = entry("Run", List.of(), "A run in the rain.");
        index.json(List.of(walk, tea, run));

        // An edit: tea replaced at its position, losing "walker" and "rest", gaining "green".
        Entry green = entry("Tea", List.of("walk"), "Green tea, a walk.");
        String patched = index.json(List.of(walk, green, run));
        // Then run too, with a word only it had ("rain") gone and one no entry had before.
        Entry swim = entry("Swim", List.of(), "A swim in the lake.");
        String patchedAgain = index.json(List.of(walk, green, swim));

        assertThat(patched).isEqualTo(fresh(entry("Walk", List.of("outside"), "A short walk."),
                entry("Tea", List.of("walk"), "Green tea, a walk."), entry("Run", List.of(), "A run in the rain.")));
        assertThat(patchedAgain).isEqualTo(fresh(entry("Walk", List.of("outside"), "A short walk."),
                entry("Tea", List.of("walk"), "Green tea, a walk."), entry("Swim", List.of(), "A swim in the lake.")));
        assertThat(decoded(patchedAgain)).contains("\"lake\"").doesNotContain("\"rain\"").doesNotContain("\"walker\"");
    }

    @Test
    void theIndexIsEveryFoldedWordOfEveryEntryWithWhereItStands() {
        // Thousands of distinct words (past the word tables' first size), most met again and again,
        // in capitals and not, some with accents (the general way), in titles, tags and bodies.
        Random random = new Random(11);
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            vocabulary.add(randomText(random, letters, 7) + "x");
        }
        vocabulary.addAll(List.of("Caf\u00e9", "\u00dcn\u00efcode", "na\u00efve", "STRASSE", "walk", "Walk", "WALK"));
        // Words whose folded forms have the same String hash: told apart by their letters.
        vocabulary.addAll(0, List.of("aan", "AC0", "Aao", "ac1", "aap"));
        List<Entry> entries = new ArrayList<>();
        for (int e = 0; e < 400; e++) {
            StringBuilder body = new StringBuilder();
            for (int w = random.nextInt(120); w > 0; w--) {
                String word = vocabulary.get(random.nextInt(random.nextBoolean() ? 40 : vocabulary.size()));
                body.append(word).append(List.of(" ", ", ", ". ", "\n", " [x](y.md) ", "-").get(random.nextInt(6)));
            }
            entries.add(entry(vocabulary.get(random.nextInt(vocabulary.size())) + " " + e,
                    List.of(vocabulary.get(random.nextInt(50))), body.toString()));
        }

        assertThat(decoded(SearchIndex.of(entries))).isEqualTo(reference(entries));
    }

    /**
     * The index read back as search.js reads it, into the shape it had before its pairs were packed
     * ({@code {"words":[...],"hits":[[entry,where,...],...]}}), which {@link #reference} makes: the
     * same pairs for every word, so the same results in the same order for any query.
     */
    static String decoded(String json) {
        Matcher parts = Pattern.compile("\\{\"words\":\"([a-z0-9 ]*)\",\"hits\":\\[(.*)]}").matcher(json);
        assertThat(parts.matches()).as(json).isTrue();
        String digits = SearchIndex.LAST + SearchIndex.MORE;
        StringBuilder words = new StringBuilder();
        for (String word : parts.group(1).split(" ")) {
            words.append(words.length() == 0 ? "" : ",").append('"').append(word).append('"');
        }
        StringBuilder lists = new StringBuilder();
        for (String hits : parts.group(2).split(",")) {
            StringBuilder list = new StringBuilder();
            long entry = -1;
            long number = 0;
            for (char c : hits.substring(1, hits.length() - 1).toCharArray()) {
                int digit = digits.indexOf(c);
                assertThat(digit).as("digit %s", c).isNotNegative();
                number = number * 32 + (digit & 31);
                if (digit < 32) {
                    entry += number / 8;
                    list.append(list.length() == 0 ? "" : ",").append(entry).append(',').append(number % 8);
                    number = 0;
                }
            }
            lists.append(lists.length() == 0 ? "" : ",").append('[').append(list).append(']');
        }
        return "{\"words\":[" + words + "],\"hits\":[" + lists + "]}";
    }

    /** The index as its comment defines it, made the plain way: maps and sorting, nothing shared. */
    private static String reference(List<Entry> entries) {
        TreeMap<String, StringBuilder> hits = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Map<String, Integer> where = new LinkedHashMap<>();
            SearchIndex.words(entry.title()).forEach(w -> where.merge(w, SearchIndex.TITLE, (a, b) -> a | b));
            for (String tag : entry.tags()) {
                SearchIndex.words(tag).forEach(w -> where.merge(w, SearchIndex.TAG, (a, b) -> a | b));
            }
            SearchIndex.words(SearchIndex.readable(entry.body()))
                    .forEach(w -> where.merge(w, SearchIndex.TEXT, (a, b) -> a | b));
            int entryNumber = i;
            where.forEach((word, bits) -> {
                StringBuilder list = hits.computeIfAbsent(word, w -> new StringBuilder());
                list.append(list.length() == 0 ? "" : ",").append(entryNumber).append(',').append(bits);
            });
        }
        StringBuilder words = new StringBuilder();
        StringBuilder lists = new StringBuilder();
        hits.forEach((word, list) -> {
            words.append(words.length() == 0 ? "" : ",").append('"').append(word).append('"');
            lists.append(lists.length() == 0 ? "" : ",").append('[').append(list).append(']');
        });
        return "{\"words\":[" + words + "],\"hits\":[" + lists + "]}";
    }

    /** The index made from scratch: after a list of another length, nothing can be patched or reused. */
    private static String fresh(Entry... entries) {
        return SearchIndex.of(List.of(entries));
    }

    /** Up to {@code max} characters drawn from {@code alphabet}. */
    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
