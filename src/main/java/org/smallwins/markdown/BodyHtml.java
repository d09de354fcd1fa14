package org.smallwins.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;

/**
 * Writes the HTML of a parsed body straight from Flexmark's tree, for the nodes bodies are mostly
 * made of (paragraphs, headings, emphasis, links, simple lists and tables, task lists, quotes,
 * fenced code), exactly as Flexmark's {@code HtmlRenderer} does with {@link MarkdownRenderer}'s
 * options. Anything else in a body (raw HTML, images, footnotes, reference links, nested or mixed
 * list items, ...) and {@link #render} returns null: the caller then uses Flexmark's renderer.
 *
 * <p>Why it exists: Flexmark's renderer sets up its node renderers for every document and runs
 * each piece of text through regular expressions and a line-formatting writer. Rendering was two
 * fifths of all Markdown time; this writes the same bytes in a fraction of it. {@code
 * BodyHtmlTest} holds the two to the same output on the sample journal and on generated bodies.
 */
final class BodyHtml {
    private final StringBuilder out;
    private final Document document;
    /** Made on the first heading: a walk of the whole tree that most bodies, without headings, never need. */
    private HeaderIdGenerator ids;
    private ListOptions listOptions;

    private BodyHtml(Document document, int expectedLength) {
        this.document = document;
        this.out = new StringBuilder(expectedLength);
    }

    /** The body's HTML, or null when it holds a node this class does not write. */
    static String render(Document document) {
        if (!supported(document)) {
            return null;
        }
        BodyHtml html = new BodyHtml(document, document.getChars().length() + document.getChars().length() / 4 + 64);
        try {
            html.blocks(document);
        } catch (LeftToFlexmark e) {
            return null;
        }
        return html.out.toString();
    }

    /** Found while writing: a case the tree alone does not tell (a heading without an id, say). */
    private static final class LeftToFlexmark extends RuntimeException {
        private static final LeftToFlexmark INSTANCE = new LeftToFlexmark();

        private LeftToFlexmark() {
            super(null, null, false, false);
        }
    }

    // ---- what is supported: checked for the whole tree first, so nothing is half written ----

