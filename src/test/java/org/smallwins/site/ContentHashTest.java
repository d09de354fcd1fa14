package org.smallwins.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isBothCrcsAsEightHexDigitsEachThenTheLength() {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 511, 512, 513, 70_000}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            CRC32 crc = new CRC32();
            crc.update(content);
            CRC32C crcC = new CRC32C();
            crcC.update(content);

            assertThat(ContentHash.of(content)).isEqualTo(String.format("%08x%08x-%x", crcC.getValue(),
                    crc.getValue(), (long) size));
        }
    }

    @Test
    void smallCrcsKeepTheirLeadingZeros() {
        int found = 0;
        for (int i = 0; found < 2; i++) {
            byte[] content = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            CRC32C crcC = new CRC32C();
            crcC.update(content);
            CRC32 crc = new CRC32();
            crc.update(content);
            if (crcC.getValue() < 0x1000_0000L || crc.getValue() < 0x1000_0000L) {
                found++;
                assertThat(ContentHash.of(content)).isEqualTo(String.format("%08x%08x-%x", crcC.getValue(),
                        crc.getValue(), (long) content.length));
            }
        }
    }

    @Test
    void bytesGivenOneByOneOrInRunsHashAlike() {
        byte[] content = "Stepped outside for two minutes.".repeat(40).getBytes(StandardCharsets.UTF_8);
        ContentHash oneByOne = new ContentHash();
        for (byte b : content) {
            oneByOne.update(b);
        }
        assertThat(oneByOne.hex()).isEqualTo(ContentHash.of(content)).hasSize(16 + 1 + Integer.toHexString(content.length).length());
    }
}
