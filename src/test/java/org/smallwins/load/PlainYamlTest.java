package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PlainYaml must give exactly what YamlReader gives through SnakeYAML (values, their Java types,
 * key order, lines) or nothing at all.
 */
class PlainYamlTest {

    private static final String[] VALUES = {
        "A walk", "walk", "Mum's call", "a [b] {c}, d", "Fixed the week", "x   ", "a - b", "a \"b\" c",
        "yes", "No", "ON", "off", "y", "N", "true", "True", "TRUE", "false", "FALSE", "tRUE", "null", "Null",
        "NULL", "~", "nan", ".inf", "-.inf", ".NaN",
        "007", "0", "-0", "5", "-5", "+5", "1_000", "0x1F", "0o17", "0b101", "1.5", "-1.5", "00.5", "1.",
        ".5", "1e3", "1.5e3", "1.5.2", "2016-11-25", "2016-1-5", "0000-00-00", "2016-11-25 08:30",
        "2016-11-25T08:30:00Z", "12:30", "1:20:30", "190:20:30", "123456789012345678", "1234567890123456789",
        "99999999999999999999", "-", "--", "-x", "- x", "2024-07-18T08:16:00", "2024-07-18 08:16",
        "2024-07-18T08:16:00Z", "2024-07-18T08:16:00.5+02:00", "2024-07-18 08: 16", "2024-07-18T08:16 # x",
        "2024-07-18T08:1a", "2024-07-18X08:16", "2024-07-18T8:1", "12:30:00", "a:1", "a1:2", "0:1:2", "1:2.5",
        "\"quoted\"", "\"5\"", "\"true\"", "\"a # b: c\"", "\"esc \\\" q\"", "\"tab\\t\"", "\"\"", "\"open",
        "\"a\" b", "'single'", "'it''s'", "''", "'a' 'b'", "'open",
        "a #comment", "a# b", "a: b", "a:b", "a :b", "&anchor x", "*alias", "!!str 5", "!tag x", "|", ">",
        "? x", "%x", "@x", "`x", "=", "<<",
        "[a, b]", "[a,b]", "[]", "[ ]", "[a, b,]", "[a, [b]]", "[yes, 5, 1.5, null, true]", "[\"a\", b]",
        "[a, b] # c", "[a b, c]", "[a, b", "{a: b}", "{}",
        "\u00e9 l\u00e0", "\u00c9t\u00e9", "\u00a0x", "x\u2028y", "x\u0085y", "x\u00a0", "\u00fc",
        "\u65e5\u672c\u8a9e", "\ud83d\ude00 smile", "a\tb", "x\u007fy", "x\ufeffy", "\ufeffx",
    };

    /** Values PlainYaml reads itself (at the end of a line): most texts get mostly these. */
    private static final String[] USUAL = {
        "A walk", "walk", "Mum's call", "a [b] {c}, d", "x   ", "true", "false", "0", "5", "-5", "1.5", "-1.5",
        "2016-11-25", "2024-07-18T08:16:00", "2024-07-18 08:16", "2024-07-18T08:16:00+02:00", "123456789012345678", "\"quoted\"", "\"5\"", "\"a # b: c\"", "\"\"", "'single'", "''",
        "[a, b]", "[a,b]", "[]", "[ ]", "[a b, 5, 1.5, true]", "\u00e9 l\u00e0", "\u65e5\u672c\u8a9e",
    };

    private static final String[] KEYS = {
        "title", "mood", "tags", "date", "a-b", "_x", "9x", "true", "null", "Title", "x".repeat(250), "a b",
    };

    @Test
    void givesWhatSnakeYamlGivesOrNothingOnGeneratedTexts() throws Exception {
        Random random = new Random(20261130);
        int plain = 0;
        int texts = 20_000;
        for (int i = 0; i < texts; i++) {
            String text = randomText(random);
            if (compareOn(text, 2 + random.nextInt(3))) {
                plain++;
            }
        }
        // Both ways are exercised: common shapes read plainly, the rest left to SnakeYAML.
        assertThat(plain).isBetween(texts / 20, texts - texts / 20);
    }

    @Test
    void readsTheShapesEntriesUsuallyHave() throws Exception {
        String text = """
                title: "Fixed the week"
                date: 2016-11-25
                time: 2016-11-25T08:16:00
                tags: [learning, cycling, cooking]
                mood: 3
                ratio: 1.5
                draft: false

                # a comment line
                reward: 'a cup of tea'
                people:
                  - Sam
                  - "Jo"
                place:
                """;
        YamlMap read = PlainYaml.read(text, 2, 10_000, 1_000_000);

        assertThat(read).isNotNull();
        assertThat(read.values()).containsExactly(
                Map.entry("title", "Fixed the week"), Map.entry("date", "2016-11-25"),
                Map.entry("time", "2016-11-25T08:16:00"),
                Map.entry("tags", List.of("learning", "cycling", "cooking")), Map.entry("mood", 3L),
                Map.entry("ratio", new BigDecimal("1.5")), Map.entry("draft", false), Map.entry("reward", "a cup of tea"),
                Map.entry("people", List.of("Sam", "Jo")), new AbstractMap.SimpleEntry<>("place", null));
        assertThat(read.lines()).containsEntry("title", 2).containsEntry("reward", 11).containsEntry("place", 15);
        assertThat(read.nested()).containsEntry("tags[3]", 5).containsEntry("people[2]", 14);
        compareOn(text, 2);
    }

