package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview's entity tags: of which bytes, and which request headers name them. */
class EntityTagsTest {
    private static final byte[] COFFEE = "coffee\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEA = "tea\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTagIsTheFirst128BitsOfTheBytesSha256InBase64urlQuoted() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(COFFEE);
        String expected = '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';

        assertThat(EntityTags.tag(COFFEE)).isEqualTo(expected).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(EntityTags.tag(TEA)).isNotEqualTo(expected);
    }

    @Test
    void ifNoneMatchNamesATagInItsListWeakOrStrongOrAll() {
        String tag = EntityTags.tag(COFFEE);

        assertThat(EntityTags.noneMatchNames(List.of(tag), tag)).isTrue();
        assertThat(EntityTags.noneMatchNames(List.of("\"a\", W/" + tag), tag)).as("weakly, in a list").isTrue();
        assertThat(EntityTags.noneMatchNames(List.of("\"a\"", " " + tag), tag)).as("in a second header").isTrue();
        assertThat(EntityTags.noneMatchNames(List.of("*"), tag)).isTrue();
        assertThat(EntityTags.noneMatchNames(List.of("\"a\",\"b\""), tag)).isFalse();
        assertThat(EntityTags.noneMatchNames(null, tag)).isFalse();
        assertThat(EntityTags.noneMatchNames(List.of(tag.replace("\"", "")), tag)).as("unquoted").isFalse();
        assertThat(EntityTags.noneMatchNames(List.of("\"a, " + tag), tag)).as("an unclosed quote").isFalse();
    }

    @Test
    void ifRangeLetsARangeBeSentOnlyOfTheSameStrongTag() {
        String tag = EntityTags.tag(COFFEE);

        assertThat(EntityTags.rangeMaySend(null, tag)).as("no If-Range").isTrue();
        assertThat(EntityTags.rangeMaySend(List.of(tag), tag)).isTrue();
        assertThat(EntityTags.rangeMaySend(List.of("W/" + tag), tag)).as("weak").isFalse();
        assertThat(EntityTags.rangeMaySend(List.of(EntityTags.tag(TEA)), tag)).as("another").isFalse();
        assertThat(EntityTags.rangeMaySend(List.of("Thu, 03 Dec 2026 07:16:06 GMT"), tag)).as("a date").isFalse();
        assertThat(EntityTags.rangeMaySend(List.of(tag, tag), tag)).as("two headers").isFalse();
    }
}
