package org.smallwins.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** Text without its Markdown: a paragraph's words for a summary, whitespace as a regular expression's {@code \\s}. */
public final class PlainText {
    private PlainText() {
    }

    /**
     * A paragraph's text as a summary shows it: its words without the Markdown, runs of whitespace
     * one space. The inline nodes bodies are mostly made of (those {@link BodyHtml} writes) are
     * read directly; a paragraph with anything else goes to Flexmark's TextCollectingVisitor,
     * whose text the direct walk gives too ({@code PlainTextTest}). The visitor, and the regular
     * expression for the whitespace, were a twelfth of all Markdown time.
     */
    static String of(Node paragraph) {
        StringBuilder out = new StringBuilder();
        return inlineText(paragraph, out) ? collapseWhitespace(out) : byVisitor(paragraph);
    }

    /** The text of a paragraph by Flexmark's TextCollectingVisitor, footnote markers left out. */
    static String byVisitor(Node paragraph) {
        // Footnote markers would show up as stray numbers in a summary.
        StringBuilder out = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Footnote)) {
                out.append(new TextCollectingVisitor().collectAndGetText(child));
            }
        }
        return collapseWhitespace(out);
    }

    /**
     * Appends the text of {@code parent}'s children as the visitor collects it: text unescaped,
     * code as written, a line break as a line break, the text of emphasis and links. False, with
     * {@code out} half written, at any other node.
     */
    private static boolean inlineText(Node parent, StringBuilder out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                out.append(Sequences.unescaped(node.getChars()));
            } else if (type == SoftLineBreak.class || type == HardLineBreak.class) {
                out.append('\n');
            } else if (type == Code.class) {
                out.append(Sequences.string(((Code) node).getText()));
            } else if (type == Emphasis.class || type == StrongEmphasis.class || type == Strikethrough.class
                    || type == Link.class) {
                if (!inlineText(node, out)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** What {@code replaceAll("\\s+", " ").trim()} gives: each run of whitespace one space, then trimmed. */
    public static String collapseWhitespace(CharSequence text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                out.append(' ');
                while (i + 1 < length && isRegexSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().trim();
    }

    /** A regular expression's {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
