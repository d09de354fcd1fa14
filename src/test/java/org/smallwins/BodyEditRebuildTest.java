package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * Edits to entries' text alone take a shortcut in a rebuild (the last page plan is kept and only
 * the pages that show those entries are redone). On the sample journal, which shows every feature,
 * editing any entry's text this way must give the same bytes as a clean build.
 */
class BodyEditRebuildTest {
    static final LocalDate TODAY = LocalDate.of(2025, 11, 24);

    @TempDir
    Path journal;

    final Smallwins warm = new Smallwins();
    List<Path> entries;

    @BeforeEach
    void copySampleJournal() throws IOException {
        JournalFiles.copySampleJournal(journal);
        try (Stream<Path> walk = Files.walk(journal.resolve("content"))) {
            entries = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        warm.render(request());
    }

    private BuildRequest request() {
        return BuildRequest.of(journal, journal.resolve("public")).withToday(TODAY);
    }

    /** The entry with its first paragraph changed (so its summary changes) and a new word at the end. */
    private static void editText(Path entry, String word) throws IOException {
        String text = Files.readString(entry);
        int body = text.indexOf("\n---\n", 4) + 5;
        Files.writeString(entry, text.substring(0, body) + "Edited, " + text.substring(body) + "\nAlso " + word + ".\n");
    }

    private void assertSameAsCleanBuild(Site incremental, String after) {
        Site clean = new Smallwins().render(request()).site();
        assertThat(incremental.files()).as(after).extracting(SiteFile::path)
                .containsExactlyElementsOf(clean.files().stream().map(SiteFile::path).toList());
        Map<String, byte[]> cleanBytes = new HashMap<>();
        clean.files().forEach(f -> cleanBytes.put(f.path(), f.content()));
        for (SiteFile file : incremental.files()) {
            assertThat(file.content()).as("%s after %s", file.path(), after).isEqualTo(cleanBytes.get(file.path()));
        }
    }

    @Test
    void editingAnyEntrysTextGivesTheCleanBuildsBytes() throws IOException {
        int total = warm.render(request()).site().files().size();
        int shortcuts = 0;
        int searchable = 0;
        for (int i = 0; i < entries.size(); i++) {
            Path entry = entries.get(i);
            editText(entry, "zebrafish" + i);
            Site rebuilt = warm.render(request(), Set.of(entry)).site();
            assertSameAsCleanBuild(rebuilt, journal.relativize(entry).toString());
            if (new String(rebuilt.file("search/index.html").orElseThrow().content(), StandardCharsets.UTF_8)
                    .contains("zebrafish" + i)) {
                searchable++;
            }
            if (warm.lastPagesRendered() < total / 4) {
                shortcuts++;
            }
        }
        // Published entries' new words are found (drafts and private entries are not published);
        // every entry but goals (whose page copies the goal's text) took the shortcut.
        assertThat(searchable).isGreaterThan(entries.size() * 3 / 4);
        assertThat(shortcuts).isGreaterThan(entries.size() * 3 / 4);
    }

    @Test
    void aFrontMatterEditBetweenTextEditsIsStillRightEverywhere() throws IOException {
        Path first = entries.get(entries.size() / 2);
        Path second = entries.get(entries.size() / 3);
        editText(first, "otter");
        warm.render(request(), Set.of(first));
        editText(second, "heron");
        warm.render(request(), Set.of(second));

        // A new title: more than text, so the plan is made again, from the views the text edits left.
        Files.writeString(first, Files.readString(first).replaceFirst("(?m)^title: .*$", "title: A new title"));
        assertSameAsCleanBuild(warm.render(request(), Set.of(first)).site(), "a new title");
        // Two entries' text in one rebuild (an editor that saves all), the first text edit after the
        // plan was made: the one that works out which pages show which entry.
        editText(first, "egret");
        editText(second, "plover");
        assertSameAsCleanBuild(warm.render(request(), Set.of(first, second)).site(), "two text edits at once");
        editText(first, "kingfisher");
        assertSameAsCleanBuild(warm.render(request(), Set.of(first)).site(), "a text edit after the title");
        Files.delete(second);
        assertSameAsCleanBuild(warm.render(request(), Set.of(second)).site(), "a deletion");
        editText(first, "wren");
        assertSameAsCleanBuild(warm.render(request(), Set.of(first)).site(), "a text edit after the deletion");
    }
}
