package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of static/ and beside the entries, which builds copy without holding them: a later build
 * rewrites the ones that changed, however little, and leaves the others (and their times) alone.
 */
class StaticFilesBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path tmp;

    private BuildResult build(Path journal) {
        return new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
    }

    @Test
    void aChangedFileIsCopiedAgainAndAnUnchangedOneIsLeftAlone() throws IOException {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2026-11-21-three-herons.md", "---\ntitle: Three herons\n---\n![The heron](heron.jpg)\n",
                "content/wins/heron.jpg", "heron bytes",
                "static/walk.jpg", "walk bytes", "static/tea.jpg", "tea bytes");
        Path site = tmp.resolve("site");
        build(journal);
        for (String file : new String[] {"walk.jpg", "tea.jpg", "files/wins/heron.jpg"}) {
            Files.setLastModifiedTime(site.resolve(file), LONG_AGO);
        }

        assertThat(build(journal).written()).as("nothing changed").isZero();

        // The same size, other bytes: a check of sizes alone would miss it.
        Files.writeString(journal.resolve("static/walk.jpg"), "WALK bytes");
        Files.writeString(journal.resolve("content/wins/heron.jpg"), "heron, longer");
        BuildResult second = build(journal);

        assertThat(second.written()).isEqualTo(2);
        assertThat(site.resolve("walk.jpg")).hasContent("WALK bytes");
        assertThat(site.resolve("files/wins/heron.jpg")).hasContent("heron, longer");
        assertThat(site.resolve("tea.jpg")).hasContent("tea bytes");
        assertThat(Files.getLastModifiedTime(site.resolve("tea.jpg"))).isEqualTo(LONG_AGO);
        assertThat(Files.readString(site.resolve(".smallwins-output"))).contains("  walk.jpg\n", "  tea.jpg\n");
    }
}
