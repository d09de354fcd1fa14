package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program may share one Smallwins between threads: its caches belong to one call at a time, so
 * two journals built at once through it must each come out exactly as if built alone.
 */
class ConcurrentBuildsTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    // Renders at once on one unlocked instance mixed pages within some tens of rounds; builds, slower, run fewer.
    static final int RENDER_ROUNDS = 40;
    static final int BUILD_ROUNDS = 4;
    static final int ENTRIES = 12;

    @TempDir
    Path tmp;

    Path apples;
    Path birches;
    Map<String, byte[]> applesAlone;
    Map<String, byte[]> birchesAlone;
    Map<String, byte[]> applesRenderedAlone;
    Map<String, byte[]> birchesRenderedAlone;
    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void writeJournalsAndBuildEachAlone() {
        apples = journal("apples", "Apple");
        birches = journal("birches", "Birch");
        applesAlone = JournalFiles.read(buildAlone(apples, tmp.resolve("apples-alone")));
        birchesAlone = JournalFiles.read(buildAlone(birches, tmp.resolve("birches-alone")));
        applesRenderedAlone = files(new Smallwins().render(request(apples, null)));
        birchesRenderedAlone = files(new Smallwins().render(request(birches, null)));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * Entries at the same paths with the same front matter as the other journal's, only their text
     * differs: to the shared caches the second journal looks like an edit of the first, the case
     * where they reuse the most.
     */
    private Path journal(String name, String word) {
        List<String> files = new ArrayList<>(List.of("journal.yml", "title: Small wins\n"));
        for (int i = 1; i <= ENTRIES; i++) {
            String day = String.format("2025-01-%02d", i);
            files.add("content/wins/" + day + "-day-" + i + ".md");
            files.add("---\ntitle: Day " + i + "\ntags: [walk]\n---\n" + word + " day " + i + ", a small win.\n");
        }
        return JournalFiles.write(tmp.resolve(name), files.toArray(String[]::new));
    }

    private static BuildRequest request(Path journal, Path output) {
        return BuildRequest.of(journal, output).withToday(TODAY);
    }

    private static Path buildAlone(Path journal, Path output) {
        new Smallwins().build(request(journal, output));
        return output;
    }

    /** Runs both at once, started together, and gives back what each returned. */
    private List<Object> together(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> running = new ArrayList<>();
        for (Callable<?> work : List.of(first, second)) {
            running.add(threads.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<?> done : running) {
            results.add(done.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void twoJournalsBuiltAtOnceByOneInstanceEachGetExactlyTheirOwnPages() throws Exception {
        Smallwins shared = new Smallwins();
        Path applesOut = tmp.resolve("apples-site");
        Path birchesOut = tmp.resolve("birches-site");
        for (int round = 0; round < BUILD_ROUNDS; round++) {
            together(() -> shared.build(request(apples, applesOut)), () -> shared.build(request(birches, birchesOut)));
            assertSameFiles(JournalFiles.read(applesOut), applesAlone, "round " + round + ", apples");
            assertSameFiles(JournalFiles.read(birchesOut), birchesAlone, "round " + round + ", birches");
        }
    }

    @Test
    void twoJournalsRenderedAtOnceByOneInstanceEachGetExactlyTheirOwnPages() throws Exception {
        Smallwins shared = new Smallwins();
        for (int round = 0; round < RENDER_ROUNDS; round++) {
            List<Object> results = together(() -> shared.render(request(apples, null)),
                    () -> shared.render(request(birches, null)));
            assertSameFiles(files(results.get(0)), applesRenderedAlone, "round " + round + ", apples");
            assertSameFiles(files(results.get(1)), birchesRenderedAlone, "round " + round + ", birches");
        }
    }

    @Test
    void problemsLookedForDuringARenderLeaveItsPagesAlone() throws Exception {
        Smallwins shared = new Smallwins();
        for (int round = 0; round < RENDER_ROUNDS; round++) {
            List<Object> results = together(() -> shared.render(request(apples, null)),
                    () -> shared.problems(request(birches, null)));
            assertSameFiles(files(results.get(0)), applesRenderedAlone, "round " + round + ", apples");
            assertThat(results.get(1)).as("round " + round + ", birches' problems").isEqualTo(List.of());
        }
    }

    @Test
    void separateInstancesStillBuildAtOnce() throws Exception {
        Path applesOut = tmp.resolve("apples-site");
        Path birchesOut = tmp.resolve("birches-site");
        for (int round = 0; round < BUILD_ROUNDS; round++) {
            Smallwins first = new Smallwins();
            Smallwins second = new Smallwins();
            together(() -> first.build(request(apples, applesOut)), () -> second.build(request(birches, birchesOut)));
            assertSameFiles(JournalFiles.read(applesOut), applesAlone, "apples");
            assertSameFiles(JournalFiles.read(birchesOut), birchesAlone, "birches");
        }
    }

    @Test
    void aProgramHoldingTheInstanceAsItsOwnLockDoesNotHoldUpItsBuilds() throws Exception {
        Smallwins shared = new Smallwins();
        Path applesOut = tmp.resolve("apples-site");
        // A program may synchronize on the instance for its own purposes: builds lock privately.
        synchronized (shared) {
            for (int round = 0; round < 2; round++) {
                threads.submit(() -> shared.build(request(apples, applesOut))).get(60, TimeUnit.SECONDS);
                assertSameFiles(JournalFiles.read(applesOut), applesAlone, "round " + round);
            }
            Future<?> rendered = threads.submit(() -> shared.render(request(birches, null)));
            assertSameFiles(files(rendered.get(60, TimeUnit.SECONDS)), birchesRenderedAlone, "render");
        }
    }

    private static Map<String, byte[]> files(Object rendered) {
        Map<String, byte[]> files = new TreeMap<>();
        ((BuildResult) rendered).site().files().forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected, String what) {
        assertThat(actual.keySet()).as(what).containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(what + ": " + path)
                .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8)));
    }
}
