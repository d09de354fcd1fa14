package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.JournalFiles;
import org.smallwins.markdown.RenderedBody.RemoteLoad.Kind;

/**
 * The renderer skips the autolink pass for bodies that cannot hold a bare link, and the tables
 * pass for bodies without a '|'; these bodies must still come out exactly as with every extension on.
 */
class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "Went to https://example.org/walk today.",
            "See www.example.org for the map.",
            "Mail me at someone@example.org please.",
            "Escaped: http\\://example.org and ftp&#58;//example.org",
            "WWW.EXAMPLE.ORG in capitals.",
            "A [link](https://example.org) and no bare one.",
            "- item with https://example.org/x\n- plain item",
            "| a | b |\n|---|---|\n| www.example.org | x |",
            "Footnote[^1].\n\n[^1]: at https://example.org",
            "`https://example.org` in code only.",
            "Plain text, nothing to link: a & b.",
            "wWw.Example.org in mixed case, and a trailing ww",
            "Almost: a colon: / slash, ww. and w.w, nothing to link.",
            "A ragged table:\n\n| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |",
            "| a | b |\n|---|\n| x | y |",
            "a | b\n--|--\n1 | 2",
            "Header\n------\n\nNo pipes: a table needs one.\n\n---|---\n\n: caption",
            "Escaped \\| pipe and a [link](x|y) and `co|de`",
            "# A heading\n\nText, then ## not one.",
            "Setext heading\n==============\n\nAnd another\n---",
            "> ## A quoted heading with a [link](x.md) and *emphasis*\n> text",
            "- item\n\n  ### A heading in a list\n- item",
            "#\n\n## \n\n### ###",
            "Note[^1].\n\n[^1]: # A heading in a footnote",
            "## Twice\n\n## Twice\n\n## https://example.org in a heading",
            // Our inline parser matches over the paragraph as a String: links, titles, references,
            // code spans, autolinks, inline HTML and entities, also where a paragraph's lines are
            // not one stretch of the body (in a quote or a list) and with a NUL in the text.
            "[a](x.md \"title\") and [b](<y z.md> 'other') and [c](w.md (third)) then [d]( spaced.md )",
            "[walk][w] and [w] and [W][] and [missing][]\n\n[w]: /walk.md \"The\n walk\"\n[ref]: <a b>",
            "> A quote with [a link](x.md\n> \"its title\") across lines\n> and `code\n> span` too",
            "- item [one](a.md\n  'title') and <https://example.org/x>\n- and <me@example.org> and <b>html</b>",
            "Ticks: ``a ` b`` and ```c``` and `` unmatched, &amp; &#35; &copy; &bogus; entities",
            "Nested [outer [inner](x.md) text](y.md) and ![image](i.png \"t\") and [](empty.md)",
            "A NUL \u0000 in [a \u0000 link](x\u0000y.md) and\n[r]: /r\u0000 \"t\u0000\"\n\n[r]",
    })
    void rendersAsWithAutolinksAlwaysOn(String markdown) {
        RenderedBody body = renderer.render(markdown, (written, line) -> written);
        String expected = renderer.renderWithEveryExtension(markdown);
        assertThat(body.html()).isEqualTo(expected);
    }

    @Test
    void sampleJournalBodiesWithAndWithoutTheirPipesRenderAsWithEveryExtensionOn() throws IOException {
        List<Path> files = JournalFiles.sampleEntryFiles();
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            String body = Files.readString(file);
            for (String markdown : List.of(body, body.replace("|", ""), body.replace("|", "!"))) {
                assertThat(renderer.render(markdown, (written, line) -> written).html()).as(file.toString())
                        .isEqualTo(renderer.renderWithEveryExtension(markdown));
            }
        }
    }

    /**
     * A body sits under its page's h1: with an h1 of its own every heading goes one level down (h6
     * stays h6), both ways a body is written out, and the anchors stay; from h2 on it is left as is.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bodyHeadingsStartAtH2(boolean withATable) {
        String table = withATable ? "\n\n| a |\n|---|\n| 1 |" : "";
        String html = renderer.render("# Morning\n\n## Walk\n\n###### Tiny\n\n> # Quoted" + table,
                (written, line) -> written).html();
        assertThat(html).contains("<h2><a href=\"#morning\" id=\"morning\" class=\"anchor\">Morning</a></h2>")
                .contains("<h3><a href=\"#walk\" id=\"walk\" class=\"anchor\">Walk</a></h3>")
                .contains("<h6><a href=\"#tiny\" id=\"tiny\" class=\"anchor\">Tiny</a></h6>")
                .contains("<h2><a href=\"#quoted\" id=\"quoted\" class=\"anchor\">Quoted</a></h2>")
                .doesNotContain("<h1");
        // Flexmark's own renderer, for what the quick one leaves to it (a footnote), says the same.
        assertThat(renderer.render("# Morning\n\nEarly.[^1]\n\n## Walk\n\n[^1]: Six.", (written, line) -> written).html())
                .contains("<h2><a href=\"#morning\" id=\"morning\" class=\"anchor\">Morning</a></h2>")
                .contains("<h3><a href=\"#walk\" id=\"walk\" class=\"anchor\">Walk</a></h3>");
        assertThat(renderer.render("## Walk\n\n### Park", (written, line) -> written).html())
                .contains("<h2><a href=\"#walk\"").contains("<h3><a href=\"#park\"");
    }

    /** A back link's text is an arrow: its name says where it leads, on each link to a note used twice. */
    @Test
    void footnoteBackLinksSayWhereTheyLead() {
        String html = renderer.render("Walked[^1], then rested[^1].\n\n[^1]: Slowly.", (written, line) -> written).html();
        assertThat(html).contains("<a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Back to the text\">&#8617;</a>")
                .contains("<a href=\"#fnref-1-1\" class=\"footnote-backref\" aria-label=\"Back to the text\">&#8617;</a>");
        // Nothing else is named: the reference to the note is its number.
        assertThat(html.split("aria-label", -1)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Went to https://example.org/walk today.", "Mail someone@example.org."})
    void bareLinksBecomeLinks(String markdown) {
        assertThat(renderer.render(markdown, (written, line) -> written).html()).contains("<a href=\"");
    }

    @Test
    void codeKeepsItsSpacesAndLineBreaks() {
        String markdown = "    indented code\n      keeps   spaces\n\n```\nfenced {\n    deep   indent\n}\n```\n\n"
                + "> quote\n>\n>     code in quote\n";
        String html = renderer.render(markdown, (written, line) -> written).html();
        assertThat(html).isEqualTo("<pre><code>indented code\n  keeps   spaces\n</code></pre>\n"
                + "<pre><code>fenced {\n    deep   indent\n}\n</code></pre>\n"
                + "<blockquote>\n<p>quote</p>\n<pre><code>code in quote\n</code></pre>\n</blockquote>\n");
    }

    @Test
    void linksKnowTheirLineWhateverTheLineEndings() {
        List<String> seen = new ArrayList<>();
        renderer.render("one\r\n\r\n[a](a.md)\rtwo\n\n[b](b.md) [c](c.md)\n", (written, line) -> {
            seen.add(written + "@" + line);
            return written;
        });
        assertThat(seen).containsExactly("a.md@2", "b.md@5", "c.md@5");
    }

    @Test
    void everyLinkImageAndReferenceIsRewrittenInDocumentOrderWithItsLine() {
        String markdown = "Intro [first](a.md).\n\n"
                + "> quoted ![photo](walk.jpg)\n\n"
                + "- [![badge](badge.png)](b.md) in a list\n\n"
                + "A [ref][r] link.\n\n"
                + "[r]: c.md\n";
        List<String> seen = new ArrayList<>();

        RenderedBody body = renderer.render(markdown, (written, line) -> {
            seen.add(written + "@" + line);
            return "/x/" + written;
        });

        assertThat(seen).containsExactly("a.md@0", "walk.jpg@2", "b.md@4", "badge.png@4", "c.md@8");
        assertThat(body.links()).containsExactly("a.md", "walk.jpg", "b.md", "badge.png", "c.md");
        assertThat(body.html()).contains("href=\"/x/a.md\"", "src=\"/x/walk.jpg\"", "href=\"/x/b.md\"",
                "src=\"/x/badge.png\"", "href=\"/x/c.md\"").doesNotContain("\"a.md\"", "\"badge.png\"");
    }

    @Test
    void addressesAreRewrittenAsThePageHasThemWithEscapesUndoneOnce() {
        List<String> seen = new ArrayList<>();

        RenderedBody body = renderer.render("[a](my\\_walk.md) ![b](my\\_view.png) [c](a&amp;b.md) [d](kept\\_as\\_is.md)"
                + " [e](\\\\server.md)", (written, line) -> {
            seen.add(written);
            return written.startsWith("kept") ? written : written.replace(".md", "/") + "?x&y\\z";
        });

        assertThat(seen).containsExactly("my_walk.md", "my_view.png", "a&b.md", "kept_as_is.md", "\\server.md");
        assertThat(body.links()).isEqualTo(seen);
        assertThat(body.html()).contains("href=\"my_walk/?x&amp;y\\z\"", "src=\"my_view.png?x&amp;y\\z\"",
                "href=\"a&amp;b/?x&amp;y\\z\"", "href=\"kept_as_is.md\"", "href=\"\\server/?x&amp;y\\z\"");
    }

    @Test
    void parsersMakeTheirBlockFactoriesOncePerThread() {
        // False when a Flexmark upgrade keeps a Parser's block factories elsewhere: pages stay the
        // same, but every document builds them again (see ReusedBlockFactories).
        assertThat(renderer.reusesBlockFactories()).isTrue();
    }

    @Test
    void tablesArePreProcessedByOneProcessorPerThread() {
        MarkdownRenderer fresh = new MarkdownRenderer();
        for (int i = 0; i < 5; i++) {
            String table = "| day | steps |\n|---|--:|\n| " + i + " | " + (i * 10) + " |";
            String html = fresh.render(table, (written, line) -> written).html();
            assertThat(html).contains("<table", "<th>day</th>", "<th align=\"right\">steps</th>", "<td>" + i + "</td>",
                    "<td align=\"right\">" + (i * 10) + "</td>");
        }
        // Flexmark's own tables extension makes one for every document (see ReusedTablePreProcessor).
        assertThat(fresh.tablePreProcessorsMade()).isEqualTo(1);
    }

    @Test
    void blockFactoriesUsedAgainAcrossDocumentsAndThreadsParseAsNewOnes() throws Exception {
        // Every kind of block, one body after another on each thread, each thread's factories made
        // by the first body and used by the rest; the reference parser makes new ones every time.
        List<String> bodies = new ArrayList<>();
        for (Path file : JournalFiles.sampleEntryFiles()) {
            bodies.add(Files.readString(file));
        }
        bodies.addAll(List.of(
                "# ATX\n\nSetext\n======\n\n> quote\n> > nested\n\n---\n\n***",
                "<div class=\"x\">\n*html block*\n</div>\n\n<!-- comment -->\n\ntext <span>inline</span>",
                "```java\nfenced\n```\n\n    indented code\n\n~~~\ntilde\n~~~",
                "1. one\n2. two\n   - nested [ ] task\n   - [x] done\n\n* star\n+ plus",
                "Note[^a] and[^b].\n\n[^a]: first\n[^b]: second\n    continued",
                "| a | b |\n|---|:-:|\n| 1 | 2 |\n\n<pre>\nraw\n</pre>"));
        List<String> expected = bodies.stream().map(renderer::renderWithEveryExtension).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int shift = t * 7;
                runs.add(pool.submit(() -> {
                    List<String> html = new ArrayList<>(Collections.nCopies(bodies.size(), ""));
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < bodies.size(); i++) {
                            int at = (i + shift) % bodies.size();
                            html.set(at, renderer.render(bodies.get(at), (written, line) -> written).html());
                        }
                    }
                    return html;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedOnTheLineWhereItPassesIt() {
        String deepQuotes = "First line.\n\n" + ">".repeat(5_000) + " deep\n";
        StringBuilder deepList = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deepList.append("  ".repeat(i)).append("- x\n");
        }
        String deepEmphasis = "*".repeat(300) + "x" + "*".repeat(300) + "\n";

        NestedTooDeeply quotes = catchNested(deepQuotes);
        NestedTooDeeply list = catchNested(deepList.toString());
        NestedTooDeeply emphasis = catchNested(deepEmphasis);

        assertThat(quotes.line()).isEqualTo(2);
        // A list level is two levels of the tree (the list and its item): the 50th item, line 49.
        assertThat(list.line()).isEqualTo(NestedTooDeeply.MAX_DEPTH / 2 - 1);
        assertThat(emphasis.line()).isZero();
        assertThat(quotes.problem("content/wins/2025-03-14-deep.md", 5))
                .hasToString("content/wins/2025-03-14-deep.md:7: the text is nested more than 100 levels deep"
                        + " (quotes in quotes, lists in lists or emphasis in emphasis). Remove the extra '>',"
                        + " indentation or '*' marks.");
    }

    @Test
    void aBodyNestedJustUnderTheLimitRenders() {
        String quotes = ">".repeat(NestedTooDeeply.MAX_DEPTH - 2) + " still fine\n";

        assertThat(renderer.render(quotes, (written, line) -> written).html()).contains("still fine");
    }

    @Test
    void aBodyWhoseParseRunsOutOfStackIsRefusedWithoutALineAndTheRendererWorksOn() throws Exception {
        // Flexmark's thematic-break pattern recurses once a character: a long line of '*' overflows.
        NestedTooDeeply[] thrown = new NestedTooDeeply[1];
        String rich = "# Head\n\nSome *emphasis*, a [link](https://example.org) and www.example.org.\n\n"
                + "- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n";
        String[] after = new String[1];
        Thread small = new Thread(null, () -> {
            thrown[0] = catchNested("Intro.\n\n" + "*".repeat(20_000) + "\n");
            // The same thread's reused parsers go on to the next body as if nothing happened.
            after[0] = renderer.render(rich, (written, line) -> written).html();
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(after[0]).isEqualTo(new MarkdownRenderer().render(rich, (written, line) -> written).html());

        assertThat(thrown[0]).isNotNull();
        assertThat(thrown[0].line()).isEqualTo(-1);
        assertThat(thrown[0].problem("content/wins/2025-03-14-stars.md", 5)).hasToString(
                "content/wins/2025-03-14-stars.md:5: the Markdown reader ran out of room in this text: a line of"
                        + " thousands of the same mark ('*', '-', '_', '>')? Shorten or break up that line.");
        assertThat(renderer.render("Fine.", (written, line) -> written).html()).isEqualTo("<p>Fine.</p>\n");
    }

    private NestedTooDeeply catchNested(String body) {
        try {
            renderer.render(body, (written, line) -> written);
        } catch (NestedTooDeeply e) {
            return e;
        }
        throw new AssertionError("a body nested this deep should be refused");
    }

    @Test
    void whatThePageWouldLoadFromAnotherHostIsFoundWithItsLine() {
        String body = "A [link](https://example.org/) loads nothing. ![own](/images/a.png)\n"
                + "![sun](https://pics.example.com/sun.jpg?w=2)\n"
                + "\n"
                + "![ref][sky]\n"
                + "\n"
                + "<div>\n"
                + "<iframe src=\"https://video.example.net/embed/1\"></iframe>\n"
                + "<img alt=x src='//cdn.example.com/x.png'>\n"
                + "</div>\n"
                + "\n"
                + "Inline <script src=http://t.example.com/t.js></script> too.\n"
                + "\n"
                + "[sky]: https://pics.example.com/sky.png\n";

        RenderedBody rendered = renderer.render(body, (written, line) -> written);

        assertThat(rendered.remoteLoads()).containsExactly(
                new RenderedBody.RemoteLoad("https://pics.example.com/sun.jpg?w=2", 1, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://pics.example.com/sky.png", 3, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://video.example.net/embed/1", 6, Kind.FRAME),
                new RenderedBody.RemoteLoad("//cdn.example.com/x.png", 7, Kind.PICTURE),
                new RenderedBody.RemoteLoad("http://t.example.com/t.js", 10, Kind.SCRIPT));
        assertThat(renderer.render("Only [a link](https://example.org/) and ![a](/images/a.png).",
                (written, line) -> written).remoteLoads()).isEmpty();
    }

    @Test
    void eachRemoteLoadIsToldByWhatItIsSoTheWarningCanSayWhatToDo() {
        String body = "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n"
                + "<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Roboto\">\n"
                + "<link rel=\"preload\" href=\"https://fonts.gstatic.com/s/roboto/a.woff2\">\n"
                + "<link rel=\"icon\" href=\"https://pics.example/icon.png\">\n"
                + "<object data=\"https://old.example/intro.swf\"></object>\n"
                + "<embed src=\"https://old.example/tune.mid\">\n"
                + "<video poster=\"https://v.example/p.jpg\"></video>\n"
                + "<audio src=\"https://a.example/song.mp3\"></audio>\n"
                + "<picture><source srcset=\"https://p.example/a.webp\"></picture>\n"
                + "<style>@font-face { src: url(https://f.example/f.ttf) } @import 'https://s.example/more';</style>\n";

        assertThat(renderer.render(body, (written, line) -> written).remoteLoads())
                .extracting(RenderedBody.RemoteLoad::kind).containsExactly(Kind.FRAME, Kind.STYLESHEET, Kind.FONT,
                        Kind.PICTURE, Kind.OBJECT, Kind.OBJECT, Kind.PICTURE, Kind.PICTURE, Kind.PICTURE, Kind.FONT,
                        Kind.STYLESHEET);
    }

    @Test
    void cssABaseABackgroundAnSvgImageARefreshAndEscapedAddressesAreFoundToo() {
        // Each of these loads from another host as the page opens; none was named in a warning.
        String body = "<div style=\"background:url(https://bg.example/a.png)\">x</div>\n"
                + "\n"
                + "<style>@import url(\"https://css.example/s.css\"); p { background: url('//c.example/p.png') }</style>\n"
                + "\n"
                + "<svg><image href=\"https://svg.example/i.png\"/></svg>\n"
                + "\n"
                + "<base href=\"https://base.example/\">\n"
                + "\n"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://away.example/\">\n"
                + "\n"
                + "<table background=\"https://t.example/t.png\"><tr><td>x</td></tr></table>\n"
                + "\n"
                + "<img src=\"&#104;ttps://ent.example/e.png\">\n"
                + "\n"
                + "<p>Only <a href=\"https://example.org/\">a link</a>, a <code>url(x)</code> and <img src=\"/images/a.png\">.</p>\n";

        RenderedBody rendered = renderer.render(body, (written, line) -> written);

        assertThat(rendered.remoteLoads()).containsExactly(
                new RenderedBody.RemoteLoad("https://bg.example/a.png", 0, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://css.example/s.css", 2, Kind.STYLESHEET),
                new RenderedBody.RemoteLoad("//c.example/p.png", 2, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://svg.example/i.png", 4, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://base.example/", 6, Kind.BASE),
                new RenderedBody.RemoteLoad("https://away.example/", 8, Kind.REFRESH),
                new RenderedBody.RemoteLoad("https://t.example/t.png", 10, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://ent.example/e.png", 12, Kind.PICTURE));
    }

    @Test
    void aFormAPingAndEveryOtherWayRawHtmlReachesAnotherHostAreFound() {
        // Each of these reached another host without a word: a form or a ping when the reader uses it,
        // the rest as the page opens.
        String body = "<form action=\"https://form.example/send\"><button formaction='//btn.example/go'>Go</button></form>\n"
                + "\n"
                + "<A HREF=\"/2025/\" PING=\"https://ping.example/1 https://ping2.example/2\">a walk</A>\n"
                + "\n"
                + "<img alt=\"1 > 0\" src=\"/images/a.png\" srcset=\"/images/a.png 1x, https://set.example/b.png 2x\">\n"
                + "\n"
                + "<iframe srcdoc=\"&lt;img src=&quot;https://doc.example/a.png&quot;&gt;\"></iframe>\n"
                + "\n"
                + "<div style=\"background-image: image-set('https://is.example/a.png' 1x, &quot;//is2.example/b.png&quot; 2x)\">x</div>\n"
                + "\n"
                + "<svg><use href=\"https://use.example/s.svg#i\"/><feImage xlink:href=\"https://fe.example/a.png\"/>"
                + "<rect fill=\"url(https://fill.example/p.svg#g)\"/></svg>\n"
                + "\n"
                + "<img src=\"ht&#9;tps://tab.example/a.png\"><img src=\"&Tab;https:&sol;&sol;named.example/a.png\">"
                + "<img src=\"https:\\\\back.example/a.png\">\n"
                + "\n"
                + "<meta http-equiv=\"Refresh\" content=\"3; https://away.example/\">\n"
                + "\n"
                + "<style>@import url(https://css.example/more);</style>\n"
                + "\n"
                + "<link rel=\"preload\" as=\"image\" imagesrcset=\"https://pre.example/a.png 2x\"><math><mglyph src=\"https://m.example/g.png\"/></math>\n"
                + "\n"
                + "![by reference](&#104;ttps://md.example/a.png)\n";

        assertThat(renderer.render(body, (written, line) -> written).remoteLoads()).containsExactly(
                new RenderedBody.RemoteLoad("https://form.example/send", 0, Kind.FORM),
                new RenderedBody.RemoteLoad("//btn.example/go", 0, Kind.FORM),
                new RenderedBody.RemoteLoad("https://ping.example/1", 2, Kind.PING),
                new RenderedBody.RemoteLoad("https://ping2.example/2", 2, Kind.PING),
                new RenderedBody.RemoteLoad("https://set.example/b.png", 4, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://doc.example/a.png", 6, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://is.example/a.png", 8, Kind.PICTURE),
                new RenderedBody.RemoteLoad("//is2.example/b.png", 8, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://use.example/s.svg#i", 10, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://fe.example/a.png", 10, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://fill.example/p.svg#g", 10, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://tab.example/a.png", 12, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://named.example/a.png", 12, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://back.example/a.png", 12, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://away.example/", 14, Kind.REFRESH),
                new RenderedBody.RemoteLoad("https://css.example/more", 16, Kind.STYLESHEET),
                new RenderedBody.RemoteLoad("https://pre.example/a.png", 18, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://m.example/g.png", 18, Kind.PICTURE),
                new RenderedBody.RemoteLoad("https://md.example/a.png", 20, Kind.PICTURE));
    }

    @Test
    void whatLoadsNothingFromElsewhereIsNotFound() {
        String body = "<!-- <img src=\"https://commented.example/a.png\"> -->\n"
                + "\n"
                + "<meta name=\"twitter:image\" content=\"https://card.example/a.png\">\n"
                + "\n"
                + "<img src=\"/proxy?u=https://own.example/a.png\" srcset=\"/images/a.png 2x\">"
                + "<a href=\"https://example.org/\" ping=\"/count\">a link</a>"
                + "<form action=\"/search\"><input title=\"url(https\"></form>\n";

        assertThat(renderer.render(body, (written, line) -> written).remoteLoads()).isEmpty();
    }

    @Test
    void aLinkAddressWithASpaceInAngleBracketsIsALink() {
        List<String> seen = new ArrayList<>();

        String html = renderer.render("![p](</images/my photo.jpg>) and [walk](<2025-01-02-a walk.md>)\n",
                (written, line) -> {
                    seen.add(written);
                    return written;
                }).html();

        assertThat(seen).containsExactly("/images/my photo.jpg", "2025-01-02-a walk.md");
        assertThat(html).contains("<img src=\"/images/my photo.jpg\" alt=\"p\"").contains("href=\"2025-01-02-a walk.md\"")
                .doesNotContain("&lt;");
    }
}
