package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.site.Site;
import org.smallwins.site.SiteFile;

/** {@code disable:} in journal.yml: the sample journal without its search or progress pages. */
class OptionalPagesBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path tmp;

    /** The sample journal copied to {@code name}, with {@code disable} added to its journal.yml. */
    private Path sampleWith(String name, String disable) throws IOException {
        Path journal = JournalFiles.copySampleJournal(tmp.resolve(name));
        if (disable != null) {
            Files.writeString(journal.resolve("journal.yml"), "\ndisable: " + disable + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        return journal;
    }

    private static Set<String> files(Site site) {
        Set<String> paths = new TreeSet<>();
        site.files().forEach(f -> paths.add(f.path()));
        return paths;
    }

    private static boolean isProgressPage(String path) {
        return path.startsWith("progress/") || path.startsWith("milestones/")
                || (path.startsWith("goals/") && !path.equals("goals/index.html"));
    }

    @Test
    void leavesOutSearchAndProgressPagesOnlyAndEveryLinkStillLands() throws IOException {
        Path journal = sampleWith("journal", "[search, progress]");
        Path out = tmp.resolve("site");
        BuildResult result = new Smallwins().build(BuildRequest.of(journal, out).withToday(TODAY));
        Set<String> whole = files(new Smallwins().render(
                BuildRequest.of(sampleWith("whole", null), tmp.resolve("unused")).withToday(TODAY)).site());

        assertThat(result.warnings()).isEmpty();
        Set<String> expected = new TreeSet<>(whole);
        expected.removeIf(path -> isProgressPage(path) || path.startsWith("search/"));
        assertThat(whole).contains("progress/index.html", "milestones/index.html", "search/index.html");
        assertThat(expected).hasSizeLessThan(whole.size() - 3).contains("goals/index.html");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(".smallwins-output")).forEach(written::add);
        }
        assertThat(written).isEqualTo(expected);
        assertThat(SiteLinks.broken(out)).isEmpty();

        Document home = SiteLinks.parse(out.resolve("index.html"));
        assertThat(home.select(".site-nav a").eachText()).doesNotContain("Progress", "Search").contains("Goals", "Tags");
        assertThat(home.text()).doesNotContain("Look how far");
        // Each goal on the goals list leads to the goal's own entry page.
        Document goals = SiteLinks.parse(out.resolve("goals/index.html"));
        List<Element> goalLinks = goals.select(".goal-cards .card__title a");
        assertThat(goalLinks).isNotEmpty();
        for (Element link : goalLinks) {
            Document target = SiteLinks.parse(out.resolve("goals").resolve(link.attr("href")).normalize());
            assertThat(target.select("article.entry--goal h1").text()).isEqualTo(link.text());
        }
    }

    @Test
    void eachGroupLeavesOutItsOwnPages() throws IOException {
        Set<String> noSearch = files(new Smallwins().render(
                BuildRequest.of(sampleWith("a", "search"), tmp.resolve("a-site")).withToday(TODAY)).site());
        Set<String> noProgress = files(new Smallwins().render(
                BuildRequest.of(sampleWith("b", "[progress]"), tmp.resolve("b-site")).withToday(TODAY)).site());

        assertThat(noSearch).doesNotContain("search/index.html").contains("progress/index.html", "milestones/index.html");
        assertThat(noProgress).contains("search/index.html", "goals/index.html")
                .noneMatch(OptionalPagesBuildTest::isProgressPage);
    }

    @Test
    void aRebuildAfterATextEditMatchesACleanBuild() throws IOException {
        Path journal = sampleWith("journal", "[search, progress]");
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY);
        Smallwins warm = new Smallwins();
        warm.render(request);
        Path entry;
        try (Stream<Path> walk = Files.walk(journal.resolve("content/wins"))) {
            entry = walk.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(entry, "\nOne more line.\n", StandardOpenOption.APPEND);

        Site rebuilt = warm.render(request).site();
        Site clean = new Smallwins().render(request).site();

        assertThat(files(rebuilt)).isEqualTo(files(clean)).doesNotContain("search/index.html");
        Map<String, byte[]> cleanBytes = new HashMap<>();
        clean.files().forEach(f -> cleanBytes.put(f.path(), f.content()));
        for (SiteFile file : rebuilt.files()) {
            assertThat(file.content()).as(file.path()).isEqualTo(cleanBytes.get(file.path()));
        }
        assertThat(warm.lastPagesRendered()).isLessThan(clean.files().size() / 2);
    }
}
