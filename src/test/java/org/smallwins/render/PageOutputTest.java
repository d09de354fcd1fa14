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
    void aLongStringGivesTheSameBytesWithPairsAndLoneHalvesAtEverySliceBorder() {
        // Texts longer than a slice are encoded a slice at a time: a pair is never cut in two,
        // and a lone half on either side of a border still becomes '?', as in the whole text.
        String[] atTheBorder = {"\ud83c\udf31", "\ud83c", "\udf31", "\u00e9", "a"};
        for (int shift = -3; shift <= 3; shift++) {
            for (String border : atTheBorder) {
                int before = PageOutput.SLICE + shift;
                String text = "x".repeat(before) + border + "y".repeat(PageOutput.SLICE * 2 + 5) + border;
                PageOutput out = new PageOutput(0);
                out.write("<p>");
                out.write(text);
                assertThat(out.toBytes()).as("border %s at %d", border, before)
                        .isEqualTo(("<p>" + text).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aPageOfMegabytesGoesOnInBlocksAndComesOutWhole() {
        // Past a megabyte a page continues in new blocks instead of a buffer twice its size;
        // what comes out is still every byte, in order, of every kind of write.
        StringBuilder expected = new StringBuilder();
        PageOutput out = new PageOutput(0);
        String card = "<li>Replied to a message \u2019 \ud83c\udf31</li>\n";
        String index = "{\"words\":[\"walk\",\"caf\u00e9\"]}".repeat(40_000);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 20_000; i++) {
                out.write(card);
                expected.append(card);
            }
            out.write(index);
            expected.append(index);
            out.writeEncoded(card.getBytes(StandardCharsets.UTF_8));
            expected.append(card);
            out.write('\n');
            expected.append('\n');
        }
        byte[] page = out.toBytes();
        assertThat(page.length).isGreaterThan(5 << 20);
        assertThat(page).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));

        // The thread's next page starts afresh, and holds only its own bytes.
        PageOutput next = new PageOutput(0);
        next.write("<p>small</p>");
        assertThat(next.toBytes()).isEqualTo("<p>small</p>".getBytes(StandardCharsets.UTF_8));
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
