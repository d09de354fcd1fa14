package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;

/**
 * Our inline parser replaces some of Flexmark's steps with cheaper ones: every document must give
 * the same tree (node by node, with each node's place in the body) and the same HTML as with
 * Flexmark's own inline parser.
 */
class StringMatchingInlineParserTest {
    private final Parser flexmarks = parser(false);
    private final Parser ours = parser(true);
    private final HtmlRenderer html = HtmlRenderer.builder(options()).build();

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create()));
        return options;
    }

    private static Parser parser(boolean ours) {
        Parser.Builder builder = Parser.builder(options());
        if (ours) {
            builder.customInlineParserFactory(StringMatchingInlineParser.reusedPerThread())
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    /** Every node, indented by depth, with its type, offsets and text. */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(" \"").append(node.getChars()).append("\"\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }

    private void assertParsesAsFlexmarksOwn(String markdown) {
        Node expected = flexmarks.parse(markdown);
        Node actual = ours.parse(markdown);
        assertThat(tree(actual)).as(markdown).isEqualTo(tree(expected));
        assertThat(html.render(actual)).as(markdown).isEqualTo(html.render(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "*a* **b** ***c*** _d_ __e__ ___f___ ~~g~~ ~h~",
            "a*b*c a_b_c snake_case_word __init__ 5*6*7 2 * 3 * 4",
            "*foo*bar foo*bar* **foo \"*bar*\" foo** *(*foo*)* _(_foo_)_",
            "«*quoted*» „_low_“ —*dash*— ¿*inverted*? ¡_excl_!",
            "*\u00a0no-break* a\u2003*em space*\u2003b *tab\t* \t*x*",
            "*a\nb* and _c\r\nd_ and **e\n**",
            "\\*not\\* \\_not\\_ &amp;*x*&amp; &#42;y&#42; `*code*` [*in link*](x.md) ![_alt_](i.png)",
            "😀*a*😀 中*文*字 ä_ö_ü _ä_ *α*β *a **b** c* ***a* b** **a *b***",
            "* not emphasis\n- list *item*\n> quote _text_\n\n    code *not*",
            "*", "**", "_", "~", "~~", "* *", "a *", "* a", "*a", "a*", "_a", "a_", "****", "*_*_",
            "Footnote*[^1]*.\n\n[^1]: *in* a _footnote_",
            "| *a* | _b_ |\n|---|---|\n| ~~c~~ | **d** |",
            "- [ ] *task* one\n- [x] _done_",
            "text *with a\u0000NUL* and _more_",
    })
    void parsesAsFlexmarksOwn(String markdown) {
        assertParsesAsFlexmarksOwn(markdown);
    }

    @Test
    void theSampleJournalParsesAsWithFlexmarksOwn() throws IOException {
        List<Path> files = JournalFiles.sampleEntryFiles();
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            assertParsesAsFlexmarksOwn(Files.readString(file));
        }
    }

    @Test
    void generatedTextsFullOfMarksParseAsWithFlexmarksOwn() {
        // Marks, spaces and punctuation of every kind next to each other, where the rules for
        // opening and closing emphasis are hardest; and escapes, code, links, quotes and lists.
        String[] pieces = {"*", "**", "_", "__", "~", "~~", " ", "\n", "\t", "\u00a0", "\u2003", "a", "b", "ä",
            "中", "😀", ".", ",", "(", ")", "[", "]", "«", "»", "—", "\"", "'", "\\", "`", "!", "&amp;",
            "[x](y.md)", "> ", "- ", "1. ", "\n\n", "#", "|", "<b>", "\u0000"};
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            StringBuilder markdown = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int j = 0; j < length; j++) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            assertParsesAsFlexmarksOwn(markdown.toString());
        }
    }

    @Test
    void oneParserServesEveryDocumentAThreadParsesWithTheSameParser() throws Exception {
        InlineParserFactory factory = StringMatchingInlineParser.reusedPerThread();
        DataHolder options = options().toImmutable();
        BitSet special = new BitSet();
        BitSet delimiters = new BitSet();
        Map<Character, DelimiterProcessor> processors = Map.of();
        LinkRefProcessorData linkRefs = InlineParserImpl.calculateLinkRefProcessors(options, List.of());
        List<InlineParserExtensionFactory> extensions = List.of();
        InlineParser first = factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions);
        assertThat(factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions))
                .isSameAs(first);
        // Another Parser's settings, or another thread: a parser of its own.
        assertThat(factory.inlineParser(options().toImmutable(), special, delimiters, processors, linkRefs,
                extensions)).isNotSameAs(first);
        assertThat(factory.inlineParser(options, new BitSet(), delimiters, processors, linkRefs, extensions))
                .isNotSameAs(first);
        InlineParser[] onAnotherThread = new InlineParser[1];
        Thread other = new Thread(() -> onAnotherThread[0] =
                factory.inlineParser(options, special, delimiters, processors, linkRefs, extensions));
        other.start();
        other.join();
        assertThat(onAnotherThread[0]).isNotNull().isNotSameAs(first);
    }

    @Test
    void nothingOfOneDocumentReachesTheNext() {
        // The same parser, one document after another: a reference defined in one, an emphasis
        // left open, a link cut short, none of them may change the next.
        String[] documents = {
            "[x]: /target.md\n\nSee [x] and *open and [cut",
            "See [x], [x][] and [y](/y.md)",
            "**strong [link](/a.md)** and `code`",
            "[x]",
            "*open\n\n[x]: /other.md",
            "[x] again",
        };
        for (int round = 0; round < 2; round++) {
            for (String markdown : documents) {
                assertParsesAsFlexmarksOwn(markdown);
            }
        }
    }

    @Test
    void punctuationAndSpaceAreFlexmarksCharacterClasses() {
        Parsing parsing = new Parsing(options());
        Pattern punctuation = parsing.PUNCTUATION;
        Pattern space = parsing.UNICODE_WHITESPACE_CHAR;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = String.valueOf(c);
            assertThat(StringMatchingInlineParser.isPunctuation(c)).as("U+%04X", (int) c)
                    .isEqualTo(punctuation.matcher(text).matches());
            assertThat(StringMatchingInlineParser.isUnicodeWhitespace(c)).as("U+%04X", (int) c)
                    .isEqualTo(space.matcher(text).matches());
        }
    }
}
