import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.smallwins.BuildRequest;
import org.smallwins.Smallwins;

/**
 * In-process rebuild times, as the preview server sees them: one Smallwins instance keeps its
 * caches between renders.
 *
 * <pre>java -cp smallwins.jar bench/RebuildBenchmark.java JOURNAL_DIR [ROUNDS]</pre>
 *
 * Renders once in full, warms up, then ROUNDS (default 20) times appends a line to one entry (and
 * moves its modification time on: the loader's cache trusts size and mtime) and times render();
 * then times ROUNDS renders with nothing changed, then ROUNDS with the entry's title changed (a
 * front matter edit: the pages that list the entry change too), then ROUNDS each adding a new entry beside it
 * (deleted at the end). All twice: first passing the changed path, as
 * the preview server does with its watcher's events, then without paths (every file looked at). Only render() is timed: nothing is written.
 * The entry is restored (content and mtime) at the end.
 */
public final class RebuildBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp smallwins.jar bench/RebuildBenchmark.java JOURNAL_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmups = 5;
        Path entry = middleEntry(dir.resolve("content/wins"));
        byte[] original = Files.readAllBytes(entry);
        FileTime originalTime = Files.getLastModifiedTime(entry);
        // Times well in the past: files modified in the last two seconds are always re-read.
        long base = System.currentTimeMillis() - 3_600_000L;

        Smallwins smallwins = new Smallwins();
        BuildRequest request = BuildRequest.of(dir, dir.resolve("public")).withToday(TODAY);
        try {
            long start = System.nanoTime();
            var first = smallwins.render(request);
            double firstMs = (System.nanoTime() - start) / 1e6;
            int entries = first.journal().entries().size();
            System.out.printf("journal: %s (%d entries, %d files in the site)%n", dir, entries, first.site().files().size());
            System.out.printf("changed entry: %s%n", dir.relativize(entry));
            System.out.printf("first full render (cold JVM): %.0f ms, %d pages rendered%n", firstMs, smallwins.lastPagesRendered());

            // As the preview server renders: told the changed path by its file watcher, so no walk.
            measure(smallwins, request, entry, Set.of(entry), Set.of(), base, 0, warmups, rounds,
                    "with the watcher's paths (as serve)");
            // As a library caller without events: every file is looked at.
            measure(smallwins, request, entry, null, null, base, 2 * (warmups + rounds), warmups, rounds,
                    "without paths (full walk)");
            // The same for a full render in a warm JVM with empty caches, for comparison.
            List<Double> full = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Smallwins fresh = new Smallwins();
                long t = System.nanoTime();
                fresh.render(request);
                full.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf("full render, warm JVM, new instance: median %.0f ms (3 rounds)%n", percentile(full, 50));
        } finally {
            Files.write(entry, original);
            Files.setLastModifiedTime(entry, originalTime);
        }
    }

    /** Times renders after a text edit to {@code entry}, with no change, then after a title edit; prints median and p90. */
    static void measure(Smallwins smallwins, BuildRequest request, Path entry, Set<Path> changedPaths,
                        Set<Path> noPaths, long base, int offset, int warmups, int rounds, String label)
            throws IOException {
        byte[] original = Files.readAllBytes(entry);
        Timed changed = time(smallwins, request, changedPaths, warmups, rounds, i -> {
            Files.write(entry, ("\nOne more small thing, round " + (offset + i + 1) + ".\n").getBytes(),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(base + (offset + i + 1) * 5_000L));
        });
        Timed unchanged = time(smallwins, request, noPaths, warmups, rounds, i -> { });
        // Then the title (front matter: more than text, so lists, neighbours and search change).
        String text = new String(original, java.nio.charset.StandardCharsets.UTF_8);
        Timed retitled = time(smallwins, request, changedPaths, warmups, rounds, i -> {
            Files.writeString(entry, text.replaceFirst("(?m)^title: \"?([^\"\n]*)\"?$",
                    "title: \"$1, take " + (offset + i + 1) + "\""));
            Files.setLastModifiedTime(entry, FileTime.fromMillis(base + (offset + warmups + rounds + i + 1) * 5_000L));
        });
        Files.write(entry, original);
        // Then a new entry written beside it (the writer's most common edit), one more each round.
        List<Path> added = new ArrayList<>();
        Timed newEntry;
        try {
            newEntry = time(smallwins, request, changedPaths == null ? null : Set.of(), warmups, rounds, i -> {
                Path file = entry.resolveSibling("2026-11-2" + (i % 4) + "-bench-added-" + (offset + i + 1) + ".md");
                Files.writeString(file, "---\ntitle: Added " + (offset + i + 1) + "\ntags: [bench]\n---\nA new small win.\n");
                Files.setLastModifiedTime(file, FileTime.fromMillis(base + (offset + i + 1) * 5_000L));
                added.add(file);
            }, added);
        } finally {
            for (Path file : added) {
                Files.deleteIfExists(file);
            }
        }
        System.out.printf("%s:%n", label);
        changed.print("one entry changed:", rounds, warmups);
        unchanged.print("no change:        ", rounds, warmups);
        retitled.print("its title changed:", rounds, warmups);
        newEntry.print("an entry added:   ", rounds, warmups);
    }

    /** What is done to the journal before round {@code i}. */
    interface Edit {
        void apply(int i) throws IOException;
    }

    /** Render times in ms and pages rendered, of the counted rounds. */
    record Timed(List<Double> ms, List<Integer> pages) {
        void print(String what, int rounds, int warmups) {
            System.out.printf("  %s median %.1f ms, p90 %.1f ms, pages rendered %s (%d rounds after %d warm-up)%n",
                    what, percentile(ms, 50), percentile(ms, 90), range(pages), rounds, warmups);
        }
    }

    static Timed time(Smallwins smallwins, BuildRequest request, Set<Path> paths, int warmups, int rounds, Edit edit)
            throws IOException {
        return time(smallwins, request, paths, warmups, rounds, edit, null);
    }

    /** As above; {@code created}, when not null, holds files the edits make: each round's last one is the changed path. */
    static Timed time(Smallwins smallwins, BuildRequest request, Set<Path> paths, int warmups, int rounds, Edit edit,
                      List<Path> created) throws IOException {
        Timed timed = new Timed(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < warmups + rounds; i++) {
            edit.apply(i);
            Set<Path> changed = paths != null && created != null ? Set.of(created.get(created.size() - 1)) : paths;
            long t = System.nanoTime();
            smallwins.render(request, changed);
            double ms = (System.nanoTime() - t) / 1e6;
            if (i >= warmups) {
                timed.ms().add(ms);
                timed.pages().add(smallwins.lastPagesRendered());
            }
        }
        return timed;
    }

    static Path middleEntry(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String range(List<Integer> values) {
        int min = Collections.min(values);
        int max = Collections.max(values);
        return min == max ? String.valueOf(min) : min + "-" + max;
    }
}
