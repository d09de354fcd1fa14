package org.smallwins.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words a reader sees in a body: runs of letters and digits in its text, its code and the
 * visible text of its links and images; not in link targets, raw HTML (a tag inside a word leaves it one word), reference definitions or
 * footnote markers. Blocks, table cells and line breaks end a word; emphasis and links do not
 * ("**un**done" is one word).
 *
 * <p>A walk of its own rather than Flexmark's TextCollectingVisitor: that one builds a sequence
 * mapped back to the source for every body (a tenth of all Markdown time), runs a table row's
 * cells into one word, and after a link whose text has an escape or an entity it can take the
 * link's target into the text.
 */
final class WordCount {
    private int words;
    private boolean inWord;

    private WordCount() {
    }

    static int of(Node document) {
        WordCount count = new WordCount();
        count.children(document);
        return count.words;
    }

    private void children(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node);
        }
    }

    private void node(Node node) {
        if (node instanceof Text) {
            // Inside code a backslash or an ampersand is just a character.
            boolean inCode = node.getParent() instanceof Code;
            BasedSequence sequence = node.getChars();
            char[] body = Sequences.windowChars(sequence);
            if (body != null && countInPlace(body, sequence.getStartOffset(), sequence.getEndOffset(), inCode)) {
                return;
            }
            text(inCode ? Sequences.string(sequence) : Sequences.unescaped(sequence));
        } else if (node instanceof HtmlEntity) {
            text(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            end();
            text(Sequences.string(((Block) node).getContentChars()));
            end();
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            text(Sequences.string(node.getChars()));
        } else if (node instanceof HtmlInlineBase) {
            // A tag inside a word ("un<b>done</b>") leaves it one word, as it reads.
            return;
        } else if (node instanceof HtmlBlockBase || node instanceof Reference || node instanceof Footnote) {
            end();
        } else if (node instanceof Block || node instanceof TableCell || node instanceof SoftLineBreak
                || node instanceof HardLineBreak) {
            end();
            children(node);
            end();
        } else {
            children(node);
        }
    }

    /**
     * Counts a text read in place in the body, without a String of its own for every text node
     * (a NUL, which Flexmark reads as U+FFFD, is no letter either way); false, and nothing
     * counted, where an escape or an entity has to be read first.
     */
    private boolean countInPlace(char[] body, int start, int end, boolean inCode) {
        int counted = words;
        boolean wasInWord = inWord;
        for (int i = start; i < end; i++) {
            char c = body[i];
            if (!inCode && (c == '&' || c == '\\')) {
                words = counted;
                inWord = wasInWord;
                return false;
            }
            boolean letter = isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return true;
    }

    private void text(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            boolean letter = isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
    }

    private void end() {
        inWord = false;
    }

    /** Which ASCII characters are letters or digits. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /**
     * {@link Character#isLetterOrDigit(char)}, read from a table for ASCII: this runs for every
     * character of every body, and the JDK's lookup is a chain of calls the quick compiler does not
     * inline (146 ms of CPU at 10,000 entries).
     */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }
}
