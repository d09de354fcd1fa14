package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole journals in, whole sites out: each folder under {@code golden/} has an {@code input/}
 * journal and the {@code expected/} site, compared file by file and byte by byte. Run with
 * {@code -Dgolden.update=true} to rewrite {@code expected/} after an intended change, then review
 * the diff.
 */
class GoldenSiteTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsTheExpectedSite(String name, @TempDir Path out) throws IOException {
        Path input = GOLDEN.resolve(name).resolve("input");
        Path expected = GOLDEN.resolve(name).resolve("expected");
        new Smallwins().build(BuildRequest.of(input, out.resolve("site")).withToday(TODAY));
        Map<String, byte[]> actual = JournalFiles.read(out.resolve("site"));

        if (Boolean.getBoolean("golden.update")) {
            replace(expected, actual);
            return;
        }
        Map<String, byte[]> wanted = JournalFiles.read(expected);
        assertThat(actual.keySet()).as("files in the site").containsExactlyElementsOf(wanted.keySet());
        for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
            byte[] got = actual.get(file.getKey());
            if (!Arrays.equals(got, file.getValue())) {
                fail(file.getKey() + " differs from " + expected.resolve(file.getKey()) + " at "
                        + firstDifference(new String(file.getValue(), StandardCharsets.UTF_8),
                        new String(got, StandardCharsets.UTF_8)));
            }
        }
    }

    private static String firstDifference(String wanted, String got) {
        String[] a = wanted.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ":\n  expected: " + left + "\n  actual:   " + right;
            }
        }
        return "(same text, different bytes)";
    }

    private static void replace(Path expected, Map<String, byte[]> files) throws IOException {
        if (Files.exists(expected)) {
            try (Stream<Path> walk = Files.walk(expected)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = expected.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
