package org.smallwins.markdown;

/**
 * A body's text as Flexmark reads it: the String, and its chars in an array. Flexmark's parser
 * reads a body one char at a time through its sequences, each read ending in the base's charAt; a
 * String's charAt is two more calls the command line's quick compiler does not inline (it tests
 * the String's coding first), an array read is none. The String stays for what is read whole
 * ({@link Sequences#window}, substrings).
 */
final class BodyChars implements CharSequence {
    private final String text;
    private final char[] chars;

    BodyChars(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The body as given. */
    String text() {
        return text;
    }

    /** The body's chars: the array itself, which readers only read. */
    char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return chars.length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
