package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.BuildResult;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.problem.Problem;
import org.smallwins.site.SiteFile;

/** The pages SitePages names without rendering are the pages a build makes, and the build warns about links to others. */
class SitePagesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @TempDir
    Path tmp;

    /** Two years, a future entry, goals (one not started yet), tags, an id and a tag a slug makes nothing of. */
    private Path journal(String settings, String... more) {
        List<String> files = new ArrayList<>(List.of(
                "journal.yml", "title: T\ntimezone: UTC\n" + settings,
                "content/wins/2023-06-01-old.md", "---\ntags: [Walk, 'Café']\n---\nOld.\n",
                "content/reflections/2024-12-31-look.md", "---\ntags: ['!!']\n---\nLook.\n",
                "content/goals/2025-01-06-walk.md", "---\nid: walk\n---\nGoal.\n",
                "content/goals/2025-05-01-later.md", "---\nid: later\n---\nNot yet.\n",
                "content/wins/2025-01-07-a.md", "---\ngoal: walk\ntags: [walk, outside]\n---\nA.\n",
                "content/wins/2026-01-01-future.md", "---\ntags: [someday]\n---\nLater.\n"));
        files.addAll(List.of(more));
        return JournalFiles.write(tmp.resolve("j"), files.toArray(String[]::new));
    }

    private static BuildResult render(Path dir) {
        return new Smallwins().render(new BuildRequest(dir, dir.resolve("public"), false, false, TODAY));
    }

    private static Set<String> paths(BuildResult result) {
        return result.site().files().stream().map(SiteFile::path).collect(Collectors.toSet());
    }

    private void samePagesAsTheBuild(Path dir) {
        BuildResult result = render(dir);
        // Copied as they are: static/'s files, and the files beside the entries that they show.
        Set<String> copied = result.site().files().stream().filter(f -> Files.isRegularFile(
                dir.resolve("static").resolve(f.path())) || f.path().startsWith(EntryFiles.FOLDER))
                .map(SiteFile::path).collect(Collectors.toSet());
        Set<String> built = paths(result);
        built.removeAll(copied);
        Set<String> pages = built.stream().filter(p -> !p.startsWith("assets/") && !p.equals("robots.txt"))
                .collect(Collectors.toSet());
        assertThat(SitePages.of(result.journal())).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(SitePages.files(result.journal(), dir)).containsExactlyInAnyOrderElementsOf(built);
    }

    @Test
    void namesEveryPageTheBuildMakesAndNoOther() {
        samePagesAsTheBuild(journal(""));
    }

    @Test
    void leavesOutWhatJournalYmlDisables() {
        Path dir = journal("disable: [search, progress]\n");
        samePagesAsTheBuild(dir);
        assertThat(SitePages.of(render(dir).journal())).doesNotContain("search/index.html", "progress/index.html",
                "milestones/index.html", "goals/walk/index.html").contains("goals/index.html", "support/index.html");
    }

    @Test
    void namesTheSampleJournalsPages() {
        samePagesAsTheBuild(JournalFiles.sampleJournal());
    }

    @Test
    void resolvesLinksAsABrowserDoesFromTheEntrysPage() {
        String page = "2025/03/07/l/";
        assertThat(SitePages.resolve(page, "/support/")).isEqualTo("support/");
        assertThat(SitePages.resolve(page, "../support/")).isEqualTo("2025/03/07/support/");
        assertThat(SitePages.resolve(page, "../../../../support")).isEqualTo("support");
        assertThat(SitePages.resolve(page, "photo.jpg")).isEqualTo("2025/03/07/l/photo.jpg");
        assertThat(SitePages.resolve(page, "/")).isEqualTo("");
        assertThat(SitePages.resolve(page, "../../../../../x")).isNull();
        Set<String> files = Set.of("index.html", "support/index.html", "images/a.png");
        assertThat(SitePages.has(files, "support/")).isTrue();
        assertThat(SitePages.has(files, "support")).isTrue();
        assertThat(SitePages.has(files, "")).isTrue();
        assertThat(SitePages.has(files, "images/a.png")).isTrue();
        assertThat(SitePages.has(files, "images/a.png/")).isFalse();
        assertThat(SitePages.has(files, "tags/x/")).isFalse();
        assertThat(SitePages.fromRoot("../support/#top")).isEqualTo("support/");
    }

    @Test
    void theBuildWarnsAboutLinksToPagesItDoesNotMake() {
        Path dir = journal("disable: [search]\n", "static/images/sun.svg", "<svg/>",
                "content/wins/2025-03-07-l.md", "---\ntitle: L\n---\n"
                        + "[s](/support/) [p](/progress/?x=1) [w](/tags/walk/#top) [i](/images/sun.svg) [h](/)\n\n"
                        + "[t](/tags/nosuchtag/) [y](/2025/13/99/nothing/) [f](/search/)\n\n"
                        + "[r](../support/) [ok](../../../../support/) [img](/images/moon.png)\n");

        BuildResult result = render(dir);

        List<String> warnings = result.warnings().stream().filter(p -> p.path().endsWith("2025-03-07-l.md"))
                .map(Problem::toString).toList();
        assertThat(warnings).hasSize(5);
        assertThat(warnings.get(0)).startsWith("content/wins/2025-03-07-l.md:6: warning: the link to '/2025/13/99/nothing/'");
        assertThat(warnings.get(1)).startsWith("content/wins/2025-03-07-l.md:6: warning: the link to '/search/'")
                .contains("disable: [search]");
        assertThat(warnings.get(2)).startsWith("content/wins/2025-03-07-l.md:6: warning: the link to '/tags/nosuchtag/' "
                + "leads nowhere on the site: there is no /tags/nosuchtag/ page: no entry on the site has the tag 'nosuchtag'.");
        assertThat(warnings.get(3)).startsWith("content/wins/2025-03-07-l.md:8: warning: the link to '../support/' "
                + "leads nowhere on the site: there is no /2025/03/07/support/").endsWith("To link to /support/, write '/support/'.");
        assertThat(warnings.get(4)).startsWith("content/wins/2025-03-07-l.md:8: warning: the link to '/images/moon.png'")
                .contains("static/images/moon.png");
    }
}
