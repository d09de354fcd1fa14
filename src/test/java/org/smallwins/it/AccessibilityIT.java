package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

/**
 * axe-core's WCAG 2.2 A and AA rules on one page of every kind of the sample journal, in the light
 * and the dark colour scheme, and what axe does not decide: the contrast of text it leaves
 * "incomplete" (on gradients, say), measured here against every colour behind it, and the contrast
 * of what is not text (form fields' borders, the charts' bars and days) against what it sits on.
 * The site is served over HTTP, so the 404 page, whose links start at the site's root path, loads
 * its styles. Each problem is listed with its rule, page, scheme and element.
 */
class AccessibilityIT {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Page name to the path it is served at. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "index.html");
        PAGES.put("win", "2025/05/12/opened-the-curtains/index.html");
        PAGES.put("win with a footnote", "2026/03/02/a-note-on-the-walk/index.html");
        PAGES.put("reflection", "2025/09/08/a-week-of-sleep/index.html");
        PAGES.put("setback", "2025/08/13/a-week-indoors/index.html");
        PAGES.put("goal entry", "2026/01/05/sketch-something/index.html");
        PAGES.put("timeline", "timeline/index.html");
        PAGES.put("timeline of a year", "timeline/2025/index.html");
        PAGES.put("wins", "wins/index.html");
        PAGES.put("tags", "tags/index.html");
        PAGES.put("tag", "tags/walk/index.html");
        PAGES.put("progress", "progress/index.html");
        PAGES.put("year review", "progress/2025/index.html");
        PAGES.put("milestones", "milestones/index.html");
        PAGES.put("goals", "goals/index.html");
        PAGES.put("goal", "goals/walk-outside/index.html");
        PAGES.put("search", "search/index.html");
        PAGES.put("support", "support/index.html");
        PAGES.put("404", "no/such/page/");
    }

    @TempDir
    static Path tmp;
    static Path site;
    static HttpServer server;
    static String base;

    @BeforeAll
    static void buildAndServe() throws IOException {
        site = buildSite(tmp);
        server = serve(site);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** A started server of {@code site} on a free port of the loopback address. */
    static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(site, exchange));
        server.start();
        return server;
    }

    /**
     * The sample journal with one entry of headings and a footnote, built in {@code tmp}/site: it
     * has every page of {@link #PAGES}.
     */
    static Path buildSite(Path tmp) {
        Path journal = JournalFiles.copySampleJournal(tmp.resolve("journal"));
        // The sample journal has no footnotes and no headings in a body: one entry with both.
        JournalFiles.write(journal, "content/wins/2026-03-02-a-note-on-the-walk.md", """
                ---
                title: A note on the walk
                date: 2026-03-02
                tags: [walk]
                ---
                # How it went

                Round the park once, slowly.[^1]

                ## What helped

                Going before breakfast.

                [^1]: It took twenty minutes, and that was fine.
                """);
        Path built = tmp.resolve("site");
        new Smallwins().build(BuildRequest.of(journal, built).withToday(LocalDate.of(2026, 11, 24)));
        return built;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The built site as a static host serves it: a folder's index.html, and 404.html for what is not there. */
    private static void serve(Path site, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = site.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".json") ? "application/json"
                : "application/octet-stream";
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void everyKindOfPageMeetsWcag22AA(String scheme) {
        ChromeDriver browser = Browser.open(1280, 900);
        List<String> problems = new ArrayList<>();
        try {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                String where = page.getKey() + " (" + page.getValue() + ", " + scheme + ")";
                browser.get(base + page.getValue());
                Object background = browser.executeScript("return getComputedStyle(document.body).backgroundColor");
                assertThat(background).as("the theme's styles loaded on " + where).isNotEqualTo("rgba(0, 0, 0, 0)");
                if (page.getKey().equals("search")) {
                    browser.findElement(By.id("search-input")).sendKeys("walk");
                    new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                            b -> !b.findElements(By.cssSelector("#search-results > li")).isEmpty());
                }
                if (page.getKey().equals("404")) {
                    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
                }
                Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
                assertThat(results.isErrored()).as("axe ran on " + where + ": " + results.getErrorMessage()).isFalse();
                for (Rule rule : results.getViolations()) {
                    for (CheckedNode node : rule.getNodes()) {
                        problems.add(rule.getId() + " on " + where + " at " + node.getTarget() + ": "
                                + node.getFailureSummary().replace('\n', ' '));
                    }
                }
                // Contrast axe could not decide: measured here against every colour behind the text.
                List<Object> undecided = new ArrayList<>();
                for (Rule rule : results.getIncomplete()) {
                    if (rule.getId().startsWith("color-contrast")) {
                        for (CheckedNode node : rule.getNodes()) {
                            undecided.add(node.getTarget());
                        }
                    }
                }
                problems.addAll(textContrast(browser, undecided, where));
                problems.addAll(nonTextContrast(browser, where));
            }
        } finally {
            browser.quit();
        }
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    /** Colours as the browser paints them (any CSS colour syntax), and contrast by WCAG's formula. */
    static final String COLOURS = """
            const canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;
            const ctx = canvas.getContext('2d', {willReadFrequently: true});
            function rgba(css) {
              ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = css; ctx.fillRect(0, 0, 1, 1);
              const d = ctx.getImageData(0, 0, 1, 1).data; return [d[0], d[1], d[2], d[3] / 255];
            }
            function over(top, below) {
              const a = top[3];
              return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)).concat([1]);
            }
            function lum(c) {
              const l = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            function colourStops(image) { return (image.match(/(rgba?|color|hsla?|oklch|oklab|lab|lch)\\([^()]*\\)/g) || []).map(rgba); }
            // Every colour that may be behind an element: the backgrounds of it and its ancestors,
            // each colour of a gradient among them composited over what lies below.
            function backgrounds(el) {
              const layers = [];
              for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
                const s = getComputedStyle(e);
                const colour = rgba(s.backgroundColor);
                const stops = s.backgroundImage && s.backgroundImage !== 'none' ? colourStops(s.backgroundImage) : [];
                layers.push({colour, stops});
                if (colour[3] === 1 && stops.length === 0) break;
              }
              let below = [[255, 255, 255, 1]];
              const html = rgba(getComputedStyle(document.documentElement).backgroundColor);
              if (html[3] > 0) below = [over(html, below[0])];
              for (let i = layers.length - 1; i >= 0; i--) {
                let next = below.map(b => over(layers[i].colour, b));
                if (layers[i].stops.length) {
                  next = next.flatMap(b => layers[i].stops.map(stop => over(stop, b)));
                }
                below = next;
              }
              return below;
            }
            """;

    /** The text of each element axe left undecided, against the least contrasting colour behind it. */
    @SuppressWarnings("unchecked")
    private static List<String> textContrast(ChromeDriver browser, List<Object> targets, String where) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<String> selectors = targets.stream().map(t -> t instanceof List<?> l ? String.valueOf(l.get(l.size() - 1))
                : String.valueOf(t)).toList();
        return ((List<String>) browser.executeScript(COLOURS + """
                const out = [];
                for (const selector of arguments[0]) {
                  const el = document.querySelector(selector);
                  if (!el) { out.push(selector + ': not found to measure'); continue; }
                  // Decoration hidden from assistive technology (a milestone's star) is not text to read.
                  if (el.closest('[aria-hidden="true"]')) continue;
                  const s = getComputedStyle(el);
                  const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
                  const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                  const behind = backgrounds(el);
                  const text = over(rgba(s.color), behind[0]);
                  const worst = Math.min(...behind.map(b => ratio(over(rgba(s.color), b), b)));
                  if (worst < needed - 0.005) out.push(selector + ': text contrast ' + worst.toFixed(2) + ':1, needs ' + needed + ':1');
                }
                return out;
                """, selectors)).stream().map(p -> "color-contrast (measured) on " + where + " at " + p).toList();
    }

    /**
     * WCAG 1.4.11: form fields' borders, chart bars and calendar days have 3:1 against what they
     * sit on; a day with wins has it against a day without.
     */
    @SuppressWarnings("unchecked")
    private static List<String> nonTextContrast(ChromeDriver browser, String where) {
        return ((List<String>) browser.executeScript(COLOURS + """
                const out = [];
                function name(el) { return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.'); }
                function check(el, what, value, needed) {
                  if (value < needed - 0.005) out.push(name(el) + ': ' + what + ' ' + value.toFixed(2) + ':1, needs ' + needed + ':1');
                }
                function visible(el) { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
                for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')) {
                  if (!visible(el)) continue;
                  const s = getComputedStyle(el);
                  const outside = backgrounds(el.parentElement);
                  const inside = outside.map(b => over(rgba(s.backgroundColor), b));
                  const border = rgba(s.borderTopColor);
                  const worst = Math.min(...outside.concat(inside).map(b => ratio(over(border, b), b)));
                  check(el, 'border against the field and the page', worst, 3);
                }
                for (const figure of document.querySelectorAll('svg.chart')) {
                  if (!visible(figure)) continue;
                  const card = backgrounds(figure);
                  const fill = el => rgba(getComputedStyle(el).fill);
                  const bar = figure.querySelector('.chart__bar');
                  if (bar) check(bar, 'bar against the chart', Math.min(...card.map(b => ratio(over(fill(bar), b), b))), 3);
                  const empty = figure.querySelector('.chart__cell:not([class*="chart__cell--"])');
                  if (empty) {
                    const s = getComputedStyle(empty);
                    const edge = s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 ? rgba(s.stroke) : [0, 0, 0, 0];
                    const seen = Math.min(...card.map(b => Math.max(ratio(over(fill(empty), b), b), ratio(over(edge, b), b))));
                    check(empty, 'day without wins (fill or outline) against the chart', seen, 3);
                    const lightest = figure.querySelector('.chart__cell--l1');
                    if (lightest) {
                      check(lightest, 'lightest day with wins against the chart',
                          Math.min(...card.map(b => ratio(over(fill(lightest), b), b))), 3);
                      check(lightest, 'lightest day with wins against a day without',
                          Math.min(...card.map(b => ratio(over(fill(lightest), b), over(fill(empty), b)))), 3);
                    }
                  }
                }
                return out;
                """)).stream().map(p -> "non-text-contrast (measured) on " + where + " at " + p).toList();
    }
}
