package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code words} of an entry's view: what a reader sees as words, whatever the Markdown around them. */
class WordCountTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest(name = "{1} words: {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u0000', textBlock = """
            Got out of bed. => 4
            '' => 0
            **un**done and *half*way => 3
            Sam's 2nd walk, 10 minutes — café! => 7
            one\\ntwo\\n\\nthree => 3
            one\\\\\\ntwo  \\nthree => 3
            # Title\\nText => 2
            - a\\n- b\\n\\n1. c\\n2. d => 4
            - [ ] call Sam\\n- [x] rest => 3
            | day | mood |\\n|---|---|\\n| Mon | 3 | => 4
            A [walk](https://example.org/a-long?x=1&y=2) outside. => 3
            [walk \\\\* here](https://example.org/long/path) and \\\\* more => 4
            ![a sunny park](park.jpg) today => 4
            <https://example.org/path> and <me@example.org> => 8
            Tea &amp; toast &copy;2026 => 3
            `code span` and\\n\\n```\\nfenced code\\n``` => 5
            Text with <b>bold</b> and un<i>done</i> => 5
            <div>\\nhtml block\\n</div>\\n\\nafter => 1
            A note[^1].\\n\\n[^1]: The footnote text. => 5
            A [ref][r].\\n\\n[r]: https://example.org/reference => 2
            one tw\\\\*o => 3
            one two &amp;three => 3
            `a&b \\\\c` and \\\\ => 4
            """)
    void countsWhatAReaderSees(String markdown, int words) {
        String body = markdown.replace("\\n", "\n").replace("\\\\", "\\");
        assertThat(renderer.render(body, (written, line) -> written).words()).isEqualTo(words);
    }

    @Test
    void lettersAndDigitsAreTheJdksForEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(WordCount.isLetterOrDigit(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetterOrDigit(c));
        }
    }
}
