package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;

/**
 * {@link BodyHtml} writes what Flexmark's renderer writes, byte for byte, for every body it does
 * not hand back; and it does take the bodies journals are mostly made of.
 */
class BodyHtmlTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain words.",
            "*em* **strong** ~~gone~~ `code & <tag>` and \"quotes\" & <b>not html</b>",
            "Escaped \\*stars\\* and \\\\ backslash, &amp; &copy; &#35; entities.",
            "A [link](https://example.org/a?b=1&c=2) and [another](../x.md#part) [e&amp;](a&amp;b)",
            "[spaces](<a b.md>) [escaped](a\\_b.md) [quote](a\"b)",
            "Line one\nline two\\\nhard break  \nand two spaces.",
            "CRLF\r\nlines\r\n\r\nsecond\r\n",
            "# One\n\n## Two words\n\n### Two words\n\n#### Émoji 🙂 & <stuff>\n\n##### `code` in *it*\n\n###### [link](x) text",
            "Setext\n======\n\nSecond\n------",
            "- a\n- b\n- c",
            "* loose\n\n* items\n\n* here",
            "1. one\n2. two\n\n3) three\n4) four",
            "7. seven\n8. eight",
            "- [ ] todo\n- [x] done\n- [X] Done too",
            "- [ ] loose todo\n\n- [x] loose done",
            "- [ ] todo\n- [x] done\n\n- then a bullet\n- and another",
            "- plain first\n\n- [x] then done\n- [ ] and todo",
            "1. [ ] ordered todo\n\n2. [x] ordered done",
            "- [ ] todo with\n\n  a second paragraph\n- [x] done",
            "- a\n  - nested\n- b",
            "- a\n\n  more in a\n- b",
            "> quote\n> more\n\n> > nested\n\n> - list in quote",
            "---\n\n***\n\n___",
            "```\nplain <code> & \"q\"\n```",
            "```java\nint a = 1 < 2;\n```\n\n```js title\nx\n```\n\n```c++\ny\n```",
            "~~~\ntildes\n~~~",
            "```\n```",
            "| A | B | C |\n|:--|:-:|--:|\n| 1 | **2** | `3` |\n| 4 |",
            "| a | b |\n|---|---|\n| x \\| y | z |\n| 1 | 2 | 3 |",
            "| head |\n|------|\n| [l](u) |",
            "Text with ``double `tick` code`` and ` spaced ` code and `a  b`.",
            "![img](x.png) and <https://auto.org> and <me@example.org>",
            "Footnote[^1].\n\n[^1]: the note",
            "A [ref][r].\n\n[r]: https://example.org \"Title\"",
            "<div>html block</div>\n\nafter",
            "[titled](https://example.org \"a title\")",
            "Tab\tin text and trailing spaces   \nnext",
            "    indented code",
            "",
            "\n\n\n",
            "Heading with trailing hashes ##\n\n## Closed ##",
            "## \n\nempty heading above",
            "**bold *nested em* bold** and *em **nested strong** em*",
            "A line ending in a backslash\\",
            "Non-Latin: Grüße, 日本語, ‘curly’ — dash…",
    })
    void writesWhatFlexmarkWrites(String markdown) {
        assertSame(markdown);
    }

    @Test
    void takesTheBodiesJournalsAreMostlyMadeOf() {
        String body = "Got out of bed *early* and **walked** to the [park](../park.md).\n\n"
                + "## What helped\n\n- a friend's message\n- tea\n\n1. rest\n2. water\n\n"
                + "- [x] called the doctor\n- [ ] reply to Sam\n\n> Small steps.\n\n"
                + "| day | mood |\n|:----|-----:|\n| Mon | 3 |\n\n```\ncode\n```\n\n---\n\nDone & dusted.";
        String[] both = renderer.renderBothWays(body, (written, line) -> written);
        assertThat(both[1]).isNotNull().isEqualTo(both[0]);
    }

    /**
     * A task list and a bullet list with a blank line between them are one loose list, its task
     * items each in a paragraph: written here too, not left to Flexmark.
     */
    @Test
    void writesLooseTaskItems() {
        String body = "Today:\n\n- [ ] call Sam\n- [x] *walk*\n\n- tea\n- rest\n";
        String[] both = renderer.renderBothWays(body, (written, line) -> written);
        assertThat(both[1]).isNotNull().isEqualTo(both[0])
                .contains("<li class=\"task-list-item\">\n<p><input type=\"checkbox\"");
    }

    /** Links as a build rewrites them (an entry's .md file to its page), with characters that need escaping. */
    @ParameterizedTest
    @ValueSource(strings = {"../2025/03/first-walk/", "/base path/a b/?x=1&y=\"2\"", "page.html#a&amp;b", "<x>"})
    void rewrittenLinksAreWrittenAsFlexmarkWritesThem(String target) {
        String markdown = "A [walk](first-walk.md) and [another](other.md \"\"), **[bold](b.md)**.\n\n- [x] [task](t.md)";
        String[] both = renderer.renderBothWays(markdown, (written, line) -> target);
        assertThat(both[1]).isNotNull().isEqualTo(both[0]);
    }

    @Test
    void sampleJournalBodies() throws IOException {
        List<Path> files = JournalFiles.sampleEntryFiles();
        assertThat(files).hasSizeGreaterThan(50);
        int fast = 0;
        for (Path file : files) {
            if (assertSame(body(Files.readString(file)))) {
                fast++;
            }
        }
        assertThat(fast).as("bodies written by BodyHtml").isGreaterThan(files.size() / 2);
    }

    @Test
    void generatedBodies() {
        Random random = new Random(20261129);
        int fast = 0;
        int count = 3000;
        for (int i = 0; i < count; i++) {
            if (assertSame(generated(random))) {
                fast++;
            }
        }
        // The generator mixes in raw HTML, entities and bare links on purpose, which BodyHtml leaves to Flexmark.
        assertThat(fast).as("bodies written by BodyHtml").isGreaterThan(count / 10);
    }

    /** Asserts the two agree; returns whether BodyHtml wrote the body. */
    private boolean assertSame(String markdown) {
        String[] both = renderer.renderBothWays(markdown, (written, line) -> written);
        if (both[1] == null) {
            return false;
        }
        assertThat(both[1]).as("HTML of:\n%s", markdown).isEqualTo(both[0]);
        return true;
    }

    static String body(String file) {
        if (!file.startsWith("---")) {
            return file;
        }
        int end = file.indexOf("\n---", 3);
        int next = file.indexOf('\n', end + 1);
        return next < 0 ? "" : file.substring(next + 1);
    }

    private static final String[] WORDS = {"walk", "tea", "Sam's", "5", "<b>", "a&b", "\"quoted\"", "café", "🙂",
        "\\*", "&amp;", "&copy;", "x_y", "*", "_", "~~", "`", "|", "#", "1.", "-", ">", "[", "]", "(", ")", "\\",
        "https://example.org", "www.x.org", "a@b.org", "&#35;", "!"};

    /** A body of random pieces: most are what journals hold, some are odd on purpose. */
    static String generated(Random random) {
        StringBuilder out = new StringBuilder();
        String eol = random.nextInt(10) == 0 ? "\r\n" : "\n";
        int blocks = 1 + random.nextInt(8);
        for (int b = 0; b < blocks; b++) {
            switch (random.nextInt(12)) {
                case 0 -> out.append("#".repeat(1 + random.nextInt(6))).append(' ').append(inline(random)).append(eol);
                case 1, 2 -> {
                    String marker = random.nextBoolean() ? "- " : random.nextBoolean() ? "* " : (1 + random.nextInt(3)) + ". ";
                    int items = 1 + random.nextInt(4);
                    boolean loose = random.nextInt(4) == 0;
                    for (int i = 0; i < items; i++) {
                        String task = random.nextInt(3) == 0 ? (random.nextBoolean() ? "[ ] " : "[x] ") : "";
                        out.append(marker).append(task).append(inline(random)).append(eol);
                        if (random.nextInt(8) == 0) {
                            out.append("  ").append(random.nextBoolean() ? "- nested" : "more text").append(eol);
                        }
                        if (loose) {
                            out.append(eol);
                        }
                    }
                }
                case 3 -> out.append("> ").append(inline(random)).append(eol).append(random.nextBoolean() ? "> " + inline(random) + eol : "");
                case 4 -> {
                    int columns = 1 + random.nextInt(3);
                    String[] aligns = {"---", ":--", ":-:", "--:"};
                    StringBuilder head = new StringBuilder("|");
                    StringBuilder line = new StringBuilder("|");
                    for (int c = 0; c < columns; c++) {
                        head.append(' ').append(word(random)).append(" |");
                        line.append(aligns[random.nextInt(aligns.length)]).append('|');
                    }
                    out.append(head).append(eol).append(line).append(eol);
                    for (int r = random.nextInt(4); r > 0; r--) {
                        out.append('|');
                        for (int c = random.nextInt(columns + 2); c > 0; c--) {
                            out.append(' ').append(inline(random)).append(" |");
                        }
                        out.append(eol);
                    }
                }
                case 5 -> out.append("```").append(random.nextBoolean() ? "" : random.nextBoolean() ? "js" : "a b")
                        .append(eol).append(word(random)).append(" <x> & ").append(eol).append("```").append(eol);
                case 6 -> out.append(random.nextBoolean() ? "---" : "***").append(eol);
                default -> {
                    int lines = 1 + random.nextInt(3);
                    for (int l = 0; l < lines; l++) {
                        out.append(inline(random)).append(random.nextInt(6) == 0 ? "\\" : random.nextInt(6) == 0 ? "  " : "").append(eol);
                    }
                }
            }
            out.append(eol);
        }
        return out.toString();
    }

    private static String inline(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            if (i > 0) {
                out.append(random.nextInt(10) == 0 ? "" : " ");
            }
            String word = word(random);
            switch (random.nextInt(10)) {
                case 0 -> out.append('*').append(word).append('*');
                case 1 -> out.append("**").append(word).append("**");
                case 2 -> out.append("~~").append(word).append("~~");
                case 3 -> out.append('`').append(word).append('`');
                case 4 -> out.append('[').append(word).append("](").append(random.nextBoolean() ? "../a.md" : "https://e.org/?a=1&b=" + word.length()).append(')');
                default -> out.append(word);
            }
        }
        return out.toString();
    }

    private static String word(Random random) {
        return random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : List.of("rest", "friend", "slowly", "Morning", "outside", "phone").get(random.nextInt(6));
    }

    @Test
    void generatorCoversTheConstructs() {
        Random random = new Random(1);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bodies.add(generated(random));
        }
        String all = String.join("\n", bodies);
        assertThat(all).contains("| ", "```", "- [x] ", "> ", "## ", "**", "~~", "](", "\r\n");
    }
}
