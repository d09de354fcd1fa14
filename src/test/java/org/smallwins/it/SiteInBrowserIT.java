package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.config.SettingsLoader;
import org.smallwins.load.JournalLoader;
import org.smallwins.model.Entry;
import org.smallwins.problem.ProblemList;
import org.smallwins.render.SearchReference;

/**
 * The sample site opened straight from disk, as the README's first command leaves it: styles load,
 * the navigation leads from page to page, nothing is fetched from another host, and a phone-sized
 * window never scrolls sideways. Screenshots land in target/screenshots for a person to look at.
 */
class SiteInBrowserIT {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSample() {
        site = JournalFiles.buildSampleSite(tmp.resolve("site"));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void pagesOpenFromDiskStyledLinkedAndLocal(int width) throws Exception {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            assertStyledAndLocal(browser, width);
            screenshot(browser, "home-" + width);
            // "Get help now" is the third stop of the Tab key (after "Skip to content" and the
            // journal's name), and on a wide screen it is seen where it is reached: on the brand's
            // row, to the right, above the menu.
            for (int i = 0; i < 3; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Get help now");
            if (width >= 640) {
                Rectangle help = browser.findElement(By.cssSelector(".help-link")).getRect();
                Rectangle menu = browser.findElement(By.cssSelector(".site-nav")).getRect();
                Rectangle brand = browser.findElement(By.cssSelector(".brand")).getRect();
                assertThat(help.getY() + help.getHeight()).isLessThanOrEqualTo(menu.getY());
                assertThat(help.getX()).isGreaterThan(brand.getX() + brand.getWidth());
            }

            browser.findElement(By.cssSelector("nav a[href*='timeline/']")).click();
            assertThat(browser.getTitle()).contains("Timeline");
            assertStyledAndLocal(browser, width);
            screenshot(browser, "timeline-" + width);

            WebElement firstEntry = browser.findElements(By.cssSelector("main a[href]")).stream()
                    .filter(a -> a.getAttribute("href").matches(".*/\\d{4}/\\d{2}/\\d{2}/[^/]+/index\\.html"))
                    .findFirst().orElseThrow();
            String title = firstEntry.getText();
            firstEntry.click();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.getCurrentUrl()).matches(".*/\\d{4}/\\d{2}/\\d{2}/[^/]+/index\\.html");
            assertThat(title).isNotBlank();
            assertStyledAndLocal(browser, width);
            screenshot(browser, "entry-" + width);

            browser.findElement(By.cssSelector("a[rel=prev]")).click();
            assertThat(browser.getCurrentUrl()).endsWith("/index.html");
            assertStyledAndLocal(browser, width);

            browser.findElement(By.cssSelector("nav a[href*='tags/']")).click();
            browser.findElement(By.cssSelector("main a[href*='tags/walk']")).click();
            assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase("walk");
            assertStyledAndLocal(browser, width);
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void progressAndGoalPagesDrawTheirChartsLocally(int width) throws Exception {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            browser.findElement(By.cssSelector("nav a[href*='progress/']")).click();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Look how far you’ve come");
            assertStyledAndLocal(browser, width);
            // The calendar comes in two layouts, one shown for the window's width.
            List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart")).stream()
                    .filter(WebElement::isDisplayed).toList();
            assertThat(charts).hasSize(4);
            assertThat(browser.findElements(By.cssSelector("svg.chart--calendar-narrow")).get(0).isDisplayed())
                    .isEqualTo(width < 576);
            long column = (Long) browser.executeScript("return document.querySelector('main').clientWidth");
            for (WebElement chart : charts) {
                // Each chart spans most of the text column, on a phone as on a wide screen.
                assertThat(chart.getRect().getWidth()).as("chart width").isGreaterThan((int) (column * 0.7));
                assertThat(chart.getRect().getHeight()).as("chart height").isGreaterThan(40);
                assertThat(chart.getAttribute("role")).isEqualTo("img");
            }
            // The theme colours the calendar: a day with wins is filled, not the browser's default black.
            Object fill = browser.executeScript(
                    "return getComputedStyle(document.querySelector('.chart__cell--l1, .chart__cell--l2, "
                            + ".chart__cell--l3, .chart__cell--l4')).fill");
            assertThat(fill).isNotIn("rgb(0, 0, 0)", "none");
            screenshot(browser, "progress-" + width);

            browser.findElement(By.cssSelector("nav a[href*='goals/']")).click();
            browser.findElement(By.cssSelector("main a[href*='goals/walk-outside/']")).click();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Walk outside once a week");
            assertThat(browser.findElements(By.cssSelector("svg.chart--calendar"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("main .card--win"))).isNotEmpty();
            assertStyledAndLocal(browser, width);
            screenshot(browser, "goal-" + width);
        } finally {
            browser.quit();
        }
    }

    /**
     * The page is built on 24 November 2026 and read "on" 9 June 2026: the inline script finds the
     * entries of 9 June 2025 in the page's own date index. The browser's clock is set by a script
     * that runs before the page's own, so the page carries no test hook.
     */
    @Test
    void onThisDayFollowsTheReadersDateAndRunsAgainForInjectedContent() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "(() => { const fixed = new Date(2026, 5, 9, 12, 0, 0).getTime(); const Real = Date;"
                            + " class Fixed extends Real { constructor(...a) { if (a.length === 0) { super(fixed); }"
                            + " else { super(...a); } } static now() { return fixed; } }"
                            + " window.Date = Fixed; })();"));
            browser.get(site.resolve("progress/index.html").toUri().toString());
            WebElement box = browser.findElement(By.id("on-this-day"));
            assertThat(box.getAttribute("data-today")).isEqualTo("2026-11-24");
            assertThat(box.findElement(By.cssSelector("[data-otd=date] time")).getAttribute("datetime"))
                    .isEqualTo("2026-06-09");
            List<String> items = box.findElements(By.cssSelector("[data-otd=list] li")).stream()
                    .map(li -> li.getText().replaceAll("\\s+", " ")).toList();
            // As the lists the page was built with show them: the entry's type in words for a screen
            // reader (a dot's colour shows it), the link, then the entry's date.
            assertThat(items).containsExactly("1 year ago Win: Breakfast at the table 9 June 2025");
            assertThat(box.findElement(By.cssSelector("[data-otd=list] .entry-link__type")).getAttribute("class"))
                    .contains("sr-only");
            assertThat(box.findElement(By.cssSelector("[data-otd=list] a")).getAttribute("href"))
                    .endsWith("/2025/06/09/breakfast-at-the-table/index.html");
            // The page keeps bare links and each type's words once: the copy shown is a whole entry link.
            assertThat(box.findElement(By.cssSelector("[data-otd=list] a")).getAttribute("class"))
                    .isEqualTo("entry-link entry-link--win");
            assertThat(box.findElements(By.cssSelector("[data-otd=list] [data-type], [data-otd=entries] li"))).isEmpty();
            assertThat(box.findElements(By.cssSelector("[data-otd=year-ago] li")).stream()
                    .map(li -> li.getText().replaceAll("\\s+", " ")))
                    .containsExactly("Win: Breakfast at the table 9 June 2025");
            assertThat(box.findElement(By.cssSelector("[data-otd=list] .entry-link__mark"))).isNotNull();
            assertThat(box.findElement(By.cssSelector("[data-otd=list] time")).getAttribute("datetime"))
                    .isEqualTo("2025-06-09");
            assertThat(box.findElement(By.cssSelector("[data-otd=empty]")).isDisplayed()).isFalse();

