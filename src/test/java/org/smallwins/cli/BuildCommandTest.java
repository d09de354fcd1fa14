package org.smallwins.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;
import org.smallwins.cli.InitCommandTest.Run;

class BuildCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aLinkToAControlCharacterIsWarnedAboutWithTheCharacterEscaped() {
        Path dir = JournalFiles.write(tmp.resolve("j"),
                "content/wins/2025-01-01-l.md", "---\ntitle: L\n---\n[nul](a%00b.md) [bell](/x%07y.png)\n");

        Run run = Run.of("build", dir.toString(), "--today", "2025-02-01");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/wins/2025-01-01-l.md:4: warning: the link to 'a%00b.md' does not lead")
                .contains("content/wins/2025-01-01-l.md:4: warning: the link to '/x%07y.png' leads nowhere on the site:"
                        + " there is no /x\\u0007y.png (nor static/x\\u0007y.png).")
                .doesNotContain("\0").doesNotContain("\u0007");
    }
}
