package org.smallwins.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** Flexmark's character sequences as Strings, without its copy one character at a time where it can. */
final class Sequences {
    private Sequences() {
    }

    /**
     * The same String as {@code chars.toString()}. Flexmark makes that one character at a time, each
     * through two interface calls and a bounds check; a sequence that is a plain window on a body
     * given as a String is that String's substring instead, with a NUL read as Flexmark reads it.
     */
    static String string(BasedSequence chars) {
        String body = window(chars);
        if (body != null) {
            String text = body.substring(chars.getStartOffset(), chars.getEndOffset());
            return text.indexOf(SequenceUtils.NUL) < 0 ? text : text.replace(SequenceUtils.NUL, SequenceUtils.ENC_NUL);
        }
        return chars.toString();
    }

    /**
     * The body given as a String that {@code chars} is a plain window on (its chars are that
     * String's from the sequence's start offset to its end offset), or null when it is not one.
     * Reading the String directly spares Flexmark's charAt, two interface calls a char that the
     * quick compiler a short build runs does not inline.
     */
    static String window(BasedSequence chars) {
        if (chars instanceof SubSequence) {
            Object base = chars.getBase();
            if (base instanceof BodyChars body) {
                return body.text();
            }
            if (base instanceof String body) {
                return body;
            }
        }
        return null;
    }

    /**
     * The chars of the body {@code chars} is a plain window on, when the body came as
     * {@link BodyChars} (as every body a build renders does), or null: the sequence's chars are the
     * array's from its start offset to its end offset. A loop over them reads an array, where one
     * over the String would make a call for every char (see {@link #window}).
     */
    static char[] windowChars(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof BodyChars body) {
            return body.array();
        }
        return null;
    }

    /**
     * A text node's chars as the reader sees them: escapes and entities read (Flexmark's
     * unescape), skipped for the many texts that hold neither a backslash nor an ampersand.
     */
    static String unescaped(BasedSequence chars) {
        String text = string(chars);
        return text.indexOf('&') >= 0 || text.indexOf('\\') >= 0 ? chars.unescape() : text;
    }
}
