package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview's entity tags: of which bytes, kept how long, and which request headers name them. */
class EntityTagsTest {
    private static final byte[] COFFEE = "coffee\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEA = "tea\n".getBytes(StandardCharsets.UTF_8);

    private static Snapshot build(long version) {
        return new Snapshot(Map.of(), List.of(), version, "/");
    }

    @Test
    void aTagIsTheFirst128BitsOfTheBytesSha256InBase64urlQuoted() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(COFFEE);
        String expected = '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';

        assertThat(EntityTags.tag(COFFEE)).isEqualTo(expected).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(EntityTags.tag(TEA)).isNotEqualTo(expected);
    }

    @Test
    void aFilesTagIsMadeOncePerBuildAndAgainAfterARebuild() {
        EntityTags tags = new EntityTags();
        assertThat(tags.of(build(1), "a.txt", COFFEE)).isEqualTo(EntityTags.tag(COFFEE));
        // Other bytes for the same file in the same build cannot happen; here they show the tag was kept.
        assertThat(tags.of(build(1), "a.txt", TEA)).as("kept for the build").isEqualTo(EntityTags.tag(COFFEE));
        assertThat(tags.of(build(1), "b.txt", TEA)).as("each file its own").isEqualTo(EntityTags.tag(TEA));

        assertThat(tags.of(build(2), "a.txt", TEA)).as("made again after a rebuild").isEqualTo(EntityTags.tag(TEA));
        assertThat(tags.of(build(1), "a.txt", COFFEE)).as("a request still on the older build")
                .isEqualTo(EntityTags.tag(COFFEE));
        assertThat(tags.of(build(2), "a.txt", COFFEE)).as("the newer build's kept").isEqualTo(EntityTags.tag(TEA));
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
