package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.render.BuildCache;

/**
 * One instance building the same journal into one output folder, then another: what it keeps
 * between builds (entries, rendered pages, the cache file beside an output, the writer's skipping
 * of unchanged files) must never carry one folder's state into the other. Each folder must hold
 * exactly what a fresh instance builds into an empty folder.
 */
class OutputFolderSwitchTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path journal;
    @TempDir
    Path elsewhere;

    private final Smallwins shared = new Smallwins();
    private Path a;
    private Path b;

    @BeforeEach
    void journal() {
        JournalFiles.write(journal,
                "journal.yml", "title: Two folders\n",
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk. See [tea](2025-01-05-tea.md).\n",
                "content/wins/2025-01-05-tea.md", "---\ntitle: Tea\n---\nTea with a friend.\n",
                "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week.\n",
                "content/reflections/2025-03-01-notes.md", "---\ntitle: Notes\ntags: walk\nmood: 4\n---\nNotes.\n");
        a = elsewhere.resolve("a");
        b = elsewhere.resolve("b");
    }

    @Test
    void eachOutputFolderHoldsWhatAFreshBuildMakes() throws IOException {
        buildAndCompare(a);
        buildAndCompare(b);
        assertThat(BuildCache.fileFor(a)).isRegularFile();
        assertThat(BuildCache.fileFor(b)).isRegularFile();

        // A page lost from A (an rsync gone wrong, a hand deletion) while the instance's cache still
        // has it from the build into B.
        Path walk = a.resolve("2025/01/01/walk/index.html");
        assertThat(walk).isRegularFile();
        Files.delete(walk);
        buildAndCompare(a);
        assertThat(walk).isRegularFile();
        // And one lost from B, where pages the instance reused may still be read from.
        Path notes = b.resolve("2025/03/01/notes/index.html");
        assertThat(notes).isRegularFile();
        Files.delete(notes);
        buildAndCompare(a);
        buildAndCompare(b);
        assertThat(notes).isRegularFile();

        // An edit seen first by a build into B, which has pages already (no staging this time), then into A.
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea and cake\n---\nTea with a friend, and cake.\n");
        buildAndCompare(b);
        buildAndCompare(a);
        assertThat(JournalFiles.text(a.resolve("2025/01/05/tea/index.html"))).contains("Tea and cake");
    }

    @Test
    void aFreshInstanceTrustsTheCacheEachFolderWasLeftWith() throws IOException {
        buildAndCompare(a);
        buildAndCompare(b);
        JournalFiles.write(journal, "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week, then rest.\n");
        buildAndCompare(a);

        // A's cache was saved after the edit, B's before it. A new process reads B's first (its
        // pages of the tired week are stale), and then builds into A with what it read there.
        Smallwins next = new Smallwins();
        for (Path output : new Path[] {b, a}) {
            next.build(request(output));
            assertSameAsFresh(output);
        }
        assertThat(JournalFiles.text(b.resolve("2025/02/01/tired/index.html"))).contains("then rest");
    }

    private void buildAndCompare(Path output) {
        shared.build(request(output));
        assertSameAsFresh(output);
    }

    private void assertSameAsFresh(Path output) {
        Path fresh = elsewhere.resolve("fresh-" + System.nanoTime());
        new Smallwins().build(request(fresh));
        Map<String, byte[]> expected = JournalFiles.read(fresh);
        Map<String, byte[]> actual = JournalFiles.read(output);
        assertThat(actual.keySet()).as("files in " + output).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(output.resolve(path).toString()).isEqualTo(bytes));
    }

    private BuildRequest request(Path output) {
        return BuildRequest.of(journal, output).withToday(TODAY);
    }
}
