package org.smallwins.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

class SlashPathsTest {
    @Test
    void foldersAreJoinedWithSlashes() {
        assertThat(SlashPaths.of(Path.of("static", "img", "walk.jpg"))).isEqualTo("static/img/walk.jpg");
        assertThat(SlashPaths.of(Path.of(""))).isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aBackslashInANameStaysWhereItIsNoSeparator() {
        assertThat(SlashPaths.of(Path.of("static", "a\\..\\esc.txt"))).isEqualTo("static/a\\..\\esc.txt");
    }
}
