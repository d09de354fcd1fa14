package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;

/**
 * An address another host's as the browser reads it, though written with a character reference or
 * a backslash, gets the privacy warning alone: it is not a link within the site that leads nowhere.
 */
class DisguisedRemoteAddressTest {
    @TempDir
    Path tmp;

    @Test
    void aPictureFromAnotherHostWrittenWithAReferenceOrABackslashIsWarnedOnceAsRemote() {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: T\ntimezone: UTC\n",
                "content/wins/2025-03-14-walk.md", "---\ntitle: A walk\n---\n![a](&#104;ttps://example.org/a.png)\n\n"
                        + "![b](/\\example.org/b.png)\n");

        List<String> warnings = new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site"))
                .withToday(LocalDate.of(2025, 3, 20))).warnings().stream().map(Problem::toString).toList();

        assertThat(warnings).hasSize(2).allMatch(w -> w.contains("example.org") && !w.contains("leads nowhere"));
        assertThat(warnings.get(0)).startsWith("content/wins/2025-03-14-walk.md:4: warning:");
        assertThat(warnings.get(1)).startsWith("content/wins/2025-03-14-walk.md:6: warning:");
    }
}
