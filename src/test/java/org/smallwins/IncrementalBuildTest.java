package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.problem.Problem;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/**
 * One Smallwins instance rebuilding as a writer edits (the preview server's case) must give the same
 * bytes as a clean build, after every kind of change, while rendering only what changed.
 */
class IncrementalBuildTest {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path journal;

    final Smallwins warm = new Smallwins();

    @BeforeEach
    void writeJournal() throws IOException {
        JournalFiles.write(journal,
                "content/wins/2025-01-01-walk.md", "---\ntitle: Walk\ntags: [walk]\n---\nA walk. See [tea](2025-01-05-tea.md).\n",
                "content/wins/2025-01-05-tea.md", "---\ntitle: Tea\n---\nTea with a friend.\n",
                "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week.\n",
                "content/reflections/2025-03-01-notes.md", "---\ntitle: Notes\ntags: walk\n---\nNotes.\n");
        age();
        warm.render(request());
    }

    /** Files written "an hour ago", so the cache may trust their size and time. */
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

    private void assertSameAsCleanBuild() {
        Site incremental = warm.render(request()).site();
        Site clean = new Smallwins().render(request()).site();
        assertThat(incremental.files()).extracting(SiteFile::path)
                .containsExactlyElementsOf(clean.files().stream().map(SiteFile::path).toList());
        Map<String, byte[]> cleanBytes = new HashMap<>();
        clean.files().forEach(f -> cleanBytes.put(f.path(), f.content()));
        for (SiteFile file : incremental.files()) {
            assertThat(file.content()).as(file.path()).isEqualTo(cleanBytes.get(file.path()));
        }
    }

    private int renderedByLastBuild() {
        return warm.lastPagesRendered();
    }

    @Test
    void noChangeRendersNothing() {
        warm.render(request());
        assertThat(renderedByLastBuild()).isZero();
        assertSameAsCleanBuild();
    }

    @Test
    void editingABodyRendersOnlyPagesThatShowIt() throws IOException {
        JournalFiles.write(journal, "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week, and then rest.\n");
        assertSameAsCleanBuild();
        int total = warm.render(request()).site().files().size();
        JournalFiles.write(journal, "content/setbacks/2025-02-01-tired.md", "---\ntitle: Tired\n---\nA tired week; rest helped.\n");
        warm.render(request());
        assertThat(renderedByLastBuild()).isPositive().isLessThan(total / 2);
    }