    @Test
    void leavesWhatItDoesNotReadToSnakeYaml() {
        for (String text : List.of("", "# only a comment\n", "title: A\ntitle: B\n", "place:\n  city: Bern\n",
                "title: A long\n  title\n", "usual: &u [a]\ntags: *u\n", "draft: yes\n", "title: A # note\n",
                "- a\n", "---\ntitle: A\n", "a: \"x\\ty\"\n", "tags:\n  - a\n   - b\n")) {
            assertThat(PlainYaml.read(text, 2, 10_000, 1_000_000)).as(text).isNull();
        }
        assertThat(PlainYaml.read("tags: [a, b, c]\n", 2, 3, 1_000_000)).as("over the value limit").isNull();
        assertThat(PlainYaml.read("title: A\n", 2, 10_000, 5)).as("over the size limit").isNull();
    }

    @Test
    void givesWhatSnakeYamlGivesForTheSampleJournal() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int plain = 0;
        for (Path file : files) {
            FrontMatter parts = FrontMatter.split(Files.readString(file, StandardCharsets.UTF_8));
            if (compareOn(parts.yaml(), parts.yamlLine())) {
                plain++;
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(plain).as("entries read without SnakeYAML").isGreaterThan(files.size() / 2);
    }

    /** Asserts PlainYaml gives nothing or what SnakeYAML gives; true when it gave something. */
    private static boolean compareOn(String text, int firstLine) throws IOException {
        YamlMap plain = PlainYaml.read(text, firstLine, 10_000, 1_000_000);
        if (plain == null) {
            return false;
        }
        YamlMap composed;
        try {
            composed = YamlReader.compose(text, firstLine);
        } catch (YamlReader.YamlError e) {
            throw new AssertionError("PlainYaml read what SnakeYAML refuses (" + e.getMessage() + "):\n" + text);
        }
        assertThat(typed(plain.values())).as(text).isEqualTo(typed(composed.values()));
        assertThat(new ArrayList<>(plain.lines().entrySet())).as(text)
                .isEqualTo(new ArrayList<>(composed.lines().entrySet()));
        assertThat(new ArrayList<>(plain.nested().entrySet())).as(text)
                .isEqualTo(new ArrayList<>(composed.nested().entrySet()));
        return true;
    }

    /** A value written out with the Java type of every part, maps in their order. */
    private static String typed(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder(map.getClass().getSimpleName()).append('{');
            map.forEach((k, v) -> out.append(typed(k)).append('=').append(typed(v)).append(", "));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder(list.getClass().getSimpleName()).append('[');
            list.forEach(v -> out.append(typed(v)).append(", "));
            return out.append(']').toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + random.nextInt(7);
        // One text in two is mostly usual lines, so that both ways are well exercised.
        boolean usual = random.nextBoolean();
        String[] values = usual ? USUAL : VALUES;
        for (int i = 0; i < lines; i++) {
            String key = KEYS[random.nextInt(usual ? 5 : KEYS.length)];
            String value = values[random.nextInt(values.length)];
            int form = usual && random.nextInt(12) != 0 ? List.of(0, 6, 7, 11, 13).get(random.nextInt(5))
                    : random.nextInt(14);
            switch (form) {
                case 0, 1, 2, 3, 4, 5 -> text.append(key).append(": ").append(value);
                case 6 -> {
                    text.append(key).append(':');
                    String indent = List.of("", "  ", "    ").get(random.nextInt(3));
                    int items = random.nextInt(4);
                    for (int j = 0; j < items; j++) {
                        text.append('\n').append(!usual && random.nextInt(8) == 0 ? "  " : indent).append("- ")
                                .append(values[random.nextInt(values.length)]);
                    }
                }
                case 7 -> text.append(List.of("", "   ", "# a note", "  # indented note", "---", "...",
                        "  continued").get(random.nextInt(usual ? 4 : 7)));
                case 8 -> text.append(key).append(':').append(value);
                case 9 -> text.append(key).append(" : ").append(value);
                case 10 -> text.append(key).append(":\n  sub: ").append(value);
                case 11 -> text.append(key).append(":   ").append(value).append("  ");
                case 12 -> text.append("  ").append(key).append(": ").append(value);
                default -> text.append(key).append(": [").append(values[random.nextInt(values.length)])
                        .append(", ").append(values[random.nextInt(values.length)]).append(']');
            }
            text.append(!usual && random.nextInt(10) == 0 ? "" : "\n");
        }
        return text.toString();
    }
}