            // Content put in by a script later: the same function fills the lists again on the event.
            browser.executeScript("document.querySelector('[data-otd=list]').textContent = '';"
                    + "document.dispatchEvent(new Event('smallwins:content'));");
            assertThat(box.findElements(By.cssSelector("[data-otd=list] li"))).hasSize(1);
        } finally {
            browser.quit();
        }
    }

    /**
     * A word most entries have: more results than the page lists at first. The live status says how
     * many are shown of how many, and a button lists the rest, the keyboard going on from the first
     * entry it added.
     */
    @Test
    void searchSaysWhenItShowsOnlyTheFirstResultsAndAButtonShowsTheRest() throws Exception {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(site.resolve("search/index.html").toUri().toString());
            WebElement input = browser.findElement(By.id("search-input"));
            input.sendKeys("the");
            WebElement status = browser.findElement(By.id("search-status"));
            assertThat(status.getAttribute("role")).isEqualTo("status");
            Matcher found = Pattern
                    .compile("(\\d+) entries found\\. Showing the first 50 of (\\d+)\\.").matcher(status.getText());
            assertThat(found.matches()).as(status.getText()).isTrue();
            int total = Integer.parseInt(found.group(1));
            assertThat(found.group(2)).isEqualTo(found.group(1));
            assertThat(total).isGreaterThan(50);
            assertThat(browser.findElements(By.cssSelector("#search-results > li"))).hasSize(50);
            WebElement more = browser.findElement(By.id("search-more"));
            assertThat(more.isDisplayed()).isTrue();
            assertThat(more.getText()).isEqualTo("Show all " + total);
            screenshot(browser, "search-first-50");

            more.click();
            List<WebElement> results = browser.findElements(By.cssSelector("#search-results > li"));
            assertThat(results).hasSize(total);
            assertThat(more.isDisplayed()).isFalse();
            assertThat(status.getText()).isEqualTo(total + " entries found. Showing all " + total + ".");
            assertThat(browser.switchTo().activeElement()).isEqualTo(results.get(50).findElement(By.tagName("a")));

            // A narrower search lists everything at once, with no button and no note.
            input.clear();
            input.sendKeys("breakfast");
            assertThat(status.getText()).matches("\\d+ entr(y|ies) found\\.");
            assertThat(more.isDisplayed()).isFalse();
        } finally {
            browser.quit();
        }
    }

    /** Japanese, written without spaces: search.js splits what is typed as the index split the text. */
    @Test
    void searchFindsAnyPartOfJapaneseTextAsThePlainIndexDoes() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("japanese"), "journal.yml", "title: T\nlocale: ja-JP\n",
                "content/wins/2026-04-01-walk.md", "---\ntitle: 散歩に行った\ntags: [健康]\n---\n今日は公園で水を飲んだ。\n",
                "content/wins/2026-04-02-call.md", "---\ntitle: 友だちに電話した\n---\nコーヒーを2杯。\n");
        searchesAsThePlainIndex(journal, LocalDate.of(2026, 4, 3), List.of("行った", "公園", "水を飲んだ", "電話", "た",
                "ヒー", "2杯", "健康", "公園 電話"), "公園 電話");
    }

    /**
     * Builds {@code journal} for {@code today} and types each query into its search page: the page
     * lists the entries the plain index finds (see {@link SearchReference}), in its order, and finds
     * something for every query but {@code findsNothing}.
     */
    private void searchesAsThePlainIndex(Path journal, LocalDate today, List<String> queries, String findsNothing)
            throws Exception {
        Path built = tmp.resolve(journal.getFileName() + "-site");
        new Smallwins().build(BuildRequest.of(journal, built).withToday(today));
        List<Entry> entries = new JournalLoader(journal, SettingsLoader.load(journal).settings())
                .load(new JournalLoader.Selection(false, false), today, new ProblemList()).entries();
        SearchReference reference = new SearchReference(entries);
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(built.resolve("search/index.html").toUri().toString());
            for (String query : queries) {
                @SuppressWarnings("unchecked")
                List<String> shown = (List<String>) browser.executeScript(
                        "var input = document.getElementById('search-input');"
                        + "input.value = arguments[0]; input.dispatchEvent(new Event('input'));"
                        + "return Array.from(document.querySelectorAll('#search-results > li > a'), a => a.textContent);",
                        query);
                List<String> expected = reference.results(query).stream().map(i -> entries.get(i).title()).toList();
                assertThat(shown).as(query).isEqualTo(expected);
                if (!query.equals(findsNothing)) {
                    assertThat(expected).as(query).isNotEmpty();
                }
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Latin letters with no accent to drop: search.js spells what is typed plainly as the index spells
     * the text ("ılık" as "ilik", "Straße" as "strasse"), so either spelling finds the entry.
     */
    @Test
    void searchFindsLatinLettersWithNoAccentToDropTypedEitherWayAsThePlainIndexDoes() throws Exception {
        Path journal = JournalFiles.write(tmp.resolve("plain-latin"), "journal.yml", "title: T\n",
                "content/wins/2026-04-01-walk.md", "---\ntitle: Die Straße\ntags: [Iğdır]\n---\nRuhig und warm.\n",
                "content/wins/2026-04-02-tea.md", "---\ntitle: Ilık çay\n---\nÆblegrød på Færøerne, Łódź, Þingvellir.\n",
                "content/wins/2026-04-03-oeuvre.md", "---\ntitle: Œuvre\n---\nĐakovo, Ħamrun, ŧ, ðe.\n");
        searchesAsThePlainIndex(journal, LocalDate.of(2026, 4, 4), List.of("Straße", "straße", "strasse", "STRASSE",
                "STRAẞE", "ılık", "ilik", "ILIK", "ığdır", "igdir", "aeblegrod", "æblegrød", "faeroerne", "lodz", "łódź",
                "thingvellir", "þing", "oeuvre", "œuvre", "dakovo", "hamrun", "ħamrun", "t", "ŧ", "de", "ðe", "strase"),
                "strase");
    }

    /**
     * On a generated journal of several years, each query lists the same entries in the same order
     * as the index searched the plain way (see {@link SearchReference}): the packed index loses no
     * hit and changes no rank, for common words, rare ones, prefixes, numbers and several words.
     */
    @Test
    void searchFindsWhatThePlainIndexFindsInTheSameOrder() throws Exception {
        Path journal = tmp.resolve("generated");
        Cli.Run generated = Cli.exec(tmp, List.of(Cli.java(), BenchmarkToolsIT.BENCH.resolve("GenerateJournal.java")
                .toString(), "600", journal.toString()), Map.of());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        LocalDate today = LocalDate.of(2026, 11, 24);
        Path built = tmp.resolve("generated-site");
        new Smallwins().build(BuildRequest.of(journal, built).withToday(today));
        ProblemList problems = new ProblemList();
        List<Entry> entries = new JournalLoader(journal, SettingsLoader.load(journal).settings())
                .load(new JournalLoader.Selection(false, false), today, problems).entries();
        SearchReference reference = new SearchReference(entries);

        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(built.resolve("search/index.html").toUri().toString());
            assertThat(browser.findElements(By.cssSelector("#search-entries > li"))).hasSize(entries.size());
            for (String query : List.of("walk", "the", "a", "t", "wal", "walk the", "tea", "e", "morning walk",
                    "1", "x", "sleep w", "the a i", "zzz", "Réc", "LAUNDRY", "2")) {
                @SuppressWarnings("unchecked")
                List<Long> shown = (List<Long>) browser.executeScript(
                        "var input = document.getElementById('search-input');"
                        + "input.value = arguments[0]; input.dispatchEvent(new Event('input'));"
                        + "var more = document.getElementById('search-more'); if (!more.hidden) { more.click(); }"
                        + "var all = Array.from(document.querySelectorAll('#search-entries > li > a'), a => a.getAttribute('href'));"
                        + "return Array.from(document.querySelectorAll('#search-results > li > a'),"
                        + " a => all.indexOf(a.getAttribute('href')));", query);
                List<Integer> expected = reference.results(query);
                assertThat(shown.stream().map(Long::intValue).toList()).as(query).isEqualTo(expected);
                if (!query.equals("zzz")) {
                    assertThat(expected).as(query).isNotEmpty();
                }
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Every link in the header, "Get help now" above all, is a target at least 44 px high (WCAG's
     * enhanced target size), on a phone and on a wide screen: it may be tapped in a hurry.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void everyLinkInTheHeaderIsATargetAtLeast44PxHigh(int width) {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            for (String page : List.of("index.html", "2025/08/13/a-week-indoors/index.html", "support/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                List<WebElement> links = browser.findElements(By.cssSelector(".site-header a"));
                assertThat(links).extracting(WebElement::getText).contains("Get help now");
                for (WebElement link : links) {
                    assertThat(link.getRect().getHeight()).as("height of \"" + link.getText() + "\" on " + page)
                            .isGreaterThanOrEqualTo(44);
                }
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * On a phone (360 to 414 px) the menu takes at most two rows of links, so the page starts near
     * the top. Every link is still there: the Tab key reaches it with some of it in the window
     * (Chromium scrolls a focused link only when none of it shows), and scrolled to, as a swipe
     * does, it shows whole, where it is the thing a tap meets. A row that scrolls says so with a
     * shadow at the edge that has more behind it.
     */
    @Test
    void onAPhoneTheMenuTakesAtMostTwoRowsAndEveryLinkCanBeReached() {
        ChromeDriver browser = Browser.open(390, 844);
        try {
            for (int width : List.of(360, 390, 414)) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                        "width", width, "height", 844, "deviceScaleFactor", 1, "mobile", false));
                browser.get(site.resolve("index.html").toUri().toString());
                WebElement nav = browser.findElement(By.cssSelector(".site-nav"));
                List<WebElement> links = nav.findElements(By.tagName("a"));
                assertThat(links).hasSize(9);
                int linkHeight = links.get(0).getRect().getHeight();
                assertThat(linkHeight).isGreaterThanOrEqualTo(44);
                assertThat(nav.getRect().getHeight()).as("menu height at %d px, links %d px high", width, linkHeight)
                        .isLessThanOrEqualTo(2 * linkHeight);
                // From "Get help now", the stop before the menu, the Tab key goes through its links.
                browser.executeScript("document.querySelector('.help-link').focus()");
                for (WebElement link : links) {
                    new Actions(browser).sendKeys(Keys.TAB).perform();
                    assertThat(browser.switchTo().activeElement()).isEqualTo(link);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> seen = (Map<String, Object>) browser.executeScript("""
                            const a = arguments[0];
                            const focused = a.getBoundingClientRect();
                            a.scrollIntoView({block: 'nearest', inline: 'nearest'});
                            const r = a.getBoundingClientRect();
                            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                            return {focusedLeft: focused.left, focusedRight: focused.right,
                                    left: r.left, right: r.right, height: r.height,
                                    hit: hit !== null && a.contains(hit), size: getComputedStyle(a).fontSize};
                            """, link);
                    String what = "\"" + link.getText() + "\" at " + width + " px: " + seen;
                    assertThat(((Number) seen.get("focusedLeft")).doubleValue()).as(what).isLessThan(width - 8);
                    assertThat(((Number) seen.get("focusedRight")).doubleValue()).as(what).isGreaterThan(8);
                    assertThat(((Number) seen.get("left")).doubleValue()).as(what).isGreaterThanOrEqualTo(0);
                    assertThat(((Number) seen.get("right")).doubleValue()).as(what).isLessThanOrEqualTo(width);
                    assertThat(((Number) seen.get("height")).doubleValue()).as(what).isGreaterThanOrEqualTo(44);
                    assertThat(seen.get("hit")).as(what).isEqualTo(true);
                    assertThat(seen.get("size")).as(what).isEqualTo("15.2px");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) browser.executeScript("""
                        const ul = document.querySelector('.site-nav ul');
                        const s = getComputedStyle(ul);
                        return {scrolls: ul.scrollWidth > ul.clientWidth, overflow: s.overflowX,
                                attachment: s.backgroundAttachment, image: s.backgroundImage};
                        """);
                if (Boolean.TRUE.equals(row.get("scrolls"))) {
                    assertThat(row.get("overflow")).as("row at %d px: %s", width, row).isEqualTo("auto");
                    // The shadows stay at the row's edges while covers scrolling with the links hide
                    // each one where nothing more lies that way.
                    assertThat((String) row.get("attachment")).as("row at %d px", width).contains("local", "scroll");
                    assertThat((String) row.get("image")).as("row at %d px", width).contains("radial-gradient");
                }
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * On a phone a page whose link lies far along the menu (Tags, Search) opens with that link in
     * view, not with the row at its start and the link off screen; the page itself is not scrolled.
     * It is done in CSS, so it holds with JavaScript off too.
     */
    @Test
    void onAPhoneAPageFarAlongTheMenuOpensWithItsOwnLinkInView() {
        ChromeDriver browser = Browser.open(360, 844);
        ChromeDriver noScript = Browser.open(360, 844, Map.of("profile.managed_default_content_settings.javascript", 2));
        try {
            for (String page : List.of("tags/index.html", "search/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                assertInRow(browser, browser.findElement(By.cssSelector(".site-nav a[aria-current=page]")), page);
                assertThat(((Number) browser.executeScript("return window.scrollY")).doubleValue()).as(page).isZero();
                noScript.get(site.resolve(page).toUri().toString());
                WebElement current = noScript.findElement(By.cssSelector(".site-nav a[aria-current=page]"));
                Rectangle link = current.getRect();
                Rectangle row = noScript.findElement(By.cssSelector(".site-nav ul")).getRect();
                assertThat(link.getX()).as("%s without JavaScript: %s in %s", page, link, row).isGreaterThanOrEqualTo(row.getX());
                assertThat(link.getX() + link.getWidth()).as("%s without JavaScript", page)
                        .isLessThanOrEqualTo(row.getX() + row.getWidth());
            }
        } finally {
            noScript.quit();
            browser.quit();
        }
    }

    /**
     * A page opened at a #fragment far down stays there: only the menu's row is scrolled to show
     * the section's link (aria-current="true" on a tag's page), never the page.
     */
    @Test
    void onAPhoneAPageOpenedAtAFragmentStaysThereWhileTheMenuShowsItsSection() {
        ChromeDriver browser = Browser.open(360, 844);
        try {
            String page = "tags/walk/index.html";
            browser.get(site.resolve(page).toUri() + "#month-2026-3");
            assertInRow(browser, browser.findElement(By.cssSelector(".site-nav a[aria-current=true]")), page);
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                    const target = document.getElementById('month-2026-3');
                    return {y: window.scrollY, top: target.getBoundingClientRect().top,
                            margin: parseFloat(getComputedStyle(target).scrollMarginTop)};
                    """);
            assertThat(at.get("y").doubleValue()).as("page scrolled to the fragment: %s", at).isGreaterThan(1000);
            assertThat(at.get("top").doubleValue()).as("the fragment at the window's top: %s", at)
                    .isCloseTo(at.get("margin").doubleValue(), within(1.0));
        } finally {
            browser.quit();
        }
    }

    /**
     * On a phone, or a desktop browser zoomed to 400 %, every link of the menu the Tab key reaches,
     * forward or back, shows whole inside the scrolling row: none stays half cut off at its edge.
     */
    @Test
    void onAPhoneEveryMenuLinkTheTabKeyReachesShowsWhole() {
        ChromeDriver browser = Browser.open(360, 844);
        try {
            for (String page : List.of("index.html", "tags/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                List<WebElement> links = browser.findElements(By.cssSelector(".site-nav a"));
                assertThat(links).hasSize(9);
                browser.executeScript("document.querySelector('.help-link').focus()");
                for (WebElement link : links) {
                    new Actions(browser).sendKeys(Keys.TAB).perform();
                    assertThat(browser.switchTo().activeElement()).isEqualTo(link);
                    assertInRow(browser, link, page + " after Tab");
                }
                for (int i = links.size() - 2; i >= 0; i--) {
                    WebElement link = links.get(i);
                    new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
                    assertThat(browser.switchTo().activeElement()).isEqualTo(link);
                    assertInRow(browser, link, page + " after Shift+Tab");
                }
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * A goal's figures sit in four narrow boxes on a wide screen: "6 check-ins" may go onto two
     * lines, but between the number and the word, not at the word's hyphen ("check-" / "ins").
     */
    @Test
    void aGoalsCheckInsAreNeverSplitAtTheHyphen() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(site.resolve("goals/swim-weekly/index.html").toUri().toString());
            WebElement figure = browser.findElement(By.xpath("//dt[.='Check-ins']/following-sibling::dd"));
            assertThat(figure.getText()).matches("\\d+ check[-\u2011]ins");
            Number lines = (Number) browser.executeScript("""
                    const text = arguments[0].firstChild, range = document.createRange();
                    const start = text.data.indexOf('check');
                    range.setStart(text, start);
                    range.setEnd(text, text.data.length);
                    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
                    """, figure);
            assertThat(lines).as("lines the word \"check-ins\" takes in " + figure.getSize()).isEqualTo(1L);
        } finally {
            browser.quit();
        }
    }

    /**
     * With JavaScript off the search page shows no field that could find nothing, only the note
     * that searching needs JavaScript and the link to the timeline, which lists every entry. With
     * it on, the field is there and the note is not.
     */
    @Test
    void withoutJavaScriptTheSearchPageOffersTheTimelineInsteadOfADeadField() {
        String page = site.resolve("search/index.html").toUri().toString();
        ChromeDriver noScript = Browser.open(390, 844, Map.of("profile.managed_default_content_settings.javascript", 2));
        try {
            noScript.get(page);
            assertThat(noScript.findElement(By.id("search-input")).isDisplayed()).as("search field without JavaScript").isFalse();
            assertThat(noScript.findElement(By.cssSelector("form.search")).isDisplayed()).isFalse();
            WebElement note = noScript.findElement(By.cssSelector(".search__noscript"));
            assertThat(note.isDisplayed()).isTrue();
            assertThat(note.getText()).contains("Searching needs JavaScript");
            note.findElement(By.linkText("timeline")).click();
            assertThat(noScript.getTitle()).contains("Timeline");
        } finally {
            noScript.quit();
        }
        ChromeDriver browser = Browser.open(390, 844);
        try {
            browser.get(page);
            assertThat(browser.findElement(By.id("search-input")).isDisplayed()).as("search field with JavaScript").isTrue();
            assertThat(browser.findElements(By.cssSelector(".search__noscript"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    /**
     * Every kind of page at a phone's width, in light and dark: the window really is that wide, and
     * nothing (a table, a chart, a long title, tag or link) makes the page scroll sideways. The
     * search page is checked with results listed. (The 404 page takes its styles from the site's
     * base path, as a server answers it, so it is unstyled when opened from disk.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void everyKindOfPageFitsAPhoneWithoutScrollingSideways(String scheme) {
        ChromeDriver browser = Browser.open(390, 844);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : List.of("index.html", "2025/06/27/first-walk/index.html",
                    "2025/09/08/a-week-of-sleep/index.html", "2026/05/12/one-year-of-small-wins/index.html",
                    "2026/09/04/a-low-patch/index.html", "2025/07/07/walk-outside/index.html",
                    "timeline/index.html", "timeline/2025/index.html", "wins/index.html", "setbacks/2026/index.html",
                    "tags/index.html", "tags/walk/index.html", "progress/index.html", "progress/2025/index.html",
                    "milestones/index.html", "goals/index.html", "goals/swim-weekly/index.html",
                    "support/index.html", "search/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                assertThat(browser.executeScript("return window.innerWidth")).as("window width").isEqualTo(390L);
                if (page.startsWith("search/")) {
                    browser.findElement(By.id("search-input")).sendKeys("walk");
                    assertThat(browser.findElements(By.cssSelector("#search-results > li"))).isNotEmpty();
                }
                assertStyledAndLocal(browser, 390);
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * On a phone an entry's date often goes to the line under its title (the comebacks, "then and
     * now", a year's first and latest win): it starts where that line starts, as the text above it
     * does, not indented by the gap that keeps it from the title on a shared line.
     */
    @Test
    void aDateUnderItsEntrysTitleLinesUpWithTheTextAboveIt() {
        ChromeDriver browser = Browser.open(390, 844);
        try {
            for (String page : List.of("progress/index.html", "progress/2025/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                @SuppressWarnings("unchecked")
                List<String> indented = (List<String>) browser.executeScript(
                        "return [...document.querySelectorAll('.entry-link__date')].filter(d => {"
                                + " const link = d.previousElementSibling, box = d.getBoundingClientRect();"
                                + " if (!link || box.top < link.getBoundingClientRect().bottom - 2) return false;"
                                + " const p = d.parentElement, r = p.getBoundingClientRect(), cs = getComputedStyle(p);"
                                + " return Math.abs(box.left - (r.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth))) > 1;"
                                + " }).map(d => d.textContent + ' ' + Math.round(d.getBoundingClientRect().left))");
                assertThat(indented).as("dates on a line of their own that do not start at its start, on " + page).isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * A section's heading starts at the left edge of the page's text, unless the section sits in a
     * box of its own (a tint or a border): on the progress page "Then and now" is in line with
     * "Over time", not set in by a plain panel's padding.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void sectionHeadingsOutsideABoxStartAtTheEdgeOfThePagesText(int width) {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            for (String page : List.of("index.html", "progress/index.html", "progress/2025/index.html",
                    "goals/swim-weekly/index.html", "support/index.html")) {
                browser.get(site.resolve(page).toUri().toString());
                @SuppressWarnings("unchecked")
                List<String> setIn = (List<String>) browser.executeScript("""
                        const main = document.querySelector('main');
                        const edge = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
                        const boxed = e => {
                          for (let a = e.parentElement; a && a.tagName !== 'MAIN'; a = a.parentElement) {
                            const s = getComputedStyle(a);
                            if (s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none'
                                || parseFloat(s.borderLeftWidth) > 0) return true;
                          }
                          return false;
                        };
                        return [...document.querySelectorAll('main h2')]
                          .filter(h => h.getBoundingClientRect().width > 1 && !boxed(h))
                          .filter(h => Math.abs(h.getBoundingClientRect().left - edge) > 1)
                          .map(h => h.textContent.trim() + ' at ' + Math.round(h.getBoundingClientRect().left)
                              + ' px, the text edge at ' + Math.round(edge) + ' px');
                        """);
                assertThat(setIn).as("headings set in from the page's edge without a box around them, on " + page).isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * On paper, links that only lead to another page are left out: the menu, the pager, and the
     * home page's "Look how far you've come" button, which is a link styled as a button and says
     * nothing printed. The page's own text stays.
     */
    @Test
    void aPrintedPageLeavesOutTheLinksThatOnlyLeadElsewhere() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.get(site.resolve("index.html").toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.executeScript("""
                    return [...document.querySelectorAll('a')]
                      .filter(a => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden')
                      .map(a => a.textContent.trim())
                      .filter(t => /how far you.ve come|^Timeline$|^Get help now$/i.test(t));
                    """);
            assertThat(shown).as("links printed on the home page").isEmpty();
            assertThat(browser.findElement(By.tagName("main")).getText()).containsIgnoringCase("Recent wins");
        } finally {
            browser.quit();
        }
    }

    /**
     * On paper a goal's "What this goal is about" gets a border, as every box does there: the
     * figures under it keep the same space from it as the box keeps from what is above it, rather
     * than touching its border.
     */
    @Test
    void onPaperAGoalsAboutBoxKeepsItsSpaceFromTheFigures() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.get(site.resolve("goals/walk-outside/index.html").toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
                    const about = document.querySelector('.goal-about');
                    const figures = document.querySelector('.stats__grid');
                    return {border: parseFloat(getComputedStyle(about).borderBottomWidth),
                            above: parseFloat(getComputedStyle(about).marginTop),
                            gap: figures.getBoundingClientRect().top - about.getBoundingClientRect().bottom};
                    """);
            assertThat(box.get("border").doubleValue()).as("the box's border on paper").isGreaterThan(0);
            assertThat(box.get("gap").doubleValue()).as("space between the box and the figures: %s", box)
                    .isGreaterThan(0).isCloseTo(box.get("above").doubleValue(), within(1.0));
        } finally {
            browser.quit();
        }
    }

    /**
     * With less motion asked for (see ThemeMotionTest), what a journal's own CSS would set moving on
     * a page is held still: its animation ends at once and runs once, its transition is gone, and
     * the page jumps rather than scrolls smoothly. Without the setting the same CSS applies as written.
     */
    @Test
    void withLessMotionAskedForNothingAnimatesOrScrollsSmoothly() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            String moving = """
                    const style = document.createElement('style');
                    style.textContent = '@keyframes grow { from { opacity: 0 } to { opacity: 1 } }'
                        + ' html { scroll-behavior: smooth }'
                        + ' .moving { animation: grow 2s infinite; transition: opacity 1s }';
                    document.head.appendChild(style);
                    const el = document.createElement('p');
                    el.className = 'moving';
                    document.querySelector('main').appendChild(el);
                    const s = getComputedStyle(el);
                    return {animation: parseFloat(s.animationDuration), runs: s.animationIterationCount,
                            transition: s.transitionProperty,
                            scrolling: getComputedStyle(document.documentElement).scrollBehavior};
                    """;
            @SuppressWarnings("unchecked")
            Map<String, Object> asWritten = (Map<String, Object>) browser.executeScript(moving);
            assertThat(asWritten).containsEntry("runs", "infinite").containsEntry("transition", "opacity")
                    .containsEntry("scrolling", "smooth");
            assertThat(((Number) asWritten.get("animation")).doubleValue()).isEqualTo(2.0);

            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            browser.navigate().refresh();
            @SuppressWarnings("unchecked")
            Map<String, Object> still = (Map<String, Object>) browser.executeScript(moving);
            assertThat(still).containsEntry("runs", "1").containsEntry("transition", "none")
                    .containsEntry("scrolling", "auto");
            assertThat(((Number) still.get("animation")).doubleValue()).isLessThan(0.001);
        } finally {
            browser.quit();
        }
    }

    /** The link lies whole inside the visible part of the menu's scrolling row. */
    static void assertInRow(ChromeDriver browser, WebElement link, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
                const a = arguments[0], row = a.closest('ul');
                const r = a.getBoundingClientRect(), box = row.getBoundingClientRect();
                return {left: r.left, right: r.right, rowLeft: box.left, rowRight: box.left + row.clientWidth,
                        scrollLeft: row.scrollLeft};
                """, link);
        String what = "\"" + link.getText() + "\" on " + where + ": " + box;
        assertThat(box.get("left").doubleValue()).as(what).isGreaterThanOrEqualTo(box.get("rowLeft").doubleValue());
        assertThat(box.get("right").doubleValue()).as(what).isLessThanOrEqualTo(box.get("rowRight").doubleValue());
    }

    /** The stylesheet applied, every loaded resource is a local file, and no sideways scrolling. */
    private static void assertStyledAndLocal(ChromeDriver browser, int width) {
        Object background = browser.executeScript("return getComputedStyle(document.body).backgroundColor");
        assertThat(background).as("body background from the theme").isNotEqualTo("rgba(0, 0, 0, 0)");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(r => r.name))");
        assertThat(resources).isNotEmpty().allMatch(name -> name.startsWith("file:///"));
        Number scrollWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth");
        Object wide = browser.executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        assertThat(scrollWidth.intValue()).as("page width at " + width + " px on " + browser.getCurrentUrl()
                + "; too wide: " + wide).isLessThanOrEqualTo(viewport.intValue());
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