    private static boolean supported(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!supportedBlock(node)) {
                return false;
            }
        }
        return true;
    }

    private static boolean supportedBlock(Node node) {
        Class<?> type = node.getClass();
        if (type == Paragraph.class) {
            return inlines(node);
        }
        if (type == Heading.class) {
            // The anchor extension wraps the heading's text in one link; a heading with no text has none.
            Node anchor = node.getFirstChild();
            return anchor != null && anchor.getClass() == AnchorLink.class && anchor.getNext() == null
                    && inlines(anchor);
        }
        if (type == BulletList.class || type == OrderedList.class) {
            return listItems(node);
        }
        if (type == BlockQuote.class) {
            return node.hasChildren() && supported(node);
        }
        if (type == ThematicBreak.class) {
            return true;
        }
        if (type == FencedCodeBlock.class) {
            return simpleInfo(((FencedCodeBlock) node).getInfo());
        }
        if (type == TableBlock.class) {
            return supportedTable((TableBlock) node);
        }
        return false;
    }

    /** Items holding one paragraph each, with nothing else (nested lists go to Flexmark). */
    private static boolean listItems(Node list) {
        if (!list.hasChildren()) {
            return false;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Class<?> type = item.getClass();
            if (type != BulletListItem.class && type != OrderedListItem.class && type != TaskListItem.class) {
                return false;
            }
            Node only = item.getFirstChild();
            if (only == null || only.getClass() != Paragraph.class || only.getNext() != null || !inlines(only)) {
                return false;
            }
        }
        return true;
    }

    /** A language name alone, or no info at all: anything more and Flexmark's rules for it apply. */
    private static boolean simpleInfo(BasedSequence info) {
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '+')) {
                return false;
            }
        }
        return true;
    }

    private static boolean supportedTable(TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            Class<?> type = part.getClass();
            if (type == TableSeparator.class) {
                continue;
            }
            if (type != TableHead.class && type != TableBody.class) {
                return false;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row.getClass() != TableRow.class) {
                    return false;
                }
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell.getClass() != TableCell.class || ((TableCell) cell).getSpan() != 1 || !inlines(cell)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean inlines(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class || type == SoftLineBreak.class || type == HardLineBreak.class) {
                continue;
            }
            if (type == Emphasis.class || type == StrongEmphasis.class || type == Strikethrough.class) {
                if (!inlines(node)) {
                    return false;
                }
                continue;
            }
            if (type == Code.class) {
                if (!plainCode((Code) node)) {
                    return false;
                }
                continue;
            }
            if (type == Link.class) {
                Link link = (Link) node;
                if (link.getUrl().isEmpty() || !link.getTitle().isEmpty() || !inlines(node)) {
                    return false;
                }
                continue;
            }
            return false;
        }
        return true;
    }

    /** Code written on one line with single spaces: Flexmark's rules for the rest are left to it. */
    private static boolean plainCode(Code code) {
        BasedSequence text = code.getText();
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ' && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        Node child = code.getFirstChild();
        return child != null && child.getClass() == Text.class && child.getNext() == null;
    }

    // ---- writing ----

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(node);
        }
    }

    private void block(Node node) {
        Class<?> type = node.getClass();
        if (type == Paragraph.class) {
            out.append("<p>");
            inlineChildren(node);
            out.append("</p>\n");
        } else if (type == Heading.class) {
            int level = ((Heading) node).getLevel();
            if (ids == null) {
                ids = new HeaderIdGenerator();
                ids.generateIds(document);
            }
            String id = ids.getId(node);
            if (id == null || id.isEmpty()) {
                throw LeftToFlexmark.INSTANCE;
            }
            out.append("<h").append(level).append('>');
            out.append("<a href=\"#");
            attribute(id);
            out.append("\" id=\"");
            attribute(id);
            out.append("\" class=\"anchor\">");
            inlineChildren(node.getFirstChild());
            out.append("</a></h").append(level).append(">\n");
        } else if (type == BulletList.class) {
            out.append("<ul>\n");
            items((ListBlock) node);
            out.append("</ul>\n");
        } else if (type == OrderedList.class) {
            int start = ((OrderedList) node).getStartNumber();
            out.append(start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n");
            items((ListBlock) node);
            out.append("</ol>\n");
        } else if (type == BlockQuote.class) {
            out.append("<blockquote>\n");
            blocks(node);
            out.append("</blockquote>\n");
        } else if (type == ThematicBreak.class) {
            out.append("<hr />\n");
        } else if (type == FencedCodeBlock.class) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            out.append(code.getInfo().isEmpty() ? "<pre><code>" : "<pre><code class=\"language-" + code.getInfo() + "\">");
            text(Escaping.normalizeEOL(Sequences.string(code.getContentChars())));
            out.append("</code></pre>\n");
        } else if (type == TableBlock.class) {
            table((TableBlock) node);
        } else {
            throw new IllegalStateException("not checked by supported(): " + type.getName());
        }
    }

    private void items(ListBlock list) {
        if (listOptions == null) {
            listOptions = ListOptions.get(document);
        }
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            ListItem item = (ListItem) node;
            Paragraph paragraph = (Paragraph) item.getFirstChild();
            boolean tight = item.isParagraphWrappingDisabled(paragraph, listOptions, document);
            if (item instanceof TaskListItem task) {
                // A task item wraps its first paragraph itself (tight is then always true), in a
                // <p> of its own when Flexmark's list options call the item loose: as a task list
                // followed by a bullet list with a blank line between them, one loose list.
                if (!tight) {
                    throw LeftToFlexmark.INSTANCE;
                }
                boolean looseItem = !listOptions.isTightListItem(task);
                if (!looseItem && !list.isTight()) {
                    throw LeftToFlexmark.INSTANCE;
                }
                out.append(looseItem ? "<li class=\"task-list-item\">\n<p>" : "<li class=\"task-list-item\">")
                        .append("<input type=\"checkbox\" class=\"task-list-item-checkbox\"")
                        .append(task.isItemDoneMarker() ? " checked=\"checked\"" : "")
                        .append(" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;");
                inlineChildren(paragraph);
                out.append(looseItem ? "</p>\n</li>\n" : "</li>\n");
            } else if (tight) {
                out.append("<li>");
                inlineChildren(paragraph);
                out.append("</li>\n");
            } else {
                out.append("<li>\n<p>");
                inlineChildren(paragraph);
                out.append("</p>\n</li>\n");
            }
        }
    }

    private void table(TableBlock table) {
        out.append("<table class=\"table\">\n");
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator) {
                continue;
            }
            boolean head = part instanceof TableHead;
            if (!part.hasChildren()) {
                out.append(head ? "<thead></thead>\n" : "<tbody></tbody>\n");
                continue;
            }
            out.append(head ? "<thead>\n" : "<tbody>\n");
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                out.append("<tr>");
                for (Node node = row.getFirstChild(); node != null; node = node.getNext()) {
                    TableCell cell = (TableCell) node;
                    String tag = cell.isHeader() ? "th" : "td";
                    out.append('<').append(tag);
                    if (cell.getAlignment() != null) {
                        out.append(switch (cell.getAlignment()) {
                            case LEFT -> " align=\"left\"";
                            case CENTER -> " align=\"center\"";
                            case RIGHT -> " align=\"right\"";
                        });
                    }
                    out.append('>');
                    inlineChildren(cell);
                    out.append("</").append(tag).append('>');
                }
                out.append("</tr>\n");
            }
            out.append(head ? "</thead>\n" : "</tbody>\n");
        }
        out.append("</table>\n");
    }

    private void inlineChildren(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(node);
        }
    }

    private void inline(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            if (!plainText(node.getChars())) {
                String text = Sequences.unescaped(node.getChars());
                text(text.indexOf('\r') >= 0 ? Escaping.normalizeEOL(text) : text);
            }
        } else if (type == SoftLineBreak.class) {
            out.append('\n');
        } else if (type == HardLineBreak.class) {
            out.append("<br />\n");
        } else if (type == Emphasis.class) {
            wrap(node, "<em>", "</em>");
        } else if (type == StrongEmphasis.class) {
            wrap(node, "<strong>", "</strong>");
        } else if (type == Strikethrough.class) {
            wrap(node, "<del>", "</del>");
        } else if (type == Code.class) {
            out.append("<code>");
            text(Sequences.string(((Code) node).getText()));
            out.append("</code>");
        } else if (type == Link.class) {
            out.append("<a href=\"");
            attribute(((Link) node).getUrl().unescape());
            out.append("\">");
            inlineChildren(node);
            out.append("</a>");
        } else {
            throw new IllegalStateException("not checked by supported(): " + type.getName());
        }
    }

    private void wrap(Node node, String open, String close) {
        out.append(open);
        inlineChildren(node);
        out.append(close);
    }

    /**
     * Writes a text node read in place in the body, as the general path above would write it, and
     * says true; false, with nothing written, for a text that is not a window on the body or holds
     * what has to be read first (an escape, an entity, a carriage return, a NUL). Most text nodes
     * are plain, and this spares each a String of its own, an array of that, and five scans.
     */
    private boolean plainText(BasedSequence chars) {
        char[] body = Sequences.windowChars(chars);
        if (body == null) {
            return false;
        }
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        for (int i = start; i < end; i++) {
            char c = body[i];
            if (c == '&' || c == '\\' || c == '\r' || c == SequenceUtils.NUL) {
                return false;
            }
        }
        escaped(body, start, end);
        return true;
    }

    /** Text as Flexmark escapes it: the four characters special in HTML, nothing else. */
    private void text(String text) {
        // From an array: charAt is a call for each char in the quick compiler's code, and this
        // runs over every char of every body.
        char[] chars = text.toCharArray();
        escaped(chars, 0, chars.length);
    }

    /** {@code chars[start, end)} as {@link #text} writes text. */
    private void escaped(char[] chars, int start, int end) {
        int plain = start;
        for (int i = start; i < end; i++) {
            String entity = switch (chars[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.append(chars, plain, i - plain).append(entity);
                plain = i + 1;
            }
        }
        out.append(chars, plain, end - plain);
    }

    /** An attribute's value as Flexmark escapes it: entities already in it are kept as they are. */
    private void attribute(String value) {
        if (value.indexOf('&') >= 0) {
            out.append(Escaping.escapeHtml(value, true));
        } else {
            text(value);
        }
    }
}
