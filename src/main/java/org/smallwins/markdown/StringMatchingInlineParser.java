package org.smallwins.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, its regular expressions run over the paragraph as a String.
 *
 * <p>Flexmark's own {@code match} runs them over its character sequence and then asks for
 * {@link Matcher#toMatchResult()}, which on Java 17 copies all the text searched, one character
 * at a time through that sequence. A link asks for several matches (spaces, target, title), so a
 * paragraph with links was copied again and again: a tenth of all Markdown time at 10,000
 * entries. Here each paragraph becomes a String once, and the matches are the same.
 */
final class StringMatchingInlineParser extends CommonmarkInlineParser {
    static final InlineParserFactory FACTORY = StringMatchingInlineParser::new;

    /** {@link #input} as a String, made when a match first needs it. */
    private BasedSequence textOf;
    private String text;

    private StringMatchingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                       Map<Character, DelimiterProcessor> delimiterProcessors,
                                       LinkRefProcessorData linkRefProcessors,
                                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
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
        Matcher matcher = re.matcher(text).region(index, text.length());
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
}
