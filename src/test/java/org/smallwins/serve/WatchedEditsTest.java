package org.smallwins.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/** A save reaches the preview however the journal is laid out, and whenever it happens. */
class WatchedEditsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> log = new CopyOnWriteArrayList<>();

    @TempDir
    Path tmp;

    private PreviewServer serve(Path journal) throws Exception {
        return PreviewServer.start(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                InetAddress.getLoopbackAddress(), 0, ServeLog.ofLines(log::add));
    }

    private String get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The page once it holds {@code text}, or as it is after 15 seconds. */
    private String eventually(PreviewServer server, String path, String text) throws Exception {
        long until = System.nanoTime() + 15_000_000_000L;
        String page = get(server, path);
        while (!page.contains(text) && System.nanoTime() < until) {
            Thread.sleep(50);
            page = get(server, path);
        }
        return page;
    }

    @Test
    void anEditIsSeenWhenTheJournalAndItsContentFolderAreReachedThroughLinks() throws Exception {
        Path real = JournalFiles.write(tmp.resolve("real"), "journal.yml", "title: Linked\n");
        Path synced = JournalFiles.write(tmp.resolve("synced"), "wins/2025-03-01-tea.md", "---\ntitle: Tea\n---\nFirst cup.\n");
        Files.createSymbolicLink(real.resolve("content"), synced);
        Path journal = Files.createSymbolicLink(tmp.resolve("journal"), real);

        try (PreviewServer server = serve(journal)) {
            assertThat(get(server, "/2025/03/01/tea/")).contains("First cup.");
            Files.writeString(synced.resolve("wins/2025-03-01-tea.md"), "---\ntitle: Tea\n---\nSecond cup.\n");

            assertThat(eventually(server, "/2025/03/01/tea/", "Second cup.")).contains("Second cup.");
            Files.writeString(real.resolve("journal.yml"), "title: Linked and renamed\n");
            assertThat(eventually(server, "/", "Linked and renamed")).contains("Linked and renamed");
        }
    }

    @Test
    void anEditIsSeenWhenJournalYmlIsALinkToAFileKeptElsewhere() throws Exception {
        Path dotfiles = JournalFiles.write(tmp.resolve("dotfiles"), "smallwins.yml", "title: Kept elsewhere\n",
                "other/notes.txt", "Not the journal's.\n");
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md",
                "---\ntitle: Tea\n---\nFirst cup.\n");
        Files.createSymbolicLink(journal.resolve("journal.yml"), dotfiles.resolve("smallwins.yml"));

        try (PreviewServer server = serve(journal)) {
            assertThat(get(server, "/")).contains("Kept elsewhere");
            Files.writeString(dotfiles.resolve("smallwins.yml"), "title: Edited where it is kept\n");
            assertThat(eventually(server, "/", "Edited where it is kept")).contains("Edited where it is kept");
        }
    }

    @Test
    void entriesAreStillWatchedWhenJournalYmlIsALinkToAFileBesideTheJournal() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md",
                "---\ntitle: Tea\n---\nFirst cup.\n");
        Path shared = Files.writeString(tmp.resolve("shared.yml"), "title: Shared\n");
        Files.createSymbolicLink(journal.resolve("journal.yml"), shared);

        try (PreviewServer server = serve(journal)) {
            Files.writeString(journal.resolve("content/wins/2025-03-01-tea.md"), "---\ntitle: Tea\n---\nSecond cup.\n");
            assertThat(eventually(server, "/2025/03/01/tea/", "Second cup.")).contains("Second cup.");
            Files.writeString(shared, "title: Shared and edited\n");
            assertThat(eventually(server, "/", "Shared and edited")).contains("Shared and edited");
        }
    }

    @Test
    void aJournalWithoutContentFolderRebuildsOnItsOwnMarkdownFiles() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("flat"), "journal.yml", "title: Flat\n",
                "2025-03-01-one.md", "---\ntitle: One\n---\nA.\n");

        try (PreviewServer server = serve(journal)) {
            assertThat(get(server, "/2025/03/01/one/")).contains("<p>A.</p>");
            Files.writeString(journal.resolve("2025-03-01-one.md"), "---\ntitle: One\n---\nEdited.\n");
            assertThat(eventually(server, "/2025/03/01/one/", "Edited.")).contains("Edited.");

            Files.createDirectories(journal.resolve("later"));
            Files.writeString(journal.resolve("later/2025-03-02-two.md"), "---\ntitle: Two\n---\nB.\n");
            assertThat(eventually(server, "/2025/03/02/two/", "<p>B.</p>")).contains("<p>B.</p>");
        }
    }

    @Test
    void aJournalWithoutContentFolderRebuildsWhenAPictureAnEntryShowsIsAddedReplacedOrRemoved() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("flat"), "journal.yml", "title: Flat\n",
                "walks/2026-11-01-walk.md", "---\ntitle: Walk\n---\n![The path](photo.jpg)\n");
        Path photo = journal.resolve("walks/photo.jpg");

        try (PreviewServer server = serve(journal)) {
            assertThat(get(server, "/2026/11/01/walk/")).contains("src=\"photo.jpg\"");
            Files.writeString(photo, "first photo");
            assertThat(eventually(server, "/files/walks/photo.jpg", "first photo")).isEqualTo("first photo");
            assertThat(get(server, "/2026/11/01/walk/")).contains("src=\"../../../../files/walks/photo.jpg\"");

            Files.writeString(photo, "later photo");
            assertThat(eventually(server, "/files/walks/photo.jpg", "later photo")).isEqualTo("later photo");

            Files.delete(photo);
            assertThat(eventually(server, "/2026/11/01/walk/", "src=\"photo.jpg\"")).contains("src=\"photo.jpg\"");
            assertThat(status(server, "/files/walks/photo.jpg")).isEqualTo(404);
        }
    }

    @Test
    void aBuildIntoTheJournalFolderIsNoChangeToItButAPictureBesideTheEntriesIs() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("flat"), "journal.yml", "title: Flat\n",
                "2026-11-01-walk.md", "---\ntitle: Walk\n---\n![The path](photo.jpg)\n");
        List<Path> changes = new CopyOnWriteArrayList<>();
        try (JournalWatcher watcher = new JournalWatcher(journal, changes::add)) {
            // Written as `smallwins build` writes while the preview runs: the first time through a
            // staging folder, then in place.
            BuildRequest build = BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY);
            new Smallwins().build(build);
            Files.writeString(journal.resolve("2026-11-01-walk.md"), "---\ntitle: Walk\n---\nNo photo today.\n");
            new Smallwins().build(build);
            Files.writeString(journal.resolve("photo.jpg"), "photo");

            long until = System.nanoTime() + 15_000_000_000L;
            while (!changes.contains(journal.resolve("photo.jpg")) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        }
        assertThat(changes).contains(journal.resolve("photo.jpg"), journal.resolve("2026-11-01-walk.md"))
                .noneMatch(path -> path != null && path.startsWith(journal.resolve("public")));
    }

    private int status(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aFileSavedWhileTheFirstBuildRunsIsBuiltAfterIt() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md",
                "---\ntitle: Tea\n---\nFirst cup.\n");
        Path entry = journal.resolve("content/wins/2025-03-01-tea.md");
        // Saved from inside the first build (as it reports itself), before the server has answered anything.
        List<String> seen = new CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(BuildRequest.of(journal, tmp.resolve("public")).withToday(TODAY),
                InetAddress.getLoopbackAddress(), 0, (level, line) -> {
                    if (seen.isEmpty() && line.startsWith("Built")) {
                        try {
                            Files.writeString(entry, "---\ntitle: Tea\n---\nSaved during the first build.\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    seen.add(line);
                })) {
            assertThat(eventually(server, "/2025/03/01/tea/", "Saved during the first build."))
                    .contains("Saved during the first build.");
        }
    }

    @Test
    void problemsOfAFirstBuildDoNotSpeakOfLastGoodPagesThatNeverWere() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "content/wins/2025-03-01-tea.md",
                "---\ntitle: Tea\nmood: 7\n---\nA cup.\n");

        try (PreviewServer server = serve(journal)) {
            assertThat(log).contains("1 problem to fix; the site is shown once it builds.");
            String page = get(server, "/");
            assertThat(page).contains("mood").contains("(the site is shown once it builds)")
                    .doesNotContain("last good");

            Files.writeString(journal.resolve("content/wins/2025-03-01-tea.md"), "---\ntitle: Tea\nmood: 4\n---\nA cup.\n");
            assertThat(eventually(server, "/2025/03/01/tea/", "A cup.")).contains("A cup.");
            Files.writeString(journal.resolve("content/wins/2025-03-01-tea.md"), "---\ntitle: Tea\nmood: 9\n---\nA cup.\n");
            assertThat(eventually(server, "/2025/03/01/tea/", "last good build")).contains("last good build");
        }
        assertThat(log).contains("1 problem to fix; still showing the last good pages.");
    }

    @Test
    void aSiteMadeForABasePathIsAlsoAnsweredThereSoIts404PageFindsItsStyles() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("journal"), "journal.yml", "title: Based\nbasePath: /journal/\n",
                "content/wins/2025-03-01-tea.md", "---\ntitle: Tea\n---\nA cup.\n");

        try (PreviewServer server = serve(journal)) {
            String missing = get(server, "/no/such/page/");
            assertThat(missing).contains("href=\"/journal/assets/style.css\"");
            HttpResponse<String> style = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/journal/assets/style.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(style.statusCode()).isEqualTo(200);
            assertThat(style.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
            assertThat(get(server, "/journal/2025/03/01/tea/")).contains("A cup.");
            assertThat(get(server, "/journal")).isEqualTo(get(server, "/"));
            assertThat(get(server, "/2025/03/01/tea/")).contains("A cup.");
        }
        // A base path that is also a folder of the site: the site's own pages come first.
        JournalFiles.write(journal, "journal.yml", "title: Based\nbasePath: /tags/\n",
                "content/wins/2025-03-02-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nSteps.\n");
        try (PreviewServer server = serve(journal)) {
            assertThat(get(server, "/tags/walk/")).contains("Walk");
            assertThat(get(server, "/tags/2025/03/01/tea/")).contains("A cup.");
        }
    }

    @Test
    void changesAreNamedAsTheLoaderKnowsTheFiles() {
        Path root = Path.of("/j");
        Map<Path, Path> places = new LinkedHashMap<>();
        places.put(Path.of("/real/j"), root);
        places.put(Path.of("/sync/entries"), root.resolve("content"));
        assertThat(JournalWatcher.asKnown(places, Path.of("/sync/entries/wins/a.md"))).isEqualTo(Path.of("/j/content/wins/a.md"));
        assertThat(JournalWatcher.asKnown(places, Path.of("/real/j/journal.yml"))).isEqualTo(Path.of("/j/journal.yml"));
        assertThat(JournalWatcher.asKnown(places, Path.of("/elsewhere/x.md"))).isEqualTo(Path.of("/elsewhere/x.md"));
    }

    @Test
    void withoutContentFolderMarkdownFilesAndFoldersMatterButNotHiddenOnesOrTheBuiltSite(@TempDir Path journal)
            throws Exception {
        JournalFiles.write(journal, "public/.smallwins-output", "# Made by Smallwins.\n");
        assertThat(JournalWatcher.matters(journal, journal.resolve("2025-03-01-a.md"))).isTrue();
        assertThat(JournalWatcher.matters(journal, journal.resolve("walks/2025-03-01-a.markdown"))).isTrue();
        assertThat(JournalWatcher.matters(journal, journal.resolve("walks"))).isTrue();
        assertThat(JournalWatcher.matters(journal, journal.resolve("public/index.html"))).isFalse();
        assertThat(JournalWatcher.matters(journal, journal.resolve(".git/objects/ab"))).isFalse();
        assertThat(JournalWatcher.matters(journal, journal.resolve(".a.md.swp"))).isFalse();

        Files.createDirectories(journal.resolve("content"));
        assertThat(JournalWatcher.matters(journal, journal.resolve("2025-03-01-a.md"))).isFalse();
        assertThat(JournalWatcher.matters(journal, journal.resolve("content/2025-03-01-a.md"))).isTrue();
    }

    @Test
    void withoutContentFolderAPictureBesideTheEntriesMattersButNotInsideABuiltSiteOrHidden(@TempDir Path journal) {
        JournalFiles.write(journal, "2026-11-01-walk.md", "---\ntitle: Walk\n---\n![Path](photo.jpg)\n",
                "public/.smallwins-output", "# Made by Smallwins.\n", "target/site/.smallwins-output", "# Made by Smallwins.\n");
        // The site publishes it when an entry shows it, as it does beside an entry in content/.
        for (String path : new String[] {"photo.jpg", "walks/2026/river.png", "notes/scan.pdf", "target/notes.txt"}) {
            assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isTrue();
        }
        // What the loader skips: a build written while serving must not rebuild the preview per file.
        for (String path : new String[] {"public/files/photo.jpg", "public", "target/site/index.html",
            "target/site", ".trash/photo.jpg", ".photo.jpg", "lost+found/photo.jpg", "walks/.thumbnails/river.png"}) {
            assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isFalse();
        }
    }

    @Test
    void withContentFolderAFileOutsideTheWatchedFoldersDoesNotMatter(@TempDir Path journal) {
        JournalFiles.write(journal, "content/2026-11-01-walk.md", "---\ntitle: Walk\n---\n![Path](photo.jpg)\n");
        assertThat(JournalWatcher.matters(journal, journal.resolve("photo.jpg"))).isFalse();
        assertThat(JournalWatcher.matters(journal, journal.resolve("notes/scan.pdf"))).isFalse();
        assertThat(JournalWatcher.matters(journal, journal.resolve("content/photo.jpg"))).isTrue();
    }

    @Test
    void aPictureBesideTheEntriesMatters(@TempDir Path journal) throws Exception {
        Files.createDirectories(journal.resolve("content"));
        // The site publishes it when an entry shows it: a new or changed one changes the site.
        assertThat(JournalWatcher.matters(journal, journal.resolve("content/wins/heron.jpg"))).isTrue();
        assertThat(JournalWatcher.matters(journal, journal.resolve("content/wins/photos/a.jpg"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/wins/.2025-03-01-a.md.swp",
        "content/wins/.2025-03-01-a.md.swo", "content/wins/.2025-03-01-a.md.swn", "content/wins/2025-03-01-a.md~",
        "content/wins/.#2025-03-01-a.md", "content/wins/#2025-03-01-a.md#", "content/wins/.2025-03-01-a.md.kate-swp",
        "content/wins/.~lock.2025-03-01-a.md#", "journal.yml~", ".journal.yml.swo", "#journal.yml#"})
    void whatEditorsWriteWhileTheWriterTypesIsNoChangeToTheJournal(String path, @TempDir Path journal) throws Exception {
        Files.createDirectories(journal.resolve("content"));
        // Written every few seconds while typing: counted, each would reload the open tabs.
        assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isFalse();
    }

    @Test
    void filesThatLookLikeAnEditorsButAreNotStillMatter(@TempDir Path journal) throws Exception {
        Files.createDirectories(journal.resolve("content"));
        for (String path : new String[] {"static/images/sunrise.svg", "static/old/intro.swf", "content/wins/2025-03-01-#1.md",
            "static/notes#2.txt", "content/wins/2025-03-01-a.md"}) {
            assertThat(JournalWatcher.matters(journal, journal.resolve(path))).as(path).isTrue();
        }
    }
}
