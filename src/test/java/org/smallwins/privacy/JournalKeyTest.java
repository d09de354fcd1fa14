package org.smallwins.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JournalKeyTest {
    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPasswordOpensTheSameSiteHoweverItsAccentsAreWritten() throws Exception {
        // "café crème" composed (one character each for é and è) and decomposed (e + combining accent).
        JournalKey composed = JournalKey.derive("caf\u00e9 cr\u00e8me".toCharArray(), SALT, 1_000);
        JournalKey decomposed = JournalKey.derive("cafe\u0301 cre\u0300me".toCharArray(), SALT, 1_000);
        JournalKey other = JournalKey.derive("cafe creme".toCharArray(), SALT, 1_000);

        assertThat(decomposed.fileName("index.html")).isEqualTo(composed.fileName("index.html"))
                .isNotEqualTo(other.fileName("index.html"));
        byte[] sealed = composed.seal("index.html", "<p>Hello</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(decomposed.open(sealed), StandardCharsets.UTF_8)).isEqualTo("<p>Hello</p>");
    }
}
