package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;

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
        site = tmp.resolve("site");
        new Smallwins().build(BuildRequest.of(JournalFiles.sampleJournal(), site).withToday(LocalDate.of(2026, 11, 24)));
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void pagesOpenFromDiskStyledLinkedAndLocal(int width) throws Exception {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            assertStyledAndLocal(browser, width);
            screenshot(browser, "home-" + width);

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
