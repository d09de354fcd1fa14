package org.smallwins.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

/** The shortcut must give what Flexmark's own toString gives, whatever the sequence. */
class SequencesTest {
    @Test
    void aWindowOnTheBodyIsItsSubstring() {
        BasedSequence body = BasedSequence.of("one [two](x.md) three");
        BasedSequence window = body.subSequence(4, 15);
        assertThat(Sequences.string(window)).isEqualTo("[two](x.md)").isEqualTo(window.toString());
        assertThat(Sequences.string(body)).isEqualTo(body.toString());
        assertThat(Sequences.string(body.subSequence(3, 3))).isEmpty();
    }

    @Test
    void aNulReadsAsFlexmarkReadsIt() {
        BasedSequence window = BasedSequence.of("a\u0000b\u0000c").subSequence(1, 5);
        assertThat(Sequences.string(window)).isEqualTo(window.toString()).isEqualTo("\uFFFDb\uFFFDc");
    }

    @Test
    void aBodyGivenAsCharsReadsAsTheSameBodyGivenAsAString() {
        for (String text : new String[] {"one [two](x.md) three", "a\u0000b\u0000c", "caf\u00e9 \ud83d\ude00 \u65e5", ""}) {
            BasedSequence asString = BasedSequence.of(text);
            BasedSequence asChars = BasedSequence.of(new BodyChars(text));
            for (int start = 0; start <= text.length(); start++) {
                for (int end = start; end <= text.length(); end++) {
                    BasedSequence expected = asString.subSequence(start, end);
                    BasedSequence window = asChars.subSequence(start, end);
                    assertThat(Sequences.window(window)).isSameAs(text);
                    assertThat(Sequences.string(window)).isEqualTo(Sequences.string(expected))
                            .isEqualTo(window.toString()).isEqualTo(expected.toString());
                    for (int i = 0; i < end - start; i++) {
                        assertThat(window.charAt(i)).isEqualTo(expected.charAt(i));
                    }
                }
            }
        }
    }

    @Test
    void otherSequencesAreCopiedAsFlexmarkCopiesThem() {
        BasedSequence body = BasedSequence.of("> quoted\n> lines");
        BasedSequence prefixed = PrefixedSubSequence.prefixOf("- ", body.subSequence(2, 8));
        assertThat(Sequences.string(prefixed)).isEqualTo("- quoted").isEqualTo(prefixed.toString());
        BasedSequence ofBuilder = BasedSequence.of(new StringBuilder("built")).subSequence(1, 4);
        assertThat(Sequences.string(ofBuilder)).isEqualTo("uil");
    }
}