    @Test
    void editingATitleUpdatesNeighboursAndLists() throws IOException {
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md", "---\ntitle: Tea, finally\n---\nTea with a friend.\n");
        assertSameAsCleanBuild();
        assertThat(new String(warm.render(request()).site().file("2025/01/01/walk/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).contains("Tea, finally");
    }

    @Test
    void renamingAFileMovesItsPageAndFixesLinksToIt() throws IOException {
        Files.move(journal.resolve("content/wins/2025-01-05-tea.md"), journal.resolve("content/wins/2025-01-06-tea.md"));
        assertSameAsCleanBuild();
        assertThat(warm.render(request()).site().file("2025/01/05/tea/index.html")).isEmpty();
    }

    @Test
    void deletingAFileRemovesItsPageAndTag() throws IOException {
        Files.delete(journal.resolve("content/reflections/2025-03-01-notes.md"));
        Files.delete(journal.resolve("content/wins/2025-01-01-walk.md"));
        assertSameAsCleanBuild();
        assertThat(warm.render(request()).site().file("tags/walk/index.html")).isEmpty();
    }

    @Test
    void changingATemplateRerendersEveryPageThatUsesIt() {
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh", "<h1>${entry.title}</h1>\n");
        assertSameAsCleanBuild();
        assertThat(new String(warm.render(request()).site().file("2025/01/05/tea/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).isEqualTo("<h1>Tea</h1>\n");
    }

    @Test
    void changingSettingsStartsAfresh() {
        JournalFiles.write(journal, "journal.yml", "title: New name\nlocale: de-DE\n");
        assertSameAsCleanBuild();
    }

    @Test
    void addingAnEntryLeavesThePagesOfEntriesThatShowNothingOfItAlone() {
        for (int day = 10; day < 30; day++) {
            JournalFiles.write(journal, "content/wins/2025-05-" + day + "-step.md", "---\ntitle: Step " + day + "\n---\nA step.\n");
        }
        int total = warm.render(request()).site().files().size();

        JournalFiles.write(journal, "content/wins/2025-06-01-swim.md", "---\ntitle: Swim\n---\nSwam.\n");
        warm.render(request());

        // Only its own text is made into HTML (before, every entry's was made again): the other
        // entries' views show nothing of other entries, or (Walk's link to Tea's file) nothing that changed.
        assertThat(warm.lastViewsMade()).isEqualTo(1);
        // Its page, its neighbour's, the lists and the pages that show counts: not every other
        // entry's page, which reads no count (it did when they were part of every page's fingerprint).
        assertThat(renderedByLastBuild()).isPositive().isLessThan(total / 2);
        assertSameAsCleanBuild();
    }

    @Test
    void viewsShowingAGoalAreKeptWhenAnEntryIsAddedAndMadeAgainWhenTheGoalIsRenamed() {
        JournalFiles.write(journal, "content/goals/2025-01-02-walks.md", "---\ntitle: Walk more\nid: walks\n---\nOften.\n");
        for (int day = 10; day < 20; day++) {
            JournalFiles.write(journal, "content/wins/2025-05-" + day + "-step.md",
                    "---\ntitle: Step " + day + "\ngoal: walks\n---\nA step.\n");
        }
        warm.render(request());

        JournalFiles.write(journal, "content/wins/2025-06-01-swim.md", "---\ntitle: Swim\n---\nSwam.\n");
        warm.render(request());
        assertThat(warm.lastViewsMade()).isEqualTo(1);
        assertSameAsCleanBuild();

        JournalFiles.write(journal, "content/goals/2025-01-02-walks.md", "---\ntitle: Walk often\nid: walks\n---\nOften.\n");
        BuildResult renamed = warm.render(request());
        // The goal itself and the ten wins that show its title.
        assertThat(warm.lastViewsMade()).isEqualTo(11);
        assertThat(new String(renamed.site().file("2025/05/12/step/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).contains("Walk often");
        assertSameAsCleanBuild();
    }

    @Test
    void aCardMadeOnceForSeveralPagesCarriesWhatItReadToEachOfThem() throws IOException {
        // A card (written once per build, shown on the timelines and tag pages) that shows a count.
        String card;
        try (InputStream in = IncrementalBuildTest.class.getResourceAsStream(
                "/themes/default/templates/entry-card.ftlh")) {
            card = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(card).contains("<#macro card entry>");
        JournalFiles.write(journal, "themes/default/templates/entry-card.ftlh",
                card.replace("<#macro card entry>", "<#macro card entry><span class=\"n\">of ${counts.entries}</span>"));
        warm.render(request());
        warm.render(request());
        assertThat(renderedByLastBuild()).isZero();

        // Another year, no tag: the walk tag page's own variables are as they were.
        JournalFiles.write(journal, "content/wins/2024-06-01-swim.md", "---\ntitle: Swim\n---\nSwam.\n");
        BuildResult after = warm.render(request());

        assertThat(new String(after.site().file("tags/walk/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).contains("of 5").doesNotContain("of 4");
        assertSameAsCleanBuild();
    }

    @Test
    void aThemeShowingCountsOnEveryEntryPageHasThemRightEverywhereAfterAnEntryIsAdded() {
        JournalFiles.write(journal, "themes/default/templates/entry.ftlh",
                "<h1>${entry.title}</h1>\n<p>One of ${counts.entries}<#if site.title??> in ${site.title}</#if></p>\n");
        int total = warm.render(request()).site().files().size();
        warm.render(request());
        assertThat(renderedByLastBuild()).isZero();

        JournalFiles.write(journal, "content/wins/2025-06-01-swim.md", "---\ntitle: Swim\n---\nSwam.\n");
        BuildResult after = warm.render(request());

        assertThat(new String(after.site().file("2025/01/05/tea/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).contains("One of 5");
        assertThat(renderedByLastBuild()).as("every entry page, and the lists").isGreaterThan(5);
        assertSameAsCleanBuild();
    }

    @Test
    void anEntryLinkingToAFileThatAppearsLaterLinksToItsPage() {
        JournalFiles.write(journal, "content/wins/2025-01-05-tea.md",
                "---\ntitle: Tea\n---\nTea with a friend, then [a swim](2025-04-01-swim.md).\n");
        assertThat(warm.render(request()).warnings()).extracting(Problem::message)
                .anyMatch(m -> m.contains("2025-04-01-swim.md"));

        JournalFiles.write(journal, "content/wins/2025-04-01-swim.md", "---\ntitle: Swim\n---\nSwam.\n");
        BuildResult after = warm.render(request());

        assertThat(after.warnings()).isEmpty();
        assertThat(new String(after.site().file("2025/01/05/tea/index.html").orElseThrow().content(),
                StandardCharsets.UTF_8)).contains("2025/04/01/swim/");
        assertSameAsCleanBuild();
    }

    @Test
    void addingAnEntryAppearsEverywhere() {
        JournalFiles.write(journal, "content/wins/2025-04-01-swim.md", "---\ntitle: Swim\ntags: [walk]\n---\nSwam.\n");
        assertSameAsCleanBuild();
    }
}
