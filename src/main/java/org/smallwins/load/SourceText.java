package org.smallwins.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;

/** Decodes a file's bytes as strict UTF-8, so a file saved in another encoding is named, not garbled. */
public final class SourceText {

    /** Thrown for bytes that are not UTF-8; line is where the first bad byte is. */
    public static final class NotUtf8 extends Exception {
        final int line;
        private final boolean nul;

        NotUtf8(int line) {
            this(line, false);
        }

        private NotUtf8(int line, boolean nul) {
            super("not UTF-8");
            this.line = line;
            this.nul = nul;
        }

        /** The line (1 is the first) holding the first byte that is not UTF-8. */
        public int line() {
            return line;
        }

        /** What to say of the file, on that line. */
        public String message() {
            return nul ? NUL : NOT_UTF8;
        }
    }

    // UTF-16 saved without its byte order mark reads as UTF-8 with a NUL beside every letter.
    private static final String NUL = "this file holds NUL characters, which no text has: it was most likely saved"
            + " as UTF-16. Open it in your editor and save it with the UTF-8 encoding.";

    /** What to say of a file whose bytes are not UTF-8, on the line of the first bad one. */
    public static final String NOT_UTF8 = "this file is not UTF-8 text. Open it in your editor and save it with the"
            + " UTF-8 encoding.";

    /** Why a file or folder of the journal could not be read, in a few words ("this account may not read it"). */
    static String whyUnreadable(IOException e) {
        return e instanceof AccessDeniedException ? "this account may not read it"
                : e.getClass().getSimpleName().replace("Exception", "").replace("FileSystem", "file system");
    }

    /** What to say of a file that cannot be read, and what to do: the reason first, in plain words. */
    public static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied. Give yourself permission to read it (chmod u+r on Linux"
                    + " and macOS), or move it out of the journal.";
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot be read (" + reason + "). Check that the file is there and not locked by another program.";
    }

    private SourceText() {
    }

    /** The text of a file's bytes: strict UTF-8, without a byte order mark. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        // The String constructor decodes much faster than a CharsetDecoder (a fifth of its CPU time
        // for 10,000 entries), and turns every byte sequence that is not UTF-8 into U+FFFD: a text
        // without one was UTF-8. One with it (a bad byte, or now and then that character itself)
        // goes through the strict decoder, which tells the two apart.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strict(bytes);
        }
        // A NUL is legal UTF-8 but in no text a person writes: a file full of them was saved as
        // UTF-16 without its byte order mark, and read as UTF-8 it would be published as noise.
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new NotUtf8(lineOf(text, nul), true);
        }
        // A byte order mark is legal UTF-8 but not part of the text; so are the marks that editors and
        // scripts sometimes add before one already there, which would hide the front matter's '---'.
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.substring(start);
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private static String strict(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8(lineOfFirstBadByte(bytes));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode growing prefixes line by line: the first line that fails holds the bad byte.
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset();
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return 1;
    }
}
