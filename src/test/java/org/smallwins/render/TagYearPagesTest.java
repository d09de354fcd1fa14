package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.SiteLinks;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/** A tag on many entries gets a page per year, as the timeline has, so no tag page grows with the journal. */
class TagYearPagesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    @TempDir
    Path tmp;
    private int journals;

    /** {@code perYear[i]} daily wins tagged "walk" from 1 January of 2024 + i (and "outside" on the first). */
    private Path journal(int... perYear) {
        List<String> files = new ArrayList<>(List.of("journal.yml", "title: T\ntimezone: UTC\n"));
        for (int i = 0; i < perYear.length; i++) {
            LocalDate day = LocalDate.of(2024 + i, 1, 1);
            for (int n = 0; n < perYear[i]; n++, day = day.plusDays(1)) {
                files.add("content/wins/" + day + "-walk.md");
                files.add("---\ntitle: Walk " + day + "\ntags: [walk" + (n == 0 ? ", outside" : "") + "]\n---\nA walk.\n");
            }
        }
        return JournalFiles.write(tmp.resolve("j" + (++journals)), files.toArray(String[]::new));
    }

    private BuildResult build(Path journal) {
        return new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));
    }

    private Document page(String path) {
        return SiteLinks.parse(tmp.resolve("site").resolve(path));
    }

    @Test
    void aTagOnMoreThanAHundredEntriesHasItsNewestYearAtItsAddressAndAPagePerYear() {
        build(journal(60, 41));

        Document newest = page("tags/walk/index.html");
        assertThat(newest.select("main article.card")).hasSize(41);
        assertThat(newest.select("main article.card time").eachAttr("datetime")).allMatch(d -> d.startsWith("2025-"));
        assertThat(newest.select(".page-header__meta").text()).isEqualTo("41 entries in 2025, 101 in all.");
        assertThat(newest.title()).startsWith("Tag: walk");
        assertThat(newest.select("nav.years a").eachText()).containsExactly("2025 41 entries", "2024 60 entries");
        assertThat(newest.select("nav.years a[aria-current=true]").text()).startsWith("2025");

        Document older = page("tags/walk/2024/index.html");
        assertThat(older.select("main article.card")).hasSize(60);
        assertThat(older.select("main article.card time").eachAttr("datetime")).allMatch(d -> d.startsWith("2024-"));
        assertThat(older.select(".page-header__meta").text()).isEqualTo("60 entries in 2024, 101 in all.");
        assertThat(older.title()).startsWith("Tag: walk, 2024");
        assertThat(older.select("nav.years a[aria-current=page]").text()).startsWith("2024");
        assertThat(page("tags/walk/2025/index.html").select("main article.card")).hasSize(41);

        // The tags page still counts every entry, and a small tag keeps its one page.
        assertThat(page("tags/index.html").select("a[href*=tags/walk]").text()).contains("101 entries");
        assertThat(tmp.resolve("site/tags/outside/2024/index.html")).doesNotExist();
        assertThat(SiteLinks.broken(tmp.resolve("site"))).isEmpty();
    }

    @Test
    void aTagOnAHundredEntriesOrOnlyOneYearKeepsOnePage() {
        build(journal(60, 40));

        Document all = page("tags/walk/index.html");
        assertThat(all.select("main article.card")).hasSize(100);
        assertThat(all.select("nav.years")).isEmpty();
        assertThat(all.select(".page-header__meta").text()).isEqualTo("100 entries.");
        assertThat(tmp.resolve("site/tags/walk/2024")).doesNotExist();

        build(journal(150));
        assertThat(page("tags/walk/index.html").select("main article.card")).hasSize(150);
        assertThat(tmp.resolve("site/tags/walk/2024")).doesNotExist();
    }

    @Test
    void disableTagYearsKeepsEveryEntryOfATagOnItsOnePage() throws Exception {
        Path dir = journal(60, 41);
        Files.writeString(dir.resolve("journal.yml"), "title: T\ntimezone: UTC\ndisable: [tag-years]\n");
        Files.writeString(dir.resolve("content/wins/2024-12-31-link.md"),
                "---\ntitle: Link\n---\n[w](/tags/walk/2024/)\n");

        List<String> warnings = build(dir).warnings().stream().map(Problem::toString).toList();

        Document all = page("tags/walk/index.html");
        assertThat(all.select("main article.card")).hasSize(101);
        assertThat(all.select("nav.years")).isEmpty();
        assertThat(tmp.resolve("site/tags/walk/2024")).doesNotExist();
        assertThat(SitePages.of(Smallwins.read(BuildRequest.of(dir, null).withToday(TODAY)).journal()))
                .doesNotContain("tags/walk/2024/index.html");
        assertThat(warnings).containsExactly("content/wins/2024-12-31-link.md:4: warning: the link to"
                + " '/tags/walk/2024/' leads nowhere on the site: there is no /tags/walk/2024/ page:"
                + " 'disable: [tag-years]' in journal.yml leaves out a tag's page for each year. Link to '/tags/walk/'"
                + " instead.");
    }

    @Test
    void sitePagesNamesATagsYearPagesAsTheBuildMakesThem() {
        Path dir = journal(60, 41);
        BuildResult result = new Smallwins().render(new BuildRequest(dir, dir.resolve("public"), false, false, TODAY));
        Set<String> built = result.site().files().stream().map(SiteFile::path)
                .filter(p -> !p.startsWith("assets/") && !p.equals("robots.txt")).collect(Collectors.toSet());

        assertThat(SitePages.of(result.journal())).containsExactlyInAnyOrderElementsOf(built)
                .contains("tags/walk/2024/index.html", "tags/walk/2025/index.html")
                .doesNotContain("tags/outside/2024/index.html");
    }

    @Test
    void aLinkToATagsYearThatHasNoPageSaysWhenATagHasThem() throws Exception {
        Path dir = journal(3);
        Files.writeString(dir.resolve("content/wins/2024-02-01-link.md"),
                "---\ntitle: Link\n---\n[w](/tags/walk/2024/)\n");

        List<String> warnings = build(dir).warnings().stream().map(Problem::toString).toList();

        assertThat(warnings).containsExactly("content/wins/2024-02-01-link.md:4: warning: the link to '/tags/walk/2024/'"
                + " leads nowhere on the site: there is no /tags/walk/2024/ page: a tag has a page for each year only"
                + " when it is on more than 100 entries, at '/tags/walk/YYYY/' for each year with one of them."
                + " Link to '/tags/walk/' instead.");
    }
}
