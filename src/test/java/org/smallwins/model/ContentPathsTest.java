package org.smallwins.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentPathsTest {
    @Test
    void resolvesAgainstTheFolderOfTheLinkingFile() {
        assertThat(ContentPaths.resolve("wins/2025", "../reflections/a.md")).isEqualTo("wins/reflections/a.md");
        assertThat(ContentPaths.resolve("wins", "./b.md")).isEqualTo("wins/b.md");
        assertThat(ContentPaths.resolve("wins", "/goals/walk.md")).isEqualTo("goals/walk.md");
        assertThat(ContentPaths.resolve("", "a//b/../c.md")).isEqualTo("a/c.md");
    }

    @Test
    void aPathThatClimbsOutOfTheContentFolderResolvesToNothing() {
        assertThat(ContentPaths.resolve("wins", "../../etc/passwd")).isNull();
        assertThat(ContentPaths.resolve("", "..")).isNull();
    }

    @Test
    void thePathOfALinkEndsWhereItsQueryOrFragmentBegins() {
        assertThat(ContentPaths.pathEnd("a.md#top")).isEqualTo(4);
        assertThat(ContentPaths.pathEnd("a.md?x=1#top")).isEqualTo(4);
        assertThat(ContentPaths.pathEnd("a.md#x?y")).isEqualTo(4);
        assertThat(ContentPaths.pathEnd("a.md")).isEqualTo(4);
    }
}
