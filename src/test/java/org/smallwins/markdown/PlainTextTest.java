package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;

/**
 * A paragraph's plain text (an entry's summary comes from its first) is what Flexmark's
 * TextCollectingVisitor collects, footnote markers left out, each run of whitespace one space:
 * the direct walk over the usual inline nodes gives exactly that.
 */
class PlainTextTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "Got out of *bed* and **walked** to the [park](../park.md).",
            "Soft\nbreak, hard  \nbreak and hard\\\nbreak\r\nCRLF",
            "`co  de` and `a\\*b` and ``a ` b`` and ` spaced `",
            "[li\\*nk](u) [e&amp;](v) [*em* link](u \"t\") [](empty.md)",
            "t\\*x &amp; &copy; &#35; \\\\ and a trailing backslash\\",
            "~~gone~~ *x* **y** ***both*** _u_ __v__",
            "A note[^1] in the middle.\n\n[^1]: the note",
            "  leading and trailing spaces  ",
            "Non-Latin: Grüße, 日本語, ‘curly’ — dash… 🙂",
            "A NUL \u0000 in text and `co\u0000de`",
            "![image](i.png) <b>html</b> <https://auto.org> www.example.org me@example.org",
            "Tab\tand\u000Bvertical\ftab",
    })
    void walkGivesTheVisitorsText(String markdown) {
        assertEveryParagraph(markdown);
    }

    @Test
    void sampleJournalBodies() throws IOException {
        List<Path> files = JournalFiles.sampleEntryFiles();
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            assertEveryParagraph(BodyHtmlTest.body(Files.readString(file)));
        }
    }

    @Test
    void generatedBodies() {
        Random random = new Random(20261130);
        for (int i = 0; i < 3000; i++) {
            assertEveryParagraph(BodyHtmlTest.generated(random));
        }
    }

    @Test
    void collapsesWhitespaceAsTheRegularExpressionDid() {
        Random random = new Random(7);
        char[] pieces = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u0001', '\u001F', '\u00A0', '\u2003', 'a', 'é', '\u0000'};
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(PlainText.collapseWhitespace(text))
                    .isEqualTo(text.toString().replaceAll("\\s+", " ").trim());
        }
    }

    private void assertEveryParagraph(String markdown) {
        Node document = renderer.parseWithEveryExtension(markdown);
        assertParagraphs(document, markdown);
    }

    private static void assertParagraphs(Node parent, String markdown) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                assertThat(PlainText.of(node)).as("text of a paragraph in:\n%s", markdown)
                        .isEqualTo(byVisitor(node));
            }
            assertParagraphs(node, markdown);
        }
    }

    /** What the summary was made of before the walk: the visitor per child, then a regular expression. */
    private static String byVisitor(Node paragraph) {
        StringBuilder out = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Footnote)) {
                out.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
