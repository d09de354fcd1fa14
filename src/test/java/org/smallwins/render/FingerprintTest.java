package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import org.smallwins.model.RecordText;
import org.smallwins.site.ContentHash;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint is the hash of each value as kind, ':', its length in four bytes and its UTF-8:
 * the build cache on disk compares fingerprints made by earlier builds, so the bytes must not change.
 */
class FingerprintTest {
    record AVeryLongRecordNameForTheFingerprintTest(String text, int number) {
    }

    private static void value(ByteArrayOutputStream out, String kind, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(kind.getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.write(bytes.length >>> 24);
        out.write(bytes.length >>> 16);
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    @Test
    void hashesEachValueAsKindLengthAndText() {
        AVeryLongRecordNameForTheFingerprintTest record = new AVeryLongRecordNameForTheFingerprintTest("goal", 3);
        String long300 = "x".repeat(300);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        value(expected, "String", "Walked \u00e9 \ud83c\udf31");
        value(expected, "String", long300);
        expected.write('[');
        value(expected, "String", "a");
        value(expected, "AVeryLongRecordNameForTheFingerprintTest", RecordText.of(record));
        expected.write(']');
        String fingerprint = Fingerprint.of(new IdentityHashMap<>(), "Walked \u00e9 \ud83c\udf31", long300,
                List.of("a", record));
        assertThat(fingerprint).isEqualTo(ContentHash.of(expected.toByteArray()));
    }

    @Test
    void hashesALongTextAsItsWholeUtf8EvenWhereAPairMeetsASliceBorder() {
        // Texts longer than a slice are hashed a slice at a time: the bytes hashed, and the
        // length before them, must be those of the whole text, or the build cache would miss.
        for (int shift = -2; shift <= 2; shift++) {
            String text = "w".repeat(PageOutput.SLICE + shift) + "\ud83c\udf31 caf\u00e9 \ud800 "
                    + "z".repeat(PageOutput.SLICE * 3);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            value(expected, "String", text);
            assertThat(Fingerprint.of(new IdentityHashMap<>(), text)).as("shift %d", shift)
                    .isEqualTo(ContentHash.of(expected.toByteArray()));
        }
    }

    @Test
    void hashesBytesAsTheyAreFramedAsTextIs() {
        byte[] notUtf8 = {(byte) 0xff, 'a', (byte) 0xfe};
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("bytes:".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {0, 0, 0, 3});
        expected.writeBytes(notUtf8);
        assertThat(Fingerprint.of(new IdentityHashMap<>(), (Object) notUtf8))
                .isEqualTo(ContentHash.of(expected.toByteArray()));
    }
}
