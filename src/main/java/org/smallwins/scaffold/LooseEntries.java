package org.smallwins.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entries kept outside a content/ folder. Without content/, a journal's entries are the Markdown
 * files in the folder itself; making content/ (for a new entry, or a whole new journal) would
 * quietly leave them out of the site.
 */
final class LooseEntries {
    private LooseEntries() {
    }

    /** The first such file, relative to {@code journalDir}; empty when there is none (or no folder). */
    static Optional<String> first(Path journalDir) {
        return all(journalDir).stream().findFirst();
    }

    /** Every such file, relative to {@code journalDir}, sorted; none when there is no folder. */
    static List<String> all(Path journalDir) {
        if (!Files.isDirectory(journalDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(journalDir, 3)) {
            return walk.filter(p -> {
                String lower = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (lower.endsWith(".md") || lower.endsWith(".markdown")) && Files.isRegularFile(p);
            }).map(p -> NewEntry.relative(journalDir, p))
                    .filter(relative -> !relative.startsWith(".") && !relative.startsWith(Archetype.DIR + "/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
