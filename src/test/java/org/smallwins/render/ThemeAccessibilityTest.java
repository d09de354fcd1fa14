package org.smallwins.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/**
 * What the default theme writes for people using a screen reader or the keyboard, on the sample
 * journal's pages: which link is the current page, the Tab order of the header, the names and
 * words that colour or a dot alone would otherwise carry.
 */
class ThemeAccessibilityTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSample() {
        site = JournalFiles.buildSampleSite(tmp.resolve("site"));
    }

    static Document page(String path) {
        return Jsoup.parse(JournalFiles.text(site.resolve(path)));
    }

    /** The main menu's links with their aria-current, "Label=value" (value "-" without one). */
    static List<String> menu(Document page) {
        return page.select("nav.site-nav a").stream()
                .map(a -> a.text() + "=" + (a.hasAttr("aria-current") ? a.attr("aria-current") : "-")).toList();
    }

    @Test
    void ariaCurrentPageOnlyOnTheLinkToThePageItselfAndTrueOnItsSection() {
        assertThat(menu(page("index.html"))).contains("Home=page", "Timeline=-", "Wins=-");
        assertThat(menu(page("timeline/index.html"))).contains("Timeline=page", "Home=-");
        assertThat(menu(page("timeline/2025/index.html"))).contains("Timeline=true");
        // A win's page is in the Wins section, whose link leads elsewhere.
        assertThat(menu(page("2025/05/12/opened-the-curtains/index.html"))).contains("Wins=true")
                .noneMatch(item -> item.endsWith("=page"));
        assertThat(menu(page("tags/index.html"))).contains("Tags=page");
        assertThat(menu(page("tags/walk/index.html"))).contains("Tags=true");
        assertThat(menu(page("404.html"))).allMatch(item -> item.endsWith("=-"));
        assertThat(page("support/index.html").selectFirst(".help-link").attr("aria-current")).isEqualTo("page");

        // The years of a timeline: the newest is shown on the index page, whose link leads to its own page.
        Document index = page("timeline/index.html");
        assertThat(index.select(".years a[aria-current]")).singleElement()
                .satisfies(a -> assertThat(a.attr("aria-current")).isEqualTo("true"))
                .satisfies(a -> assertThat(a.attr("href")).isEqualTo("../timeline/2026/index.html"));
        assertThat(page("timeline/2025/index.html").select(".years a[aria-current]")).singleElement()
                .satisfies(a -> assertThat(a.attr("aria-current")).isEqualTo("page"))
                .satisfies(a -> assertThat(a.attr("href")).endsWith("2025/index.html"));
        assertThat(page("progress/2025/index.html").select(".years a[aria-current]")).singleElement()
                .satisfies(a -> assertThat(a.attr("aria-current")).isEqualTo("page"))
                .satisfies(a -> assertThat(a.text()).isEqualTo("2025"));
    }

    @Test
    void getHelpNowComesBeforeTheMenuSoItIsTheThirdTabStop() {
        Document home = page("index.html");
        List<String> focusable = home.select("a[href], button:not([hidden])").stream()
                .map(e -> e.hasClass("skip-link") ? "skip" : e.hasClass("brand") ? "brand" : e.text()).limit(4).toList();
        assertThat(focusable).containsExactly("skip", "brand", "Get help now", "Home");
    }

    @Test
    void chartTablesScrollByKeyboardAndAreNamed() {
        List<Element> boxes = page("progress/index.html").select(".chart-data__scroll");
        assertThat(boxes).isNotEmpty().allSatisfy(box -> {
            assertThat(box.attr("tabindex")).isEqualTo("0");
            assertThat(box.attr("role")).isEqualTo("region");
            String summary = box.parent().selectFirst("summary").text();
            assertThat(box.attr("aria-label")).startsWith("The numbers behind “").isEqualTo(summary);
        });
    }

    @Test
    void onThisDaySaysEachEntrysTypeInWordsNotOnlyByItsDot() {
        Element box = page("progress/index.html").getElementById("on-this-day");
        List<Element> shown = box.select("[data-otd=list] li, [data-otd=year-ago] li");
        // The words for each type, once each, for the script's copies of the entries' links.
        List<Element> words = box.select("[data-otd=types] > span.entry-link__type.sr-only");
        assertThat(words).isNotEmpty();
        for (Element span : words) {
            assertThat(span.text()).as(span.toString()).isEqualTo(switch (span.attr("data-type")) {
                case "win" -> "Win:";
                case "reflection" -> "Reflection:";
                case "setback" -> "Setback:";
                default -> "Goal:";
            });
        }
        for (Element li : shown) {
            assertThat(li.selectFirst(".entry-link__type.sr-only")).as(li.toString()).isNotNull();
        }
        // Elsewhere the words around the link say the type already.
        assertThat(page("progress/index.html").select(".then-now .entry-link__type")).isEmpty();
    }

    @Test
    void yearLinksSayWhatTheirCountCounts(@TempDir Path journal) {
        JournalFiles.write(journal,
                "content/wins/2025-03-01-walk.md", "---\ntitle: Walk\n---\nOut.\n",
                "content/wins/2026-03-01-walk.md", "---\ntitle: Walk again\n---\nOut.\n",
                "content/wins/2026-03-02-walk.md", "---\ntitle: And again\n---\nOut.\n",
                "content/reflections/2025-03-03-why.md", "---\ntitle: Why\n---\nThinking.\n");
        Path out = journal.resolve("out");
        new Smallwins().build(BuildRequest.of(journal, out).withToday(LocalDate.of(2026, 11, 24)));
        Document timeline = Jsoup.parse(JournalFiles.text(out.resolve("timeline/index.html")));
        assertThat(timeline.select(".years a").eachText()).containsExactly("2026 2 entries", "2025 2 entries");
        Document wins = Jsoup.parse(JournalFiles.text(out.resolve("wins/index.html")));
        assertThat(wins.select(".years a").eachText()).containsExactly("2026 2 wins", "2025 1 win");
        assertThat(wins.select(".years__count .sr-only").eachText()).containsExactly("wins", "win");
    }

    @Test
    void aTagPagesTitleSaysItIsATag() {
        assertThat(page("tags/walk/index.html").title()).startsWith("Tag: walk · ");
        assertThat(page("tags/walk/index.html").selectFirst("h1").text()).isEqualTo("#walk");
    }
}
