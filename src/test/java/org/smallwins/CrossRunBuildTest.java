package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.JournalException;
import org.smallwins.render.BuildCache;

/**
 * Command-line builds, each in a new Smallwins instance (as each `smallwins build` is a new
 * process), into the same output folder: the on-disk cache must make every build byte-identical
 * to a clean one, after every kind of change, while re-rendering only what changed and leaving
 * unchanged files (and their times) alone.
 */
class CrossRunBuildTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path journal;
    @TempDir
    Path elsewhere;

    Path out;

    @BeforeEach
    void firstBuild() throws IOException {
        JournalFiles.write(journal,
                "journal.yml", "title: Cross-run\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk. See [tea](2025-01-05-tea.md).\n",
                "content/wins/2025-01-05-tea.md", "---\ntitle: Tea\n---\nTea with a friend at https://example.org.\n",
                "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week. [Gone](nope.md)\n",
                "content/reflections/2025-03-01-notes.md", "---\ntitle: Notes\ntags: walk\nmood: 4\n---\nNotes.\n");
        out = journal.resolve("public");
        build();
        assertThat(BuildCache.fileFor(out)).isRegularFile();
    }

    private BuildResult build() {
        return new Smallwins().build(request(out));
    }

    private BuildRequest request(Path output) {
        return BuildRequest.of(journal, output).withToday(TODAY);
    }

    /** Builds again through the cache and checks the folder against a clean build elsewhere. */
    private BuildResult assertSameAsCleanBuild() {
        Smallwins cached = new Smallwins();
        BuildResult result = cached.build(request(out));
        Path clean = elsewhere.resolve("clean-" + System.nanoTime());
        BuildResult cleanResult = new Smallwins().build(request(clean));
        Map<String, byte[]> expected = JournalFiles.read(clean);
        Map<String, byte[]> actual = JournalFiles.read(out);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(result.warnings()).isEqualTo(cleanResult.warnings());
        lastRendered = cached.lastPagesRendered();
        return result;
    }

    private int lastRendered;

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    /** Moves every output file's time back, so a rewritten file shows as a new time. */
    private void ageOutput() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            }
        }
    }

    @Test
    void noChangeRendersNothingAndWritesNothing() throws IOException {
        ageOutput();
        Map<String, FileTime> before = times(out);
        BuildResult result = assertSameAsCleanBuild();
        assertThat(lastRendered).isZero();
        assertThat(result.written()).isZero();
        assertThat(times(out)).isEqualTo(before);
        // The pages found unchanged stay on disk: the build holds their paths, not a copy of the site.
        assertThat(result.site().files()).filteredOn(f -> f.path().endsWith(".html")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.inMemory()).as(f.path()).isFalse());
        // The broken link's warning is kept with the cached view, not lost with the rendering.
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message()).contains("nope.md"));
    }

    @Test
    void editingABodyRerendersOnlyItsPagesAndKeepsOtherFiles() throws IOException {
        ageOutput();
        Map<String, FileTime> before = times(out);
        JournalFiles.write(journal, "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week, then rest.\n");
        BuildResult result = assertSameAsCleanBuild();
        assertThat(lastRendered).isPositive().isLessThan(result.site().files().size() / 2);
        Map<String, FileTime> after = times(out);
        assertThat(after.get("2025/01/01/walk/index.html")).isEqualTo(before.get("2025/01/01/walk/index.html"));
        assertThat(after.get("2025/02/01/tired/index.html")).isNotEqualTo(before.get("2025/02/01/tired/index.html"));
    }

    @Test
    void editingATitleUpdatesNeighboursAndLists() {
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea, finally\n---\nTea with a friend.\n");
        assertSameAsCleanBuild();
        assertThat(JournalFiles.text(out.resolve("2025/01/01/walk/index.html"))).contains("Tea, finally");
    }

    @Test
    void renamingAFileMovesItsPageAndFixesLinksToIt() throws IOException {
        Files.move(journal.resolve("content/wins/2025-01-05-tea.md"), journal.resolve("content/wins/2025-01-06-tea.md"));
        assertSameAsCleanBuild();
        assertThat(out.resolve("2025/01/05/tea/index.html")).doesNotExist();
    }

    @Test
    void deletingFilesRemovesTheirPagesAndTag() throws IOException {
        Files.delete(journal.resolve("content/reflections/2025-03-01-notes.md"));
        Files.delete(journal.resolve("content/wins/2025-01-01-walk.md"));
        assertSameAsCleanBuild();
        assertThat(out.resolve("tags/walk/index.html")).doesNotExist();
    }

    @Test
    void addingAnEntryAppearsEverywhere() {
        JournalFiles.write(journal, "content/wins/2025-04-01-swim.md", "---\ntitle: Swim\ntags: [walk]\n---\nSwam.\n");
        assertSameAsCleanBuild();
    }

    @Test
    void changingATemplateRerendersThePagesThatUseIt() {
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<h1>${entry.title}</h1>\n");
        assertSameAsCleanBuild();
        assertThat(JournalFiles.text(out.resolve("2025/01/05/tea/index.html"))).isEqualTo("<h1>Tea</h1>\n");
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<h2>${entry.title}</h2>\n");
        assertSameAsCleanBuild();
    }

    @Test
    void changingSettingsStartsAfresh() {
        JournalFiles.write(journal, "journal.yml", "title: New name\nlocale: de-DE\nprettyLinks: true\n");
        assertSameAsCleanBuild();
        JournalFiles.write(journal, "journal.yml", "title: Cross-run\n");
        assertSameAsCleanBuild();
    }

    @Test
    void aFileOfSomeoneElseInTheOutputStopsTheBuildBeforeAnythingIsWritten() throws IOException {
        Files.writeString(out.resolve("2025/taxes.pdf"), "precious");
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea, finally\n---\nTea.\n");
        ageOutput();
        Map<String, FileTime> before = times(out);

        assertThatThrownBy(this::build)
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("holds files Smallwins did not make (2025/taxes.pdf)");
        assertThat(times(out)).isEqualTo(before);
        assertThat(out.resolve("2025/taxes.pdf")).hasContent("precious");
    }

    @Test
    void anOutputFileEditedByHandIsRenderedAgain() throws IOException {
        Files.writeString(out.resolve("2025/01/05/tea/index.html"), "edited by hand");
        assertSameAsCleanBuild();
        assertThat(lastRendered).isEqualTo(1);
    }

    @Test
    void aDeletedOutputFolderIsBuiltAgainFromTheCachedViews() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertSameAsCleanBuild();
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        Path cache = BuildCache.fileFor(out);
        byte[] bytes = Files.readAllBytes(cache);
        // Keep the marker and format, garble the rest: a half-written or damaged file.
        for (int i = 40; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(cache, bytes);
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea again\n---\nTea.\n");
        assertSameAsCleanBuild();
        Files.write(cache, Arrays.copyOf(bytes, bytes.length / 2));
        assertSameAsCleanBuild();
    }

    @Test
    void aCacheOfAnotherFormatVersionIsIgnored() throws IOException {
        Path cache = BuildCache.fileFor(out);
        byte[] bytes = Files.readAllBytes(cache);
        int format = "SMALLWINS-BUILD-CACHE\n".length();
        bytes[format + 3]++;
        Files.write(cache, bytes);
        assertSameAsCleanBuild();
        assertThat(lastRendered).isPositive();
    }

    @Test
    void aFileOfTheUsersWhereTheCacheGoesIsNeverReplaced() throws IOException {
        Path cache = BuildCache.fileFor(out);
        Files.writeString(cache, "my notes, not a cache\n");
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea again\n---\nTea.\n");
        assertSameAsCleanBuild();
        assertThat(Files.readString(cache, StandardCharsets.UTF_8)).isEqualTo("my notes, not a cache\n");
    }

    @Test
    void anEncryptedJournalKeepsNoCacheInClearAndRemovesTheOneLeftFromBefore() throws IOException {
        Path cache = BuildCache.fileFor(out);
        assertThat(Files.readString(cache, StandardCharsets.ISO_8859_1)).contains("A tired week");
        JournalFiles.write(journal,
                "journal.yml", "title: Cross-run\nprivacy:\n  encrypt: true\n  passwordFile: .password\n",
                ".password", "a long enough password here\n");

        new Smallwins().build(request(out));

        assertThat(cache).doesNotExist();
        new Smallwins().build(request(out));
        assertThat(cache).doesNotExist();
    }
}
