package org.smallwins.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a template writes a page: straight into UTF-8 bytes, in one buffer sized for the page
 * (its size last time, on a rebuild). A StringWriter would grow a char buffer by doubling, then
 * copy it into a String and that into bytes: for a page of megabytes (the search page, a long
 * timeline) most of a rebuild's memory traffic. The bytes are what {@code toString().getBytes(UTF_8)}
 * would give, a lone surrogate included (it becomes '?').
 */
final class PageOutput extends Writer {
    private static final int MIN_CAPACITY = 8 * 1024;
    /**
     * The largest buffer a thread keeps for its next page. Each rendering thread reuses one buffer
     * rather than growing a new one for every page (a tenth of a 10,000-entry build's allocation,
     * each byte of it zeroed and collected); a page larger than this (a long timeline, the search
     * page) gets a buffer of its own, so a thread does not hold megabytes after the build.
     */
    private static final int MAX_KEPT = 4 << 20;
    private static final ThreadLocal<byte[]> KEPT = new ThreadLocal<>();
    /**
     * Past this size a page goes on in blocks of it rather than in a buffer twice as large: a
     * buffer grown by doubling to a page of tens of megabytes (the search page of a very large
     * journal) leaves every smaller copy to the collector, each too large for the young
     * generation, and ends up to twice the page's size.
     */
    private static final int BLOCK = 1 << 20;
    /** Strings longer than this are encoded a slice at a time, not copied whole into bytes first. */
    static final int SLICE = 16 * 1024;

    private byte[] buffer;
    private int size;
    /** The blocks filled before {@code buffer}, and how many bytes of each are the page's: null for most pages. */
    private List<byte[]> filled;
    private List<Integer> filledSizes;
    private int filledBytes;
    /** A high surrogate written last, waiting for the low one that may start the next write. */
    private char pendingHigh;
    /**
     * Where a short string's chars are copied to be encoded (see write(String, int, int)): one
     * array per rendering thread, not one per page.
     */
    private static final int SCRATCH = 1024;
    private static final ThreadLocal<char[]> SCRATCH_KEPT = ThreadLocal.withInitial(() -> new char[SCRATCH]);
    private char[] scratch;

    PageOutput(int expectedBytes) {
        int capacity = Math.max(MIN_CAPACITY, expectedBytes);
        byte[] kept = KEPT.get();
        if (kept != null && kept.length >= capacity) {
            KEPT.set(null);
            buffer = kept;
        } else {
            buffer = new byte[capacity];
        }
    }

    /**
     * The page: every byte written, in an array of exactly that length. Called once, when the page
     * is complete: the buffer then goes back to the thread for its next page.
     */
    byte[] toBytes() {
        flushPending();
        byte[] page;
        byte[] first = buffer;
        if (filled == null) {
            page = Arrays.copyOf(buffer, size);
        } else {
            page = new byte[Math.addExact(filledBytes, size)];
            int at = 0;
            for (int i = 0; i < filled.size(); i++) {
                System.arraycopy(filled.get(i), 0, page, at, filledSizes.get(i));
                at += filledSizes.get(i);
            }
            System.arraycopy(buffer, 0, page, at, size);
            first = filled.get(0);
            filled = null;
            filledSizes = null;
        }
        if (first.length <= MAX_KEPT) {
            KEPT.set(first);
        }
        buffer = null;
        return page;
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length >= 64 && pendingHigh == 0 && offset == 0 && length == text.length()
                && !Character.isHighSurrogate(text.charAt(length - 1))) {
            // A whole string: the JDK's encoder is much faster than a loop over chars. A long one
            // a slice at a time: the same bytes, without a copy of the whole string's (the search
            // index of a very large journal is tens of megabytes).
            if (length <= SLICE) {
                append(text.getBytes(StandardCharsets.UTF_8));
            } else {
                encodeInSlices(text, this::append);
            }
            return;
        }
        // Short strings and parts of strings: their chars copied out in one call (charAt is a
        // call per char in the quick compiler's code), then encoded as chars are.
        char[] chars = length <= SCRATCH ? scratch() : new char[length];
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
    }

    /**
     * Hands {@code text}'s UTF-8 to {@code slices} {@link #SLICE} chars at a time, one less where
     * that would part a high surrogate from what follows it: together, the bytes of the whole text.
     */
    static void encodeInSlices(String text, Consumer<byte[]> slices) {
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + SLICE);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            slices.accept(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private char[] scratch() {
        if (scratch == null) {
            scratch = SCRATCH_KEPT.get();
        }
        return scratch;
    }

    /**
     * Appends text given as its UTF-8 bytes, as {@link #write(String)} of that text would: the
     * text must hold no surrogate (so the bytes say exactly what it was). A card written on many
     * list pages is encoded once, not on every page.
     */
    void writeEncoded(byte[] utf8) {
        flushPending();
        append(utf8);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3 + 3);
        int end = offset + length;
        int i = offset;
        if (pendingHigh == 0) {
            // Most of a page is ASCII: copied without the checks a char in general needs.
            byte[] out = buffer;
            int at = size;
            for (; i < end; i++) {
                char c = chars[i];
                if (c >= 0x80) {
                    break;
                }
                out[at++] = (byte) c;
            }
            size = at;
        }
        for (; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    /** Encodes one char; the caller made room for three bytes per char, plus three. */
    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                buffer[size++] = (byte) (0xF0 | (code >> 18));
                buffer[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                buffer[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                buffer[size++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            buffer[size++] = '?';
        }
        if (c < 0x80) {
            buffer[size++] = (byte) c;
        } else if (c < 0x800) {
            buffer[size++] = (byte) (0xC0 | (c >> 6));
            buffer[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[size++] = '?';
        } else {
            buffer[size++] = (byte) (0xE0 | (c >> 12));
            buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void flushPending() {
        if (pendingHigh != 0) {
            ensure(1);
            pendingHigh = 0;
            buffer[size++] = '?';
        }
    }

    private void ensure(int more) {
        if (buffer.length - size >= more) {
            return;
        }
        if (filled == null && size + more <= BLOCK) {
            buffer = Arrays.copyOf(buffer, Math.min(BLOCK, Math.max(buffer.length * 2, size + more)));
            return;
        }
        // A page of megabytes: what is written stays where it is, and the page goes on in a new block.
        if (filled == null) {
            filled = new ArrayList<>();
            filledSizes = new ArrayList<>();
        }
        filled.add(buffer);
        filledSizes.add(size);
        filledBytes = Math.addExact(filledBytes, size);
        buffer = new byte[Math.max(BLOCK, more)];
        size = 0;
    }

    @Override
    public void flush() {
        // Nothing is buffered elsewhere.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
