package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.load.JournalLoader;

/**
 * The preview keeps going through what happens to a journal's folders while it runs: the built site
 * deleted, a symbolic link or a file whose name this system cannot read put among the entries.
 */
class ServingThroughMishapsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String TEA = "---\ntitle: Tea\n---\nFirst cup.\n";
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> log = new CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    private PreviewServer serve(Path journal) throws Exception {
        return PreviewServer.start(BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY),
                InetAddress.getLoopbackAddress(), 0, ServeLog.ofLines(log::add));
    }

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The page once it holds {@code text}, or as it is after 15 seconds. */
    private HttpResponse<String> eventually(PreviewServer server, String path, String text) throws Exception {
        long until = System.nanoTime() + 15_000_000_000L;
        HttpResponse<String> page = get(server, path);
        while (!page.body().contains(text) && System.nanoTime() < until) {
            Thread.sleep(50);
            page = get(server, path);
        }
        return page;
    }

    /** Waits until the log has a line {@code wanted}, up to 15 seconds, then past a few quiet spells for more. */
    private void logged(Predicate<String> wanted) throws InterruptedException {
        long until = System.nanoTime() + 15_000_000_000L;
        while (log.stream().noneMatch(wanted) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        Thread.sleep(10 * Rebuilder.QUIET_MILLIS);
    }

    private long lines(Predicate<String> which) {
        return log.stream().filter(which).count();
    }

    private static void deleteAll(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void theBuiltSiteDeletedWhileServingChangesNothingTheTabsShow() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md", TEA,
                "static/heron.jpg", "heron");
        new Smallwins().build(BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY));

        try (PreviewServer server = serve(journal)) {
            deleteAll(journal.resolve("public"));
            Thread.sleep(10 * Rebuilder.QUIET_MILLIS);

            // The preview serves from memory and the journal's own files, never from the built site.
            assertThat(get(server, "/2025/03/01/tea/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/heron.jpg").body()).isEqualTo("heron");
            assertThat(lines(line -> line.startsWith("Built"))).as("builds").isEqualTo(1);
            Files.writeString(journal.resolve("content/wins/2025-03-01-tea.md"), TEA.replace("First", "Second"));
            assertThat(eventually(server, "/2025/03/01/tea/", "Second cup.").body()).contains("Second cup.");
        }
        assertThat(journal.resolve("public")).as("nothing written back").doesNotExist();
    }

    @Test
    void theBuiltSiteDeletedFromAJournalWithoutContentFolderKeepsTheSiteServed() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("flat"), "journal.yml", "title: Flat\n",
                "2025-03-01-tea.md", TEA);
        new Smallwins().build(BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY));

        try (PreviewServer server = serve(journal)) {
            deleteAll(journal.resolve("public"));
            Thread.sleep(10 * Rebuilder.QUIET_MILLIS);

            assertThat(get(server, "/2025/03/01/tea/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/").statusCode()).isEqualTo(200);
            Files.writeString(journal.resolve("2025-03-01-tea.md"), TEA.replace("First", "Second"));
            assertThat(eventually(server, "/2025/03/01/tea/", "Second cup.").body()).contains("Second cup.");
        }
        assertThat(log).noneMatch(line -> line.contains("problem") || line.contains("stopped"));
    }

    @Test
    void aSymbolicLinkPutAmongTheEntriesIsSaidOnceAndRebuildsOnce() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md", TEA,
                "elsewhere/2025-03-02-walk.md", "---\ntitle: Walk\n---\nOut.\n");
        Predicate<String> warning = line -> line.startsWith("content/wins/2025-03-02-walk.md: warning: is a symbolic link");

        try (PreviewServer server = serve(journal)) {
            Files.createSymbolicLink(journal.resolve("content/wins/2025-03-02-walk.md"),
                    journal.resolve("elsewhere/2025-03-02-walk.md"));
            // A link to the folder it is in: a walk that followed it would never end.
            Files.createSymbolicLink(journal.resolve("content/wins/again"), journal.resolve("content/wins"));
            logged(warning);

            assertThat(lines(warning)).isEqualTo(1);
            long builds = lines(line -> line.startsWith("Built"));
            assertThat(builds).as("the first build and one for the links").isBetween(2L, 3L);
            Thread.sleep(20 * Rebuilder.QUIET_MILLIS);
            assertThat(lines(line -> line.startsWith("Built"))).as("no build after").isEqualTo(builds);

            Files.writeString(journal.resolve("content/wins/2025-03-01-tea.md"), TEA.replace("First", "Second"));
            assertThat(eventually(server, "/2025/03/01/tea/", "Second cup.").body()).contains("Second cup.");
            assertThat(lines(warning)).as("not said again while it is there").isEqualTo(1);
        }
    }

    @Test
    void anEntryWhoseNameCannotBeReadPutThereWhileServingIsSaidOnce() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md", TEA);
        Predicate<String> said = line -> line.contains(JournalLoader.unreadableName());

        try (PreviewServer server = serve(journal)) {
            JournalFiles.writeWithRawName(journal, "content/wins/2025-03-02-caf\\351.md", "---\ntitle: Caf\u00e9\n---\n");
            logged(said);

            assertThat(log).filteredOn(said).containsExactly(
                    "content/wins/2025-03-02-caf" + JournalLoader.UNREADABLE + ".md: " + JournalLoader.unreadableName());
            long builds = lines(line -> line.startsWith("Built") || line.contains("to fix"));
            Thread.sleep(20 * Rebuilder.QUIET_MILLIS);
            assertThat(lines(line -> line.startsWith("Built") || line.contains("to fix"))).as("no build after")
                    .isEqualTo(builds);
            assertThat(get(server, "/").body()).contains(JournalLoader.unreadableName().substring(0, 20));
        }
    }
}
