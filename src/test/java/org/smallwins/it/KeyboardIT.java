package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The default theme with the keyboard alone, in headless Chromium, on every kind of page of
 * {@link AccessibilityIT#PAGES}: the Tab key's first stop is "Skip to content", seen where it is
 * reached, and it moves focus to the page's main part; the search field is reached and used
 * without a mouse; and every link, button and field the Tab key reaches shows where focus is, with
 * a ring that has 3:1 against what is around it (WCAG 2.4.7 and 1.4.11) and that no scrolling box
 * cuts off, in the light and the dark scheme, on a wide screen and a phone.
 */
class KeyboardIT {
    @TempDir
    static Path tmp;
    static HttpServer server;
    static String base;

    @BeforeAll
    static void buildAndServe() throws IOException {
        server = AccessibilityIT.serve(AccessibilityIT.buildSite(tmp));
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void theFirstTabStopSkipsToTheContent(int width) {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            for (Map.Entry<String, String> page : AccessibilityIT.PAGES.entrySet()) {
                String where = page.getKey() + " (" + page.getValue() + ", " + width + " px)";
                browser.get(base + page.getValue());
                tab(browser);
                WebElement skip = browser.switchTo().activeElement();
                assertThat(skip.getAttribute("class")).as("the first stop on " + where).contains("skip-link");
                @SuppressWarnings("unchecked")
                Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
                        const r = arguments[0].getBoundingClientRect();
                        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                                width: innerWidth, height: innerHeight};
                        """, skip);
                assertThat(box.get("top").doubleValue()).as("skip link in view on " + where + ": " + box).isGreaterThanOrEqualTo(0);
                assertThat(box.get("left").doubleValue()).as("skip link in view on " + where + ": " + box).isGreaterThanOrEqualTo(0);
                assertThat(box.get("bottom").doubleValue()).as("skip link in view on " + where + ": " + box)
                        .isLessThanOrEqualTo(box.get("height").doubleValue());
                assertThat(box.get("right").doubleValue()).as("skip link in view on " + where + ": " + box)
                        .isLessThanOrEqualTo(box.get("width").doubleValue());

                new Actions(browser).sendKeys(Keys.ENTER).perform();
                assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus after the skip link on " + where)
                        .isEqualTo("main");
                // And the next stop is the page's own first link or field, past the header's.
                tab(browser);
                Object inMain = browser.executeScript("return !!document.activeElement.closest('main')");
                assertThat(inMain).as("the stop after the skip link on " + where + ": "
                        + browser.switchTo().activeElement().getText()).isEqualTo(true);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSearchFieldIsReachedByTheTabKeyAndTypingThereShowsResults() {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(base + "search/index.html");
            for (int stops = 0; !"search-input".equals(browser.switchTo().activeElement().getAttribute("id")); stops++) {
                assertThat(stops).as("Tab stops before the search field").isLessThan(30);
                tab(browser);
            }
            new Actions(browser).sendKeys("walk").perform();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    b -> !b.findElements(By.cssSelector("#search-results > li")).isEmpty());
            assertThat(browser.findElement(By.id("search-status")).getText()).matches("\\d+ entr(y|ies) found\\.");
            // The next stop is the first result.
            tab(browser);
            assertThat(browser.switchTo().activeElement())
                    .isEqualTo(browser.findElement(By.cssSelector("#search-results > li a")));
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} colour scheme, {1} px wide")
    @CsvSource({"light, 1280", "dark, 1280", "light, 390"})
    void everyStopOfTheTabKeyShowsWhereFocusIs(String scheme, int width) {
        ChromeDriver browser = Browser.open(width, 900);
        List<String> problems = new ArrayList<>();
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Map.Entry<String, String> page : AccessibilityIT.PAGES.entrySet()) {
                String where = page.getKey() + " (" + page.getValue() + ", " + scheme + ", " + width + " px)";
                browser.get(base + page.getValue());
                int stops = 0;
                while (true) {
                    tab(browser);
                    Object stop = browser.executeScript(AccessibilityIT.COLOURS + RING + """
                            const el = document.activeElement;
                            if (el === document.body || el === null) return null;
                            window.stops = window.stops || [];
                            if (window.stops.length && window.stops[0].el === el) return null;
                            const chain = [];
                            for (let e = el; e && e !== document.body; e = e.parentElement) chain.push(e);
                            const focused = chain.map(look);
                            // Where the ring is cut off is seen now: later stops scroll the page and its rows.
                            const cut = chain.map((e, i) => focused[i].outline ? clippedBy(e, focused[i]) : null);
                            window.stops.push({el, chain, focused, cut});
                            return el.id === 'search-input';
                            """);
                    if (stop == null) {
                        break;
                    }
                    if (Boolean.TRUE.equals(stop)) {
                        // The search page's results are links too: typed for, then tabbed through.
                        new Actions(browser).sendKeys("walk").perform();
                        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                                b -> !b.findElements(By.cssSelector("#search-results > li")).isEmpty());
                    }
                    assertThat(++stops).as("Tab stops on " + where).isLessThan(600);
                }
                assertThat(stops).as("Tab stops on " + where).isGreaterThan(3);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(AccessibilityIT.COLOURS + RING + """
                        if (document.activeElement) document.activeElement.blur();
                        const out = [];
                        for (const stop of window.stops) {
                          const unfocused = stop.chain.map(look);
                          // The ring: an outline or a shadow that the element, or a box around it (a
                          // card), has while focused and not otherwise.
                          const i = stop.chain.findIndex((e, i) =>
                              (stop.focused[i].outline && stop.focused[i].outline !== unfocused[i].outline)
                              || (stop.focused[i].shadow && stop.focused[i].shadow !== unfocused[i].shadow));
                          if (i < 0) { out.push(name(stop.el) + ': nothing shows it has focus'); continue; }
                          const ring = stop.chain[i], seen = stop.focused[i];
                          if (seen.outline) {
                            const around = backgrounds(ring.parentElement);
                            const worst = Math.min(...around.map(b => ratio(over(rgba(seen.colour), b), b)));
                            if (worst < 3 - 0.005) out.push(name(stop.el) + ': focus ring ' + worst.toFixed(2) + ':1 against what is around it, needs 3:1');
                            if (stop.cut[i]) out.push(name(stop.el) + ': focus ring cut off by ' + stop.cut[i]);
                          }
                        }
                        return out;
                        """);
                found.forEach(p -> problems.add(where + " at " + p));
            }
        } finally {
            browser.quit();
        }
        assertThat(problems).as("stops of the Tab key").isEmpty();
    }

    /** What an element looks like for focus: its outline and its shadow, each "" when there is none. */
    static final String RING = """
            function name(el) {
              const text = (el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('')
                  + (text ? ' "' + text + '"' : '');
            }
            function look(e) {
              const s = getComputedStyle(e);
              const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && rgba(s.outlineColor)[3] > 0
                  ? s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' ' + s.outlineOffset : '';
              return {outline, shadow: s.boxShadow === 'none' ? '' : s.boxShadow, colour: s.outlineColor,
                      reach: parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset)};
            }
            // The nearest box around the ring that clips what overflows it and cuts the ring off, described.
            function clippedBy(ring, seen) {
              const r = ring.getBoundingClientRect();
              for (let e = ring.parentElement; e && e !== document.documentElement; e = e.parentElement) {
                const s = getComputedStyle(e);
                if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
                const b = e.getBoundingClientRect();
                const left = b.left + e.clientLeft, top = b.top + e.clientTop;
                if (r.left - seen.reach < left - 0.5 || r.top - seen.reach < top - 0.5
                    || r.right + seen.reach > left + e.clientWidth + 0.5 || r.bottom + seen.reach > top + e.clientHeight + 0.5) {
                  return name(e) + ' (ring ' + [r.left - seen.reach, r.top - seen.reach, r.right + seen.reach, r.bottom + seen.reach]
                      .map(Math.round).join(' ') + ', box ' + [left, top, left + e.clientWidth, top + e.clientHeight].map(Math.round).join(' ') + ')';
                }
              }
              return null;
            }
            """;

    private static void tab(ChromeDriver browser) {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }
}
