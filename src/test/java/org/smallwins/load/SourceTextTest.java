package org.smallwins.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file's bytes are read as strict UTF-8: exactly what a strict decoder accepts, and nothing else. */
class SourceTextTest {

    /** What a decoder that reports every bad sequence gives, the byte order marks at its start taken off; null if it refuses. */
    private static String strictly(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.replaceFirst("^\uFEFF+", "");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodedOrNull(byte[] bytes) {
        try {
            return SourceText.decode(bytes);
        } catch (SourceText.NotUtf8 e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII\nlines\n", "caf\u00e9 \u4e2d \ud83c\udf31", "\uFEFFtitle: a\n",
        "a genuine \uFFFD replacement character", "a \u007f delete character"})
    void readsUtf8AsWritten(String text) throws SourceText.NotUtf8 {
        String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
        assertThat(SourceText.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNotUtf8AndNamesTheLine() {
        byte[][] bad = {
            {'c', 'a', 'f', (byte) 0xE9},                  // Latin-1
            {'a', '\n', (byte) 0x80},                        // a lone continuation byte
            {'a', '\n', 'b', '\n', (byte) 0xC0, (byte) 0xAF}, // an overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},         // a surrogate written as UTF-8
            {'x', (byte) 0xE4, (byte) 0xB8},                 // cut short at the end
            {(byte) 0xFF},
        };
        int[] lines = {1, 2, 3, 1, 1, 1};
        for (int i = 0; i < bad.length; i++) {
            byte[] bytes = bad[i];
            int line = lines[i];
            assertThatThrownBy(() -> SourceText.decode(bytes)).isInstanceOfSatisfying(SourceText.NotUtf8.class,
                    e -> assertThat(e.line).as("case %d", line).isEqualTo(line));
        }
    }

    @Test
    void refusesAFileSavedAsUtf16WithoutItsByteOrderMarkOnTheLineOfItsFirstNul() {
        // Valid UTF-8 byte by byte, but every other byte a NUL: read as it is, it would be published as noise.
        byte[] utf16 = "---\ntitle: LE\n---\nx\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> SourceText.decode(utf16)).isInstanceOfSatisfying(SourceText.NotUtf8.class, e -> {
            assertThat(e.line).isEqualTo(1);
            assertThat(e.message()).isEqualTo("this file holds NUL characters, which no text has: it was most likely"
                    + " saved as UTF-16. Open it in your editor and save it with the UTF-8 encoding.");
        });
        assertThatThrownBy(() -> SourceText.decode(new byte[] {'a', (byte) 0xE9, '\n'}))
                .isInstanceOfSatisfying(SourceText.NotUtf8.class, e -> assertThat(e.message()).isEqualTo(SourceText.NOT_UTF8));
        byte[] oneNul = "title: a\nbody\n\u0000\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourceText.decode(oneNul)).isInstanceOfSatisfying(SourceText.NotUtf8.class,
                e -> assertThat(e.line).isEqualTo(3));
    }

    @Test
    void acceptsExactlyWhatAStrictDecoderAccepts() {
        // Bytes cut from valid text and stray bytes of every kind, side by side.
        byte[][] pieces = {
            "a".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
            "\u00e9".getBytes(StandardCharsets.UTF_8), "\u4e2d".getBytes(StandardCharsets.UTF_8),
            "\ud83c\udf31".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
            "\uFEFF".getBytes(StandardCharsets.UTF_8), {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0}, {(byte) 0xC3},
            {(byte) 0xE4}, {(byte) 0xED, (byte) 0xA0}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF5}, {(byte) 0xFF},
        };
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = out.toByteArray();
            assertThat(decodedOrNull(bytes)).as("round %d", round).isEqualTo(strictly(bytes));
        }
    }
}
