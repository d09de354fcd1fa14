package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * Rebuilds told which paths changed (the preview server passes its watcher's events) look only at
 * those paths, and must still give the same site as a clean build after every kind of change.
 */
class ChangedPathsRebuildTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path journal;

    final Smallwins warm = new Smallwins();

    @BeforeEach
    void writeJournal() throws IOException {
        JournalFiles.write(journal,
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk. See [tea](2025-01-05-tea.md).\n",
                "content/wins/2025-01-05-tea.md", "---\ntitle: Tea\n---\nTea with a friend.\n",
                "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week.\n");
        age();
        warm.render(request());
    }

    private void age() throws IOException {
        try (Stream<Path> walk = Files.walk(journal)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
    }

    private BuildRequest request() {
        return BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY);
    }

    /** Renders with the given changed paths (as the watcher reports them: absolute) and compares with a clean build. */
    private Site rebuildAndCompare(Path... changed) {
        Set<Path> paths = new HashSet<>();
        for (Path p : changed) {
            paths.add(p.toAbsolutePath());
        }
        Site incremental = warm.render(request(), paths).site();
        Site clean = new Smallwins().render(request()).site();
        assertThat(incremental.files()).extracting(SiteFile::path)
                .containsExactlyElementsOf(clean.files().stream().map(SiteFile::path).toList());
        Map<String, byte[]> cleanBytes = new HashMap<>();
        clean.files().forEach(f -> cleanBytes.put(f.path(), f.content()));
        for (SiteFile file : incremental.files()) {
            assertThat(file.content()).as(file.path()).isEqualTo(cleanBytes.get(file.path()));
        }
        return incremental;
    }

    private static String page(Site site, String path) {
        return site.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void anEditedEntryIsReadAgain() throws IOException {
        Path tea = journal.resolve("content/wins/2025-01-05-tea.md");
        Files.writeString(tea, "---\ntitle: Green tea\n---\nTea with a friend.\n");
        age();

        Site site = rebuildAndCompare(tea);

        assertThat(page(site, "2025/01/05/tea/index.html")).contains("Green tea");
    }

    @Test
    void aNewEntryIsFoundAndADeletedOneDropped() throws IOException {
        Path run = journal.resolve("content/wins/2025-03-01-run.md");
        Files.writeString(run, "---\ntitle: Run\n---\nA run.\n");
        Path tired = journal.resolve("content/setbacks/2025-02-01-tired.md");
        Files.delete(tired);
        age();

        Site site = rebuildAndCompare(run, tired);

        assertThat(page(site, "2025/03/01/run/index.html")).contains("Run");
        assertThat(page(site, "2025/02/01/tired/index.html")).isNull();
    }

    @Test
    void aDeletedFolderOfEntriesFallsBackToAWalk() throws IOException {
        Path setbacks = journal.resolve("content/setbacks");
        Files.delete(setbacks.resolve("2025-02-01-tired.md"));
        Files.delete(setbacks);

        Site site = rebuildAndCompare(setbacks);

        assertThat(page(site, "2025/02/01/tired/index.html")).isNull();
    }

    @Test
    void aNewFolderOfEntriesFallsBackToAWalk() throws IOException {
        Path goals = Files.createDirectories(journal.resolve("content/more"));
        Files.writeString(goals.resolve("2025-04-01-swim.md"), "---\ntitle: Swim\n---\nA swim.\n");
        age();

        // As some watchers report a folder moved in: the folder only, not the files inside.
        Site site = rebuildAndCompare(goals);

        assertThat(page(site, "2025/04/01/swim/index.html")).contains("Swim");
    }

    @Test
    void filesThatAreNotEntriesAndPathsOutsideContentChangeNothing() throws IOException {
        Path backup = journal.resolve("content/wins/2025-01-05-tea.md~");
        Files.writeString(backup, "---\ntitle: Backup\n---\nOld.\n");
        Path hidden = Files.createDirectories(journal.resolve("content/.drafts"));
        Files.writeString(hidden.resolve("2025-05-01-secret.md"), "---\ntitle: Secret\n---\nNo.\n");
        age();

        Site site = rebuildAndCompare(backup, hidden.resolve("2025-05-01-secret.md"), journal.resolve("static/x.css"));

        assertThat(site.files()).extracting(SiteFile::path).noneMatch(p -> p.contains("secret") || p.contains("backup"));
    }

    @Test
    void withoutPathsEveryFileIsLookedAtAsBefore() throws IOException {
        Path tea = journal.resolve("content/wins/2025-01-05-tea.md");
        Files.writeString(tea, "---\ntitle: Black tea\n---\nTea with a friend.\n");
        age();

        Site site = warm.render(request(), null).site();

        assertThat(page(site, "2025/01/05/tea/index.html")).contains("Black tea");
        assertThat(List.of(page(site, "2025/01/01/walk/index.html"))).doesNotContainNull();
    }

    @Test
    void aSymbolicLinksWarningStaysThroughUnrelatedEditsWithoutAWalkAndGoesWithTheLink() throws IOException {
        Path link = journal.resolve("content/wins/2025-01-06-linked.md");
        Files.createSymbolicLink(link, journal.resolve("content/wins/2025-01-05-tea.md"));
        List<Problem> withLink = warm.render(request(), Set.of(link.toAbsolutePath())).warnings();
        assertThat(withLink).extracting(Problem::path).containsExactly("content/wins/2025-01-06-linked.md");

        Path tea = journal.resolve("content/wins/2025-01-05-tea.md");
        Files.writeString(tea, "---\ntitle: Tea\n---\nTea with an old friend.\n");
        // Written but not reported: a walk would find it, a rebuild that only looks at the edit does not.
        Path run = journal.resolve("content/wins/2025-03-01-run.md");
        Files.writeString(run, "---\ntitle: Run\n---\nA run.\n");
        age();
        BuildResult edited = warm.render(request(), Set.of(tea.toAbsolutePath()));

        assertThat(page(edited.site(), "2025/01/05/tea/index.html")).contains("an old friend");
        assertThat(page(edited.site(), "2025/03/01/run/index.html")).isNull();
        assertThat(edited.warnings()).isEqualTo(withLink);
        Files.delete(run);
        assertThat(edited.warnings()).isEqualTo(new Smallwins().render(request()).warnings());

        Files.delete(link);
        assertThat(warm.render(request(), Set.of(link.toAbsolutePath())).warnings())
                .isEqualTo(new Smallwins().render(request()).warnings())
                .noneMatch(p -> p.path().equals("content/wins/2025-01-06-linked.md"));
    }

    @Test
    void onlyTheReportedPathsAreLookedAt() throws IOException {
        Path run = journal.resolve("content/wins/2025-03-01-run.md");
        Files.writeString(run, "---\ntitle: Run\n---\nA run.\n");
        age();

        // Not reported, so not walked to: the proof that a rebuild with paths skips the walk.
        assertThat(page(warm.render(request(), Set.of()).site(), "2025/03/01/run/index.html")).isNull();
        assertThat(page(warm.render(request(), null).site(), "2025/03/01/run/index.html")).contains("Run");
    }
}
