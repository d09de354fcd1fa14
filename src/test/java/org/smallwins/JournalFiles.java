package org.smallwins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Test journals written inline, Hugo-style: a whole journal in one place, readable in the test. */
public final class JournalFiles {
    private JournalFiles() {
    }

    /** Writes {@code files} (path, then content, repeated) under {@code dir}. */
    public static Path write(Path dir, String... pathsAndContents) {
        try {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                Path file = dir.resolve(pathsAndContents[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndContents[i + 1], StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code content} under {@code dir} at {@code path}, whose octal escapes ({@code \\351})
     * stand for raw bytes of the name: a byte that is no UTF-8, or any non-ASCII one where Java
     * reads names as ASCII, makes a name Java cannot write itself, so the shell does. Skips the
     * test where there is no /bin/sh. The folders on the way must exist.
     */
    public static void writeWithRawName(Path dir, String path, String content) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        try {
            Process shell = new ProcessBuilder("/bin/sh", "-c", "printf '%s' \"$2\" > \"$(printf \"$1\")\"", "sh", path,
                    content).directory(dir.toFile()).start();
            if (shell.waitFor() != 0) {
                throw new IllegalStateException("the shell could not write " + path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file under {@code dir} with its bytes, by relative path. */
    public static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's sample journal (the repository root holds journal.yml and content/). */
    public static Path sampleJournal() {
        return Path.of("").toAbsolutePath();
    }

    /** The sample journal's site, built into {@code site} for 2026-11-24 (the day the golden files are made for). */
    public static Path buildSampleSite(Path site) {
        new Smallwins().build(BuildRequest.of(sampleJournal(), site)
                .withToday(LocalDate.of(2026, 11, 24)));
        return site;
    }

    /**
     * A copy of the sample journal (journal.yml, content/, static/) in {@code to}, every file dated
     * an hour ago so the loader's cache may trust size and time.
     */
    public static Path copySampleJournal(Path to) {
        Path sample = sampleJournal();
        FileTime anHourAgo = FileTime.from(
                Instant.now().minusSeconds(3600));
        try {
            Files.createDirectories(to);
            for (String part : List.of("journal.yml", "content", "static")) {
                try (Stream<Path> walk = Files.walk(sample.resolve(part))) {
                    for (Path p : walk.toList()) {
                        Path copy = to.resolve(sample.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
                            Files.setLastModifiedTime(copy, anHourAgo);
                        }
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Markdown file under the sample journal's content/, in path order. */
    public static List<Path> sampleEntryFiles() {
        try (Stream<Path> walk = Files.walk(sampleJournal().resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
