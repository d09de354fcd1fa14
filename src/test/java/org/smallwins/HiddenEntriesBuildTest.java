package org.smallwins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts, private entries and Jekyll's {@code published: false} leave no trace on a site built
 * without them: not their words, not their names, not a count, a milestone or a neighbour's link.
 */
class HiddenEntriesBuildTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /** Words that appear only in the hidden entries, and their dates and slugs. */
    static final List<String> SECRETS = List.of("zebraword", "quokkaword", "otterword", "ocelotword", "lemurword",
            "yakword", "zebra-stroll", "quokka-stroll", "otter-note", "2026/11/10", "2026/11/12",
            "2026/11/14", "2025/11/24");

    @TempDir
    Path tmp;

    /** Public wins: enough for the 10th-win milestone, a goal with check-ins, a tag, this day last year. */
    private static Path publicJournal(Path dir) {
        List<String> files = new ArrayList<>(List.of(
                "content/goals/2026-09-01-walk-goal.md",
                "---\ntitle: Walk a bit\nid: walk-goal\ncadence: weekly\ntarget: 1\nstarted: 2026-09-01\n---\n",
                "content/wins/2025-11-23-year-ago.md", "---\ntitle: A year ago\ntags: [walk]\nmood: 2\n---\nOnce.\n",
                "content/wins/2026-11-20-after.md",
                "---\ntitle: After\ntags: [walk]\ngoal: [walk-goal, ocelotword-goal, lemurword-goal]\nmood: 4\n---\nOn.\n"));
        for (int day = 1; day <= 9; day++) {
            files.add("content/wins/2026-11-0" + day + "-walk.md");
            files.add("---\ntitle: Walk " + day + "\ntags: [walk]\ngoal: [walk-goal]\nmood: 3\n---\nA walk.\n");
        }
        return JournalFiles.write(dir, files.toArray(String[]::new));
    }

    /** The same journal with a draft, a private and an unpublished entry, a hidden goal of each kind. */
    private static Path withHiddenEntries(Path dir) {
        publicJournal(dir);
        return JournalFiles.write(dir,
                "content/wins/2026-11-10-zebra-stroll.md", "---\ntitle: Zebraword stroll\ntags: [walk, zebrawordtag]\n"
                        + "goal: [walk-goal]\nmood: 5\ndraft: true\nmilestone: true\n---\nZebraword body.\n",
                "content/wins/2026-11-12-quokka-stroll.md", "---\ntitle: Quokkaword stroll\ntags: [walk, quokkawordtag]\n"
                        + "goal: [walk-goal]\nmood: 1\nprivate: true\n---\nQuokkaword body.\n",
                "content/reflections/2026-11-14-otter-note.md",
                "---\ntitle: Otterword note\ntags: [otterwordtag]\npublished: false\n---\nOtterword body.\n",
                "content/wins/2025-11-24-yak.md", "---\ntitle: Yakword this day last year\ndraft: true\n---\nYakword.\n",
                "content/goals/2026-09-02-ocelot.md", "---\ntitle: Ocelotword goal\nid: ocelotword-goal\ncadence: weekly\n"
                        + "target: 1\nstarted: 2026-09-02\ndraft: true\n---\nOcelotword.\n",
                "content/goals/2026-09-03-lemur.md", "---\ntitle: Lemurword goal\nid: lemurword-goal\ncadence: weekly\n"
                        + "target: 1\nstarted: 2026-09-03\nprivate: true\n---\nLemurword.\n");
    }

    private Map<String, byte[]> build(Path journal, String site) {
        new Smallwins().build(BuildRequest.of(journal, tmp.resolve(site)).withToday(TODAY));
        return JournalFiles.read(tmp.resolve(site));
    }

    @Test
    void aSiteBuiltWithHiddenEntriesIsTheSiteBuiltWithoutThem() {
        Map<String, byte[]> withHidden = build(withHiddenEntries(tmp.resolve("hidden")), "site-hidden");
        Map<String, byte[]> without = build(publicJournal(tmp.resolve("public")), "site-public");

        // Every count, milestone, calendar, neighbour link and search index entry is as if they were never written.
        assertThat(withHidden.keySet()).isEqualTo(without.keySet());
        for (String file : without.keySet()) {
            assertThat(new String(withHidden.get(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(new String(without.get(file), StandardCharsets.UTF_8));
        }
        List<String> found = new ArrayList<>();
        withHidden.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase();
            SECRETS.stream().filter(s -> text.contains(s) || file.contains(s)).forEach(s -> found.add(file + ": " + s));
        });
        assertThat(found).isEmpty();
    }

    @Test
    void aWinNamingADraftOrPrivateGoalNamesNeitherItsTitleNorItsId() {
        build(withHiddenEntries(tmp.resolve("hidden")), "site");

        Document page = SiteLinks.parse(tmp.resolve("site/2026/11/20/after/index.html"));
        assertThat(page.select(".goal")).extracting(goal -> goal.text()).containsExactly("Walk a bit");
        assertThat(page.outerHtml().toLowerCase()).doesNotContain("ocelot").doesNotContain("lemur");
    }

    @Test
    void aWinNamingOnlyAHiddenGoalShowsNoCountsToward() {
        Path journal = JournalFiles.write(tmp.resolve("journal"),
                "content/goals/2026-09-03-drink.md", "---\ntitle: Stop drinking\nid: stop-drinking\ncadence: weekly\n"
                        + "target: 1\nstarted: 2026-09-03\nprivate: true\n---\n",
                "content/wins/2026-11-20-evening.md", "---\ntitle: A quiet evening\ngoal: stop-drinking\n---\nTea.\n");
        build(journal, "site");

        Document page = SiteLinks.parse(tmp.resolve("site/2026/11/20/evening/index.html"));
        assertThat(page.select("dt")).extracting(dt -> dt.text()).doesNotContain("Counts toward");
        assertThat(page.outerHtml().toLowerCase()).doesNotContain("drinking");
    }

    @Test
    void aLinkToAHiddenEntrysPageByItsAddressDoesNotPublishTheAddress() {
        Path journal = withHiddenEntries(tmp.resolve("hidden"));
        JournalFiles.write(journal, "content/wins/2026-11-21-links.md", "---\ntitle: Links\n---\n"
                + "[one](/2026/11/10/zebra-stroll/) [two](../../12/quokka-stroll/index.html) [three](/2026/11/20/after/)"
                + " [four](/2026/11/14/otter-note)\n");
        BuildResult built = new Smallwins().build(BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY));

        Document page = SiteLinks.parse(tmp.resolve("site/2026/11/21/links/index.html"));
        assertThat(page.select("main p a")).extracting(a -> a.attr("href"))
                .containsExactly("#", "#", "../../../../2026/11/20/after/", "#");
        assertThat(page.outerHtml()).doesNotContain("zebra").doesNotContain("quokka").doesNotContain("otter");
        // The writer still hears of each link that leads nowhere.
        assertThat(built.warnings()).filteredOn(p -> p.toString().contains("leads nowhere")).hasSize(3);
    }

    @Test
    void aLinkByAddressFollowsTheDraftInAndOutOfTheSiteAcrossBuilds() {
        Path journal = withHiddenEntries(tmp.resolve("hidden"));
        JournalFiles.write(journal, "content/wins/2026-11-21-links.md",
                "---\ntitle: Links\n---\n[one](/2026/11/10/zebra-stroll/)\n");
        Smallwins smallwins = new Smallwins();
        BuildRequest request = BuildRequest.of(journal, tmp.resolve("site")).withToday(TODAY);
        Path page = tmp.resolve("site/2026/11/21/links/index.html");
        String draft = "content/wins/2026-11-10-zebra-stroll.md";

        smallwins.build(request);
        assertThat(SiteLinks.parse(page).select("main p a").attr("href")).isEqualTo("#");
        JournalFiles.write(journal, draft, "---\ntitle: Zebraword stroll\n---\nPublished now.\n");
        smallwins.build(request);
        assertThat(SiteLinks.parse(page).select("main p a").attr("href")).isEqualTo("../../../../2026/11/10/zebra-stroll/");
        // A new Smallwins starts from the cache beside the output, made while the entry was published.
        JournalFiles.write(journal, draft, "---\ntitle: Zebraword stroll\ndraft: true\n---\nA draft again.\n");
        new Smallwins().build(request);
        assertThat(SiteLinks.parse(page).select("main p a").attr("href")).isEqualTo("#");
    }
}
