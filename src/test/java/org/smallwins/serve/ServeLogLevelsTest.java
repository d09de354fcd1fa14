package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.InetAddress;
import java.nio.file.Files;
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

    /**
     * The lines said by the one build that {@code rebuilder} makes after {@code path} changed, as the
     * watcher reports it (null: an overflow), up to its last line: the one that says how it ended.
     */
    private static List<Line> rebuiltAfter(Rebuilder rebuilder, Path path, List<Line> lines) throws Exception {
        lines.clear();
        rebuilder.changed(path);
        long until = System.nanoTime() + 10_000_000_000L;
        while (lines.stream().noneMatch(line -> line.text().startsWith("Built ") || line.text().contains(" to fix; "))
                && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        return List.copyOf(lines);
    }

    private static List<String> texts(List<Line> lines, ServeLog.Level level) {
        return lines.stream().filter(line -> line.level() == level).map(Line::text).toList();
    }

    @Test
    void aRebuildSaysOnlyTheWarningsThatAreNewAndWhenSomeAreFixed(@TempDir Path tmp) throws Exception {
        // A writer saving every few seconds would otherwise see the same warnings scroll by each time.
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\n---\nA.\n",
                "content/wins/2052-03-14-b.md", "---\ntitle: B\n---\nB.\n",
                "content/wins/2053-03-14-c.md", "---\ntitle: C\n---\nC.\n");
        List<Line> lines = new CopyOnWriteArrayList<>();
        try (Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                (level, text) -> lines.add(new Line(level, text)), snapshot -> { })) {
            rebuilder.buildNow();
            assertThat(texts(lines, ServeLog.Level.WARNING)).as("the first build says them all").hasSize(2);

            Path a = journal.resolve("content/wins/2025-01-01-a.md");
            Files.writeString(a, "---\ntitle: A\n---\nA, again.\n");
            List<Line> unchanged = rebuiltAfter(rebuilder, a, lines);
            assertThat(unchanged).hasSize(1);
            assertThat(unchanged.get(0).text()).startsWith("Built 3 entries in ");

            Path b = journal.resolve("content/wins/2052-03-14-b.md");
            Files.delete(b);
            List<Line> oneFixed = rebuiltAfter(rebuilder, b, lines);
            assertThat(texts(oneFixed, ServeLog.Level.WARNING)).isEmpty();
            assertThat(texts(oneFixed, ServeLog.Level.INFO)).first()
                    .isEqualTo("1 warning fixed; 1 still worth a look.");

            Path d = journal.resolve("content/wins/2054-03-14-d.md");
            Files.writeString(d, "---\ntitle: D\n---\nD.\n");
            List<Line> oneNew = rebuiltAfter(rebuilder, d, lines);
            assertThat(texts(oneNew, ServeLog.Level.WARNING)).singleElement(
                    STRING).startsWith("content/wins/2054-03-14-d.md:");

            // Errors block the site: said at every build that has them, the warnings beside them not again.
            Files.writeString(a, "---\ntitle: A\nmood: 9\n---\nA.\n");
            List<Line> failed = rebuiltAfter(rebuilder, a, lines);
            assertThat(texts(failed, ServeLog.Level.ERROR)).hasSize(2);
            assertThat(texts(failed, ServeLog.Level.WARNING)).isEmpty();
            assertThat(rebuiltAfter(rebuilder, a, lines)).isEqualTo(failed);

            Files.writeString(a, "---\ntitle: A\n---\nA.\n");
            List<Line> fixed = rebuiltAfter(rebuilder, a, lines);
            assertThat(fixed).hasSize(1);
            assertThat(fixed.get(0).text()).startsWith("Built 3 entries in ");

            Files.delete(d);
            Files.delete(journal.resolve("content/wins/2053-03-14-c.md"));
            List<Line> allFixed = rebuiltAfter(rebuilder, null, lines);
            assertThat(texts(allFixed, ServeLog.Level.INFO)).first().isEqualTo("2 warnings fixed.");
        }
    }

    @Test
    void aWarningThatMovedToAnotherLineIsSaidAgainButNotFixed(@TempDir Path tmp) throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/wins/2025-01-01-a.md", "---\ntitle: A\ndate: 2052-03-14\n---\nA.\n");
        List<Line> lines = new CopyOnWriteArrayList<>();
        try (Rebuilder rebuilder = new Rebuilder(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                (level, text) -> lines.add(new Line(level, text)), snapshot -> { })) {
            rebuilder.buildNow();
            assertThat(texts(lines, ServeLog.Level.WARNING)).singleElement(
                    STRING).startsWith("content/wins/2025-01-01-a.md:3:");

            Path a = journal.resolve("content/wins/2025-01-01-a.md");
            Files.writeString(a, "---\ntitle: A\nmood: 3\ndate: 2052-03-14\n---\nA.\n");
            List<Line> moved = rebuiltAfter(rebuilder, a, lines);

            assertThat(texts(moved, ServeLog.Level.WARNING)).singleElement(
                    STRING).startsWith("content/wins/2025-01-01-a.md:4:");
            assertThat(texts(moved, ServeLog.Level.INFO)).singleElement(
                    STRING).startsWith("Built 1 entry in ");
        }
    }
}
