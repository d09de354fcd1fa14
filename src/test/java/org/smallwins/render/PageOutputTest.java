package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page written to bytes as it is rendered gives exactly the bytes of the text in UTF-8. */
class PageOutputTest {

    @Test
    void givesTheUtf8OfEverythingWrittenHoweverTheWritesAreCut() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'Z', '<', '\n', 'é', '·', '\u2019', '\u4e2d', '\ud83c', '\udf31', '\udc00', '\ud800'};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 400 ? 200 : 5000);
            for (int i = 0; i < length; i++) {
                // Mostly well-formed pairs; now and then a lone half, which the JDK encodes as '?'.
                char c = alphabet[random.nextInt(alphabet.length)];
                if (c == '\ud83c' && random.nextInt(5) > 0) {
                    text.append(c).append('\udf31');
                    i++;
                } else {
                    text.append(c);
                }
            }
            String whole = text.toString();
            PageOutput out = new PageOutput(random.nextInt(64));
            int at = 0;
            while (at < whole.length()) {
                int cut = Math.min(whole.length(), at + 1 + random.nextInt(120));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(whole.substring(at, cut));
                    case 1 -> out.write(whole, at, cut - at);
                    case 2 -> out.write(whole.substring(at, cut).toCharArray(), 0, cut - at);
                    default -> {
                        for (int i = at; i < cut; i++) {
                            out.write(whole.charAt(i));
                        }
                    }
                }
                at = cut;
            }
            assertThat(out.toBytes()).as("round %d", round).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void growsPastItsFirstSizeAndTrimsToWhatWasWritten() {
        PageOutput out = new PageOutput(0);
        String line = "<li>Stepped outside for two minutes \u2019</li>\n".repeat(1000);
        out.write(line);
        out.write(line);
        assertThat(out.toBytes()).isEqualTo((line + line).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageAfterALargerOneOnTheSameThreadHoldsOnlyItsOwnBytes() {
        PageOutput first = new PageOutput(0);
        first.write("x".repeat(20_000));
        byte[] large = first.toBytes();

        PageOutput second = new PageOutput(0);
        second.write("<p>small</p>");
        byte[] small = second.toBytes();
        PageOutput third = new PageOutput(0);
        third.write("y".repeat(30_000));
        third.toBytes();

        assertThat(small).isEqualTo("<p>small</p>".getBytes(StandardCharsets.UTF_8));
        // A page's bytes are its own: later pages written into the thread's buffer do not change them.
        assertThat(large).hasSize(20_000).containsOnly((byte) 'x');
        assertThat(new String(small, StandardCharsets.UTF_8)).isEqualTo("<p>small</p>");
    }
}
