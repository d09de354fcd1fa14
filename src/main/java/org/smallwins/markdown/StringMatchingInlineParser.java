package org.smallwins.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, its regular expressions run over the paragraph as a String, and two of
 * its steps done without the garbage they made. Each parses exactly as Flexmark's own does
 * ({@code StringMatchingInlineParserTest} compares the trees of both).
 *
 * <p>Flexmark's own {@code match} runs them over its character sequence and then asks for
 * {@link Matcher#toMatchResult()}, which on Java 17 copies all the text searched, one character
 * at a time through that sequence. A link asks for several matches (spaces, target, title), so a
 * paragraph with links was copied again and again: a tenth of all Markdown time at 10,000
 * entries. Here each paragraph becomes a String once, and the matches are the same.
 *
 * <p>Around each run of emphasis or strikethrough marks, Flexmark tells whether the characters
 * before and after are space or punctuation by four regular-expression matches on one-character
 * Strings ({@link #parseDelimiters}); and it makes every stretch of plain text into a node through a
 * sequence builder, even when the stretch is one piece of the body ({@link #flushTextNode}).
 * Together a tenth of the memory a 10,000-entry build allocates.
 */
final class StringMatchingInlineParser extends CommonmarkInlineParser {
    /** {@link #input} as a String, made when a match first needs it. */
    private BasedSequence textOf;
    private String text;
    /**
     * The Flexmark parser's settings and extensions this was made for (see {@link #reusedPerThread});
     * Flexmark keeps the extensions as null when there are none.
     */
    private final DataHolder madeFor;
    /**
     * A matcher for each expression, used again for every match: a paragraph asks for many (each
     * link several), and a new Matcher each time was a twentieth of what a 10,000-entry build
     * allocated. Callers read a match before asking for the next.
     */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    private final List<InlineParserExtensionFactory> extensionFactories;

    private StringMatchingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                       Map<Character, DelimiterProcessor> delimiterProcessors,
                                       LinkRefProcessorData linkRefProcessors,
                                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        this.madeFor = options;
        this.extensionFactories = inlineParserExtensions;
    }

    /**
     * The inline parser factory for one Flexmark {@code Parser}: each thread gets one parser, used
     * again for every document it parses with that Parser. Flexmark's own factory makes one per
     * document, and with it a new copy of its regular expressions (its {@code Parsing}): 146 ms of
     * CPU for 10,000 entries, 38 ms made this way (a profile of each). All the parser holds of a
     * document is set again when the next one starts ({@link #initializeDocument}, and
     * {@code parse} for each paragraph).
     */
    static InlineParserFactory reusedPerThread() {
        ThreadLocal<StringMatchingInlineParser> made = new ThreadLocal<>();
        return (options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions) -> {
            StringMatchingInlineParser parser = made.get();
            // The same Parser passes the same objects every time; anything else gets a parser of its own.
            if (parser == null || parser.madeFor != options || parser.originalSpecialCharacters != specialCharacters
                    || parser.delimiterCharacters != delimiterCharacters
                    || parser.delimiterProcessors != delimiterProcessors
                    || parser.linkRefProcessorsData != linkRefProcessors
                    || parser.extensionFactories != inlineParserExtensions) {
                parser = new StringMatchingInlineParser(options, specialCharacters, delimiterCharacters,
                        delimiterProcessors, linkRefProcessors, inlineParserExtensions);
                made.set(parser);
            }
            return parser;
        };
    }

    @Override
    public void initializeDocument(Document document) {
        // Left by the last document only if its parse failed part-way; Flexmark sets the rest again.
        currentText = null;
        lastDelimiter = null;
        textOf = null;
        text = null;
        super.initializeDocument(document);
    }

    /** A match of {@code re} from {@link #index} on, or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        if (textOf != input) {
            text = Sequences.string(input);
            textOf = input;
        }
        Matcher matcher = matchers.get(re);
        if (matcher == null) {
            matcher = re.matcher(text);
            matchers.put(re, matcher);
        } else {
            matcher.reset(text);
        }
        matcher.region(index, text.length());
        return matcher.find() ? matcher : null;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** As Flexmark's, which it replaces for the default (non-directional) punctuation rules. */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor delimiterProcessor, char delimiterChar) {
        if (options.inlineDelimiterDirectionalPunctuations) {
            return super.parseDelimiters(delimiterProcessor, delimiterChar);
        }
        int startIndex = index;
        int count = 0;
        while (peek() == delimiterChar) {
            count++;
            index++;
        }
        index = startIndex;
        if (count < delimiterProcessor.getMinLength()) {
            return false;
        }
        // The start of the text and its end count as a line break.
        char charBefore = startIndex == 0 ? '\n' : input.charAt(startIndex - 1);
        char charAfter = startIndex + count >= input.length() || input.charAt(startIndex + count) == SequenceUtils.NUL
                ? '\n' : input.charAt(startIndex + count);
        boolean beforeIsWhitespace = isUnicodeWhitespace(charBefore);
        boolean afterIsWhitespace = isUnicodeWhitespace(charAfter);
        boolean beforeIsPunctuation = isPunctuation(charBefore);
        boolean afterIsPunctuation = isPunctuation(charAfter);
        boolean leftFlanking = !afterIsWhitespace
                && !(afterIsPunctuation && !beforeIsWhitespace && !beforeIsPunctuation);
        boolean rightFlanking = !beforeIsWhitespace
                && !(beforeIsPunctuation && !afterIsWhitespace && !afterIsPunctuation);
        String before = String.valueOf(charBefore);
        String after = String.valueOf(charAfter);
        boolean canOpen = delimiterChar == delimiterProcessor.getOpeningCharacter()
                && delimiterProcessor.canBeOpener(before, after, leftFlanking, rightFlanking, beforeIsPunctuation,
                afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        boolean canClose = delimiterChar == delimiterProcessor.getClosingCharacter()
                && delimiterProcessor.canBeCloser(before, after, leftFlanking, rightFlanking, beforeIsPunctuation,
                afterIsPunctuation, beforeIsWhitespace, afterIsWhitespace);
        if (!canOpen && !canClose && delimiterProcessor.skipNonOpenerCloser()) {
            return false;
        }
        index = startIndex + count;
        Text node = appendSeparateText(input.subSequence(startIndex, index));
        lastDelimiter = new Delimiter(input, node, delimiterChar, canOpen, canClose, lastDelimiter, startIndex);
        lastDelimiter.setNumDelims(count);
        if (lastDelimiter.getPrevious() != null) {
            lastDelimiter.getPrevious().setNext(lastDelimiter);
        }
        return true;
    }

    /** Flexmark's {@code UNICODE_WHITESPACE_CHAR}: a space separator (Unicode's Zs), tab, CR, LF or form feed. */
    static boolean isUnicodeWhitespace(char c) {
        return c == '\t' || c == '\r' || c == '\n' || c == '\f' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Flexmark's {@code PUNCTUATION}: the ASCII punctuation characters and Unicode's P categories. */
    static boolean isPunctuation(char c) {
        if (c < 128) {
            return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION -> true;
            default -> false;
        };
    }

    /**
     * As Flexmark's: the text gathered since the last node becomes a Text node. When it is one
     * stretch of the body, that stretch is the node's text, as Flexmark's sequence builder would
     * find after gathering the pieces; otherwise the builder does it.
     */
    @Override
    public boolean flushTextNode() {
        if (currentText == null) {
            return false;
        }
        BasedSequence base = input.getBaseSequence();
        int start = currentText.get(0).getStartOffset();
        int end = start;
        for (BasedSequence piece : currentText) {
            if (piece.getClass() != SubSequence.class || piece.getBaseSequence() != base || piece.getStartOffset() != end) {
                return super.flushTextNode();
            }
            end = piece.getEndOffset();
        }
        if (end == start) {
            return super.flushTextNode();
        }
        block.appendChild(new Text(base.subSequence(start, end)));
        currentText = null;
        return true;
    }
}
