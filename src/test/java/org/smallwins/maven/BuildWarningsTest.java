package org.smallwins.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.JournalFiles;

/** The build goal says the build's warnings as [WARNING] lines, and the site is built. */
class BuildWarningsTest {
    @TempDir
    Path tmp;

    /** Keeps what is logged as a warning, and prints nothing. */
    private static final class Warnings extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void warn(CharSequence content) {
            lines.add(content.toString());
        }

        @Override
        public void info(CharSequence content) {
        }
    }

    @Test
    void aPictureMostBrowsersDoNotShowIsLoggedAsAWarningAtItsLine() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Mine\n",
                "content/wins/2025-01-06-walk.md", "---\ntitle: Walk\n---\n![The river](IMG_2041.HEIC)\n",
                "content/wins/IMG_2041.HEIC", "heic");
        BuildMojo build = new BuildMojo();
        MojoFields.set(build, "journalDirectory", journal.toFile());
        MojoFields.set(build, "basedir", journal.toFile());
        MojoFields.set(build, "output", "target/site");
        Warnings log = new Warnings();
        build.setLog(log);

        build.execute();

        assertThat(log.lines).singleElement().asString()
                .startsWith("content/wins/2025-01-06-walk.md:4: warning: the picture 'IMG_2041.HEIC' is HEIC")
                .contains("Save it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible;")
                .endsWith("and write 'IMG_2041.jpg' instead.");
        assertThat(journal.resolve("target/site/2025/01/06/walk/index.html")).exists();
    }
}
