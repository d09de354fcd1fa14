package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;

/** The preview server says each line with how much it matters, so the Maven goal can log problems as errors. */
class ServeLogLevelsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    record Line(ServeLog.Level level, String text) {
    }

    private static List<Line> firstBuildOf(Path journal, Path tmp) throws Exception {
        List<Line> lines = new CopyOnWriteArrayList<>();
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY);
        try (PreviewServer ignored = PreviewServer.start(request, InetAddress.getLoopbackAddress(), 0,
                (level, text) -> lines.add(new Line(level, text)))) {
            return List.copyOf(lines);
        }
    }

    @Test
    void problemsAreErrorsAndTheirCountToo(@TempDir Path tmp) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\nmood: 9\n---\nA.\n");

        assertThat(firstBuildOf(journal, tmp)).containsExactly(
                new Line(ServeLog.Level.ERROR, "content/wins/2025-01-01-a.md:3: mood: '9' is not allowed: use a whole"
                        + " number from 1 to 5 (1 is very low, 5 is very good)."),
                new Line(ServeLog.Level.ERROR, "1 problem to fix; the site is shown once it builds."));
    }

    @Test
    void warningsAreWarningsAndTheBuildIsNews(@TempDir Path tmp) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "content/wins/2052-03-14-b.md", "---\ntitle: B\n---\nB.\n");

        List<Line> lines = firstBuildOf(journal, tmp);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).level()).isEqualTo(ServeLog.Level.WARNING);
        assertThat(lines.get(0).text()).startsWith("content/wins/2052-03-14-b.md:").contains("after today");
        assertThat(lines.get(1).level()).isEqualTo(ServeLog.Level.INFO);
        assertThat(lines.get(1).text()).startsWith("Built 2 entries in ");
    }
}
