package org.smallwins.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CommonMark plus tables, task lists, strikethrough, autolinks, footnotes and heading anchors.
 * Parsers and renderer are built once: Flexmark's are immutable and safe to share across threads,
 * so entries render in parallel without rebuilding them.
 */
public final class MarkdownRenderer {
    /**
     * The parser with tables and autolinks ({@code parsers[1][1]}) and without either
     * ({@code parsers[0 or 1][0 or 1]}): a body is parsed without the autolink pass first, and
     * again with it only when some text could hold a bare link; and without the tables extension
     * when it has no '|', which every table needs. Each of these passes looks at every text node
     * or paragraph of every body, for what few bodies hold (the tables pass is a tenth of parsing).
     */
    private final Parser[][] parsers = new Parser[2][2];
    /** The table pre-processors of {@code parsers[1][0]} and {@code parsers[1][1]}. */
    private final ReusedTablePreProcessor[] tablePreProcessors = new ReusedTablePreProcessor[2];
    /** Every extension, heading anchors included: the reference {@link #render}'s shortcuts must match. */
    private final Parser everyExtension;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        // GitHub-style tables: ragged rows are padded or trimmed instead of becoming text.
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        // Heading ids come from the anchor link, which wraps the heading text so it has a name.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // CommonMark's '![a](</images/my photo.jpg>)': a path with a space, in angle brackets (what
        // editors write for a file name with spaces). Flexmark reads it only with spaces allowed in
        // link addresses, which also makes '[a](my walk.md)' the link it was meant to be.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.INDENT_SIZE, 0);
        // HTML straight through Flexmark's line-formatting writer, which otherwise inspects every
        // character it is given: the entry views step (mostly Markdown) 7 % shorter. The one
        // difference seen, on the sample journal, a test body of every construct and 300 generated
        // ones: a footnote's back link and its </li> now share a line.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_TRIM_LEADING_WHITESPACE | LineAppendable.F_PASS_THROUGH);
        // Links report their line for warnings. Without the parser's list of lines, each lookup
        // counts line breaks from the top of the body: a tenth of all Markdown time.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // Each parser's options are copied once every option is set: they may differ in their extensions alone.
        // The parsers leave heading anchors out: the anchor extension is a post-processor, and any
        // post-processor makes Flexmark sort every node of every document by type first, an eighth
        // of all parsing (10,000 benchmark bodies: 1.33 s against 1.16 s), for the few bodies with
        // headings. The walk every body gets anyway adds them instead (see anchorHeadings).
        // Tables come from ReusedTablePreProcessor rather than the extension, whose parser part is
        // that pre-processor made anew for every document.
        for (int tables = 0; tables < 2; tables++) {
            for (int autolinks = 0; autolinks < 2; autolinks++) {
                MutableDataSet parserOptions = new MutableDataSet(options);
                parserOptions.set(Parser.EXTENSIONS, extensions(false, autolinks == 1, false));
                Parser.Builder builder = Parser.builder(parserOptions)
                        .customInlineParserFactory(StringMatchingInlineParser.reusedPerThread())
                        // Flexmark adds the reference definitions' pass itself only with its own inline parser.
                        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
                if (tables == 1) {
                    tablePreProcessors[autolinks] = new ReusedTablePreProcessor();
                    builder.paragraphPreProcessorFactory(tablePreProcessors[autolinks]);
                }
                parsers[tables][autolinks] = builder.build();
                ReusedBlockFactories.reuse(parsers[tables][autolinks]);
            }
        }
        options.set(Parser.EXTENSIONS, extensions(true, true, true));
        this.everyExtension = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new BackLinkNames()).build();
    }

    /** What a footnote's back link ("↩") says to a screen reader: where it leads. */
    static final String BACK_LINK_NAME = "Back to the text";

    /**
     * Names each footnote's back link, whose text is only an arrow. The footnote renderer writes
     * its {@code <a>} with the attributes of the document being rendered, told apart here by its
     * class (the footnote extension's default, {@code footnote-backref}).
     */
    private static final class BackLinkNames extends IndependentAttributeProviderFactory {
        private static final AttributeProvider PROVIDER = (node, part, attributes) -> {
            if (attributes.contains("class") && "footnote-backref".equals(attributes.getValue("class"))) {
                attributes.replaceValue("aria-label", BACK_LINK_NAME);
            }
        };

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return PROVIDER;
        }
    }

    private static List<Extension> extensions(boolean tables, boolean autolinks, boolean anchors) {
        List<Extension> extensions = new ArrayList<>();
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        extensions.add(TaskListExtension.create());
        extensions.add(StrikethroughExtension.create());
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        extensions.add(FootnoteExtension.create());
        if (anchors) {
            extensions.add(AnchorLinkExtension.create());
        }
        return extensions;
    }

    /** Chooses the target each link or image should have; may return the target as written. */
    @FunctionalInterface
    public interface LinkRewriter {
        /** {@code line} is the 0-based line of the link within the Markdown. */
        String rewrite(String written, int line);

        /**
         * What raw HTML gets instead of a relative address in a {@code src}, {@code href},
         * {@code poster} or {@code srcset}, decoded as the browser reads it; null leaves it as written.
         */
        default String rewriteRaw(String address, int line) {
            return null;
        }

        /**
         * Told, before the address is rewritten, that the body shows {@code address} (escapes undone)
         * as a picture at {@code line}: a Markdown image's, a reference an image uses, or in raw HTML
         * an {@code <img>}'s {@code src}, a {@code srcset} candidate or a {@code <video>}'s {@code poster}.
         */
        default void showsPicture(String address, int line) {
        }
    }

    /**
     * Renders a body, passing every link and image target through {@code rewriteLink} (so a link to
     * another entry's .md file can become that entry's page).
     *
     * @throws NestedTooDeeply for a body nested more than {@link NestedTooDeeply#MAX_DEPTH} levels
     */
    public RenderedBody render(String markdown, LinkRewriter rewriteLink) {
        // The autolink extension scans every text node with regular expressions, a large share of
        // all Markdown time. It only ever links text holding "://", "www." or "@", so a body is
        // parsed without it first, and again with it only when some text node could hold a link.
        Parser[] forTables = parsers[markdown.indexOf('|') >= 0 ? 1 : 0];
        BasedSequence body = BasedSequence.of(new BodyChars(markdown));
        Document document;
        try {
            // Flexmark parses nesting without recursion (a hundred thousand quotes in a 128 KB
            // stack), but some of its block patterns are regular expressions that recurse once a
            // character: a line of thousands of '*' overflows the stack in the thematic-break test.
            // The stack is unwound to here; nothing of this body is kept.
            document = forTables[0].parse(body);
            if (mayHoldBareLink(document, 0)) {
                document = forTables[1].parse(body);
            }
        } catch (StackOverflowError e) {
            throw new NestedTooDeeply(NestedTooDeeply.UNKNOWN_LINE);
        }
        List<String> links = new ArrayList<>();
        List<RenderedBody.RemoteLoad> remote = new ArrayList<>(0);
        List<Heading> headings = new ArrayList<>();
        // The walks over the tree recurse once a level: the first two check the depth as they go,
        // and this one visits every node, the check for the walks after it.
        anchorHeadingsAndRewriteLinks(document, document, rewriteLink, links, remote, headings, new HashMap<>(), 0);
        startHeadingsAtH2(headings);
        String html = BodyHtml.render(document);
        if (html == null) {
            html = renderer.render(document);
        }
        return new RenderedBody(html, firstParagraph(document), WordCount.of(document), List.copyOf(links),
                remote.isEmpty() ? List.of() : List.copyOf(remote));
    }

    /** Whether every parser {@link #render} uses makes its block factories once per thread. */
    boolean reusesBlockFactories() {
        for (Parser[] byAutolinks : parsers) {
            for (Parser parser : byAutolinks) {
                if (!ReusedBlockFactories.reused(parser)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How many table pre-processors the parsers {@link #render} uses have made. */
    int tablePreProcessorsMade() {
        return tablePreProcessors[0].made() + tablePreProcessors[1].made();
    }

    /** The body's HTML with every extension always on: the reference the shortcuts must match. */
    String renderWithEveryExtension(String markdown) {
        Document document = everyExtension.parse(markdown);
        List<Heading> headings = new ArrayList<>();
        collectHeadings(document, headings);
        startHeadingsAtH2(headings);
        return renderer.render(document);
    }

    private static void collectHeadings(Node parent, List<Heading> headings) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
            collectHeadings(node, headings);
        }
    }

    /**
     * A body is shown under its page's own h1 (the entry's or goal's title), so its headings start
     * at h2: when the body has an h1, every heading goes one level down (h6 stays h6), keeping the
     * steps between them; a body whose headings start at h2 or deeper is left as written. Only the
     * element changes: a heading's anchor comes from its text.
     */
    static void startHeadingsAtH2(List<Heading> headings) {
        for (Heading heading : headings) {
            if (heading.getLevel() == 1) {
                for (Heading each : headings) {
                    each.setLevel(Math.min(6, each.getLevel() + 1));
                }
                return;
            }
        }
    }

    /**
     * The body's HTML from Flexmark's renderer and from {@link BodyHtml} (null where it leaves the
     * body to Flexmark), links rewritten first as {@link #render} does, for tests that hold the
     * two to the same output.
     */
    String[] renderBothWays(String markdown, LinkRewriter rewriteLink) {
        Document document = parsers[1][1].parse(BasedSequence.of(new BodyChars(markdown)));
        List<Heading> headings = new ArrayList<>();
        anchorHeadingsAndRewriteLinks(document, document, rewriteLink, new ArrayList<>(), new ArrayList<>(), headings,
                new HashMap<>(), 0);
        startHeadingsAtH2(headings);
        return new String[] {renderer.render(document), BodyHtml.render(document)};
    }

    private static boolean mayHoldBareLink(Node parent, int depth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text && mayHoldBareLink(node.getChars())) {
                return true;
            }
            if (node.hasChildren() && mayHoldBareLink(node, deeper(node, depth))) {
                return true;
            }
        }
        return false;
    }

    /** {@code depth} + 1 for the children of {@code node}, or {@link NestedTooDeeply} past the limit. */
    private static int deeper(Node node, int depth) {
        if (depth >= NestedTooDeeply.MAX_DEPTH) {
            throw new NestedTooDeeply(node.getLineNumber());
        }
        return depth + 1;
    }

    /** As the autolink extension sees a text: after unescaping ("http\://" and "&#58;" count). */
    private static boolean mayHoldBareLink(BasedSequence chars) {
        // Read in place: this runs on every text node of every body, and copying each one out
        // first cost more than the check itself; a window on the body is read from the body.
        char[] body = Sequences.windowChars(chars);
        if (body != null) {
            return mayHoldBareLink(body, chars.getStartOffset(), chars.getEndOffset(), chars);
        }
        char[] text = chars.toString().toCharArray();
        return mayHoldBareLink(text, 0, text.length, chars);
    }

    /** The check on {@code text} from {@code start} to {@code end}, the chars of {@code chars}. */
    private static boolean mayHoldBareLink(char[] text, int start, int end, BasedSequence chars) {
        for (int i = start; i < end; i++) {
            switch (text[i]) {
                case '\\', '&':
                    String unescaped = Escaping.unescapeString(chars.toString());
                    return unescaped.contains("://") || unescaped.indexOf('@') >= 0
                            || unescaped.toLowerCase(Locale.ROOT).contains("www.");
                case '@':
                    return true;
                case ':':
                    if (i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/') {
                        return true;
                    }
                    break;
                case 'w', 'W':
                    if (i + 3 < end && (text[i + 1] | 0x20) == 'w'
                            && (text[i + 2] | 0x20) == 'w' && text[i + 3] == '.') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Wraps each heading's text in an anchor link, as the anchor extension does, and adds the heading
     * to {@code headings}; and passes every
     * link, image and reference definition, in document order, the children of a link included (an
     * image inside a link has a target of its own), through {@code rewriteLink}, and the relative
     * addresses of raw HTML through its {@code rewriteRaw} (see {@link RawAddresses}), telling it of
     * each one shown as a picture first. A plain walk: Flexmark's NodeVisitor does not go into the
     * children of a node it has a handler for. {@code referencesWritten} keeps each reference
     * definition's address as written, for an image that uses one defined before it.
     */
    private static void anchorHeadingsAndRewriteLinks(Node parent, Document document, LinkRewriter rewriteLink,
                                                      List<String> links, List<RenderedBody.RemoteLoad> remote,
                                                      List<Heading> headings, Map<Reference, String> referencesWritten,
                                                      int depth) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            // Before the rewrite: what is written is what would be loaded ('/images/a.png' is the site's own).
            RemoteLoads.of(node, document, remote);
            if (node instanceof Heading heading) {
                anchor(heading);
                headings.add(heading);
            } else if (node instanceof Link link) {
                link.setUrl(rewrite(link, link.getUrl(), rewriteLink, links, false));
            } else if (node instanceof Image image) {
                image.setUrl(rewrite(image, image.getUrl(), rewriteLink, links, true));
            } else if (node instanceof ImageRef image) {
                showsReferencedPicture(image, document, rewriteLink, referencesWritten);
            } else if (node instanceof Reference reference) {
                referencesWritten.put(reference, written(reference.getUrl()));
                reference.setUrl(rewrite(reference, reference.getUrl(), rewriteLink, links, false));
            } else if (node instanceof HtmlBlock block) {
                String html = block.getContentChars().toString();
                String rewritten = RawAddresses.rewrite(html, block.getLineNumber(), raw(rewriteLink));
                if (!rewritten.equals(html)) {
                    block.setContent(List.of(BasedSequence.of(rewritten)));
                }
            } else if (node instanceof HtmlInline inline) {
                String html = inline.getChars().toString();
                String rewritten = RawAddresses.rewrite(html, inline.getLineNumber(), raw(rewriteLink));
                if (!rewritten.equals(html)) {
                    inline.setChars(BasedSequence.of(rewritten));
                }
            }
            if (node.hasChildren()) {
                anchorHeadingsAndRewriteLinks(node, document, rewriteLink, links, remote, headings, referencesWritten,
                        deeper(node, depth));
            }
        }
    }

    /** Raw HTML's addresses through {@code rewriteLink}, each one shown as a picture told first. */
    private static RawAddresses.Rewriter raw(LinkRewriter rewriteLink) {
        return (address, line, picture) -> {
            if (picture) {
                rewriteLink.showsPicture(address, line);
            }
            return rewriteLink.rewriteRaw(address, line);
        };
    }

    /**
     * Tells {@code rewriteLink} of the picture an image by reference ({@code ![The heron][heron]})
     * shows, at the image's line: its reference is rewritten where it is defined, as a link's is.
     */
    private static void showsReferencedPicture(ImageRef image, Document document, LinkRewriter rewriteLink,
                                               Map<Reference, String> referencesWritten) {
        Reference reference = image.getReferenceNode(document);
        if (reference != null) {
            String written = referencesWritten.get(reference);
            rewriteLink.showsPicture(written != null ? written : written(reference.getUrl()), image.getLineNumber());
        }
    }

    /** What the anchor extension's post-processor does to a heading, with its text wrapped (ANCHORLINKS_WRAP_TEXT). */
    private static void anchor(Heading heading) {
        if (heading.getText().isNotNull()) {
            AnchorLink anchor = new AnchorLink();
            anchor.takeChildren(heading);
            heading.appendChild(anchor);
            anchor.setCharsFromContent();
        }
    }

    /** {@code picture}: the body shows the address as a picture, which {@code rewriteLink} is told first. */
    private static BasedSequence rewrite(Node node, BasedSequence url, LinkRewriter rewriteLink, List<String> links,
                                         boolean picture) {
        String written = written(url);
        links.add(written);
        if (picture) {
            rewriteLink.showsPicture(written, node.getLineNumber());
        }
        String rewritten = rewriteLink.rewrite(written, node.getLineNumber());
        if (rewritten.equals(written)) {
            return url;
        }
        // The page's HTML undoes escapes once more: one kept in the new address (a backslash, '&')
        // must come out as itself.
        return BasedSequence.of(rewritten.indexOf('\\') < 0 && rewritten.indexOf('&') < 0 ? rewritten
                : rewritten.replace("\\", "\\\\").replace("&", "&amp;"));
    }

    /**
     * The address as the page's reader gets it: a backslash escape or a character reference undone
     * ('my\_walk.md' is my_walk.md, as some editors write it), as the page's HTML has it.
     */
    private static String written(BasedSequence url) {
        boolean escaped = url.indexOf('\\') >= 0 || url.indexOf('&') >= 0;
        return escaped ? url.unescape() : url.toString();
    }

    private static String firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph && !(node instanceof FootnoteBlock)) {
                return PlainText.of(node);
            }
        }
        return "";
    }

    /** A body parsed with every extension the renderer may use, for tests of the walks over its tree. */
    Document parseWithEveryExtension(String markdown) {
        return parsers[1][1].parse(markdown);
    }
}
