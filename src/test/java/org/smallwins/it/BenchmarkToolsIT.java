package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's programs (bench/). CI never runs the benchmark itself (it needs Hugo and minutes),
 * but its parts must keep working as the code changes: each is run here on a small journal, the way
 * bench/run.sh runs it.
 */
class BenchmarkToolsIT {
    static final Path BENCH = Path.of("bench").toAbsolutePath();
    static final String TODAY = "2026-11-24";
    static final int ENTRIES = 150;

    @TempDir
    Path tmp;

    private static Cli.Run run(Path workDir, String... command) throws IOException, InterruptedException {
        return Cli.exec(workDir, List.of(command), Map.of());
    }

    private Path generate(String name) throws IOException, InterruptedException {
        Path dir = tmp.resolve(name);
        Cli.Run run = run(tmp, Cli.java(), BENCH.resolve("GenerateJournal.java").toString(), String.valueOf(ENTRIES),
                dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + ENTRIES + " entries");
        return dir;
    }

    /** Every file under {@code dir}, by path relative to it. */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> texts(Map<String, byte[]> files, String under) {
        List<String> texts = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(under) && path.endsWith(".md")) {
                texts.add(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return texts;
    }

    @Test
    void theGeneratorWritesTheSameJournalEveryTimeWithWhatTheBenchmarkPromises() throws Exception {
        Map<String, byte[]> first = files(generate("a"));
        Map<String, byte[]> second = files(generate("b"));

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));

        List<String> entries = texts(first, "content");
        assertThat(entries).hasSize(ENTRIES);
        for (String folder : List.of("wins", "reflections", "setbacks", "goals")) {
            assertThat(texts(first, "content/" + folder)).as(folder).isNotEmpty();
        }
        Pattern date = Pattern.compile("(?m)^date: (\\d{4}-\\d{2}-\\d{2})");
        Pattern tags = Pattern.compile("(?m)^tags: \\[(.*)]$");
        Set<String> allTags = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        int sharedDays = 0;
        for (String entry : entries) {
            Matcher day = date.matcher(entry);
            assertThat(day.find()).as(entry).isTrue();
            LocalDate when = LocalDate.parse(day.group(1));
            assertThat(when).isBetween(LocalDate.parse(TODAY).minusYears(10), LocalDate.parse(TODAY));
            if (!days.add(when)) {
                sharedDays++;
            }
            Matcher tagged = tags.matcher(entry);
            assertThat(tagged.find()).as(entry).isTrue();
            List<String> its = List.of(tagged.group(1).split(", "));
            assertThat(its).hasSizeBetween(1, 3);
            allTags.addAll(its);
            assertThat(entry).containsPattern("(?m)^mood: [1-5]$");
        }
        assertThat(sharedDays).as("days with more than one entry").isPositive();
        assertThat(allTags).hasSizeBetween(20, 40);
        String bodies = String.join("\n", entries);
        assertThat(bodies).contains("\n## ", "\n- ", "**", "](", "|---|", "- [ ] ", "- [x] ");
        assertThat(first.keySet()).anyMatch(path -> path.startsWith("hugo-extra"));
    }

    @Test
    void itsJournalBuildsThroughTheLauncherWithAllPagesAndWithHugosPages() throws Exception {
        Path journal = generate("journal");
        // As run.sh's pages_journal makes the journal with Hugo's pages only.
        Path hugoPages = tmp.resolve("journal-hugo-pages");
        Files.createDirectories(hugoPages);
        Files.writeString(hugoPages.resolve("journal.yml"),
                Files.readString(journal.resolve("journal.yml")) + "disable: [search, progress]\n");
        run(tmp, "cp", "-al", journal.resolve("content").toString(), hugoPages.resolve("content").toString());

        for (Path dir : List.of(journal, hugoPages)) {
            Path out = tmp.resolve("out-" + dir.getFileName());
            Cli.Run build = runLauncher("build", dir.toString(), "--output", out.toString(), "--today", TODAY, "-q");
            assertThat(build.exitCode()).as(build.err()).isZero();
            assertThat(build.err()).as("no warnings for the generated journal").isEmpty();
            assertThat(out.resolve("index.html")).isRegularFile();
        }
        assertThat(tmp.resolve("out-journal/search")).isDirectory();
        assertThat(tmp.resolve("out-journal-hugo-pages/search")).doesNotExist();
        assertThat(tmp.resolve("out-journal-hugo-pages/progress")).doesNotExist();
    }

    private Cli.Run runLauncher(String... args) throws IOException, InterruptedException {
        return Cli.launch(tmp, Map.of(), args);
    }

    @Test
    void theRebuildBenchmarkTimesEveryKindOfEditAndLeavesTheJournalAsItWas() throws Exception {
        Path journal = generate("journal");
        Map<String, byte[]> before = files(journal.resolve("content"));

        Cli.Run run = run(tmp, Cli.java(), "-cp", Cli.jar().toString(), BENCH.resolve("RebuildBenchmark.java").toString(),
                journal.toString(), "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(" + ENTRIES + " entries")
                .containsPattern("one entry changed: median [0-9.]+ ms, p90 [0-9.]+ ms, pages rendered [1-9]")
                .containsPattern("no change: +median [0-9.]+ ms, p90 [0-9.]+ ms, pages rendered 0")
                .contains("its title changed: median", "an entry added: ", "full render, warm JVM");
        Map<String, byte[]> after = files(journal.resolve("content"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void hotMethodsSummarisesACollapsedProfile() throws Exception {
        Path profile = tmp.resolve("build.collapsed");
        Files.writeString(profile, String.join("\n",
                "[main tid=1];org/smallwins/render/EntryViews.view;com/vladsch/flexmark/parser/Parser.parse 60",
                "[main tid=1];org/smallwins/render/PageRenderer.render;freemarker/core/Environment.process 30",
                "[C1 CompilerThread0 tid=2];Compile::Compile 10", ""));

        Cli.Run run = run(tmp, Cli.java(), BENCH.resolve("HotMethods.java").toString(), profile.toString(), "5", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Parser.parse").contains("Environment.process");
    }

    @Test
    void theScriptsAreValidShell() throws Exception {
        for (String script : List.of("run.sh", "profile.sh")) {
            Cli.Run check = run(tmp, "bash", "-n", BENCH.resolve(script).toString());
            assertThat(check.exitCode()).as(script + ": " + check.err()).isZero();
        }
        assertThat(BENCH.resolve("hugo/hugo.toml")).isRegularFile();
        assertThat(BENCH.resolve("hugo/mounts.toml.in")).content().contains("@JOURNAL@");
    }
}
