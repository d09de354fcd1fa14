package org.smallwins.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smallwins.BuildRequest;
import org.smallwins.JournalFiles;
import org.smallwins.Smallwins;
import org.smallwins.privacy.EncryptedJournal;

/**
 * The encrypted sample journal in headless Chromium, opened from disk: a wrong password gets a kind
 * message, the right one opens the page, the next page opens without asking, "Lock" forgets the key,
 * scripts inside the decrypted page run, a picture beside an entry shows (sealed in its page), and search finds an entry by a word of its text (also on a
 * site without encryption). On a phone the menu's row shows the decrypted page's own link. With
 * JavaScript off the page says it is needed.
 */
class PrivateSiteInBrowserIT {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** "café" is in the text of "Coffee with Sam" only, not in its title or tags; typed without the accent. */
    static final String BODY_WORD = "cafe";
    static final String HERON = "content/wins/2026-06-20-a-heron-sketch.md";

    @TempDir
    static Path tmp;
    static Path sealed;
    static Path plain;
    static ChromeDriver browser;

    @BeforeAll
    static void build() throws Exception {
        Path journal = EncryptedJournal.copy(tmp.resolve("journal"), EncryptedJournal.PASSWORD);
        // An inline script in the page content, like the theme's on-this-day script: it must run once
        // the page is decrypted, and hear the smallwins:content event.
        JournalFiles.write(journal, "themes/default/templates/tags.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page>
                <h1 class="page-header__title">Tags</h1>
                <p id="inline">not run</p>
                <script>
                document.getElementById('inline').textContent = 'ran';
                document.addEventListener('smallwins:content', function () {
                  document.getElementById('inline').setAttribute('data-event', 'heard');
                });
                </script>
                <p id="external">not run</p>
                <script src="${root}assets/probe.js"></script>
                <p id="after">not run</p>
                <script>
                document.getElementById('after').textContent =
                    document.getElementById('external').textContent === 'ran' ? 'after it' : 'before it';
                </script>
                </@layout.page>
                """);
        // A script from a file that starts on the event, as docs/theme-model.md says it may: it must
        // have run before the event is fired, and before the inline script after it.
        JournalFiles.write(journal, "themes/default/assets/probe.js", """
                document.getElementById('external').textContent = 'ran';
                document.addEventListener('smallwins:content', function () {
                  document.getElementById('external').setAttribute('data-event', 'heard');
                });
                """);
        // A theme's own stylesheet, linked from its pages' head: it applies once a page is open.
        String layout = Files.readString(Path.of("themes/default/templates/layout.ftlh"));
        String styleLink = "<link rel=\"stylesheet\" href=\"${linkBase}assets/style.css\">\n";
        assertThat(layout).contains(styleLink);
        JournalFiles.write(journal, "themes/default/templates/layout.ftlh", layout.replace(styleLink,
                styleLink + "<link rel=\"stylesheet\" href=\"${linkBase}assets/probe.css\">\n"));
        JournalFiles.write(journal, "themes/default/assets/probe.css", ".hero__title { letter-spacing: 3px; }\n");
        // The sketch beside the heron entry is shown, and linked to at full size.
        JournalFiles.write(journal, HERON, Files.readString(journal.resolve(HERON))
                + "\n[The sketch, full size](heron-sketch.svg)\n"
                + "\n<img src=\"heron-sketch.svg\" width=\"60\" srcset=\"heron-sketch.svg 1x, heron-sketch.svg 2x\""
                + " alt=\"The sketch, small\">\n\n<video poster=\"heron-sketch.svg\" controls></video>\n");
        sealed = tmp.resolve("sealed");
        new Smallwins().build(BuildRequest.of(journal, sealed).withToday(TODAY));
        plain = tmp.resolve("plain");
        new Smallwins().build(BuildRequest.of(JournalFiles.sampleJournal(), plain).withToday(TODAY));
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void unlockOnceNavigateSearchAndLock() throws Exception {
        browser.get(sealed.resolve("index.html").toUri().toString());
        WebElement password = visible(By.id("smallwins-password"));
        assertThat(browser.getPageSource()).doesNotContain("Coffee with Sam");
        screenshot("locked");

        password.sendKeys("not the password");
        browser.findElement(By.cssSelector(".lock__button")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("smallwins-message"), "didn"));
        assertThat(browser.findElement(By.id("smallwins-message")).getText()).contains("try again");
        // The field says it holds a wrong password, and the message describes it.
        password = browser.findElement(By.id("smallwins-password"));
        assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(password.getAttribute("aria-describedby")).isEqualTo("smallwins-message");
        assertThat(browser.switchTo().activeElement()).isEqualTo(password);
        screenshot("wrong-password");

        password.clear();
        password.sendKeys("x");
        assertThat(password.getAttribute("aria-invalid")).as("cleared on typing again").isNull();
        assertThat(password.getAttribute("aria-describedby")).isNull();
        password.clear();
        long start = System.nanoTime();
        password.sendKeys(EncryptedJournal.PASSWORD);
        browser.findElement(By.cssSelector(".lock__button")).click();
        visible(By.cssSelector(".hero__title"));
        System.out.println("Unlocked in the browser in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Latest entries");
        // The lock page's status message is gone with it: focus is on the page's main content,
        // where a screen reader goes on reading, not dropped to <body>.
        assertThat(browser.switchTo().activeElement()).isEqualTo(browser.findElement(By.id("main")));
        assertThat(browser.findElement(By.cssSelector(".help-link")).getText()).isEqualTo("Get help now");
        // The page's stylesheets are in place: the theme's own, and the built-in one once, not twice.
        wait(20).until(driver -> "3px".equals(driver.findElement(By.cssSelector(".hero__title"))
                .getCssValue("letter-spacing")));
        assertThat(browser.findElements(By.cssSelector("head link[href$='assets/style.css']"))).hasSize(1);
        screenshot("unlocked-home");

        // The next page opens with the remembered key: no password asked.
        browser.findElement(By.cssSelector("nav a[href$='.html']:not([href='index.html'])")).click();
        visible(By.cssSelector("main .page-header__title, main .entry__title"));
        assertThat(browser.findElements(By.id("smallwins-password"))).isEmpty();
        assertThat(browser.getCurrentUrl()).matches(".*/[0-9a-f]{20}\\.html");

        // Scripts in the decrypted content run, and hear that the content is in.
        browser.findElement(By.xpath("//nav//a[normalize-space()='Tags']")).click();
        wait(20).until(ExpectedConditions.attributeToBe(By.id("inline"), "data-event", "heard"));
        assertThat(browser.findElement(By.id("inline")).getText()).isEqualTo("ran");
        wait(20).until(ExpectedConditions.attributeToBe(By.id("external"), "data-event", "heard"));
        assertThat(browser.findElement(By.id("external")).getText()).isEqualTo("ran");
        assertThat(browser.findElement(By.id("after")).getText()).isEqualTo("after it");

        // Search, inside the encrypted site.
        browser.findElement(By.xpath("//nav//a[normalize-space()='Search']")).click();
        searchFindsCoffeeWithSam("encrypted");

        browser.findElement(By.cssSelector("[data-smallwins-lock]")).click();
        visible(By.id("smallwins-password"));
        browser.get(sealed.resolve("index.html").toUri().toString());
        visible(By.id("smallwins-password"));
        assertThat(browser.findElements(By.cssSelector(".hero__title"))).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> storage = (Map<String, Object>) browser.executeScript(
                "return Object.assign({}, sessionStorage)");
        assertThat(storage).isEmpty();
    }

    /**
     * Read "on" 9 June 2026, the progress page's script picks that day's entries from the page's own
     * index: on an encrypted site its links must lead to the entries' renamed pages, as every other
     * link does (they led to the plain paths, which an encrypted site does not have).
     */
    @Test
    void onThisDayForTheReadersDateLinksToTheEncryptedEntryPages() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> clock = (Map<String, Object>) (Map<?, ?>) browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(() => { const fixed = new Date(2026, 5, 9, 12, 0, 0).getTime(); const Real = Date;"
                        + " class Fixed extends Real { constructor(...a) { if (a.length === 0) { super(fixed); }"
                        + " else { super(...a); } } static now() { return fixed; } }"
                        + " window.Date = Fixed; })();"));
        try {
            browser.get(sealed.resolve("index.html").toUri().toString());
            visible(By.id("smallwins-password")).sendKeys(EncryptedJournal.PASSWORD);
            browser.findElement(By.cssSelector(".lock__button")).click();
            visible(By.cssSelector(".hero__title"));
            browser.findElement(By.xpath("//nav//a[normalize-space()='Progress']")).click();
            WebElement link = visible(By.cssSelector("#on-this-day [data-otd=list] a"));
            assertThat(browser.findElement(By.cssSelector("#on-this-day [data-otd=date] time")).getAttribute("datetime"))
                    .isEqualTo("2026-06-09");
            assertThat(link.getText()).isEqualTo("Breakfast at the table");
            assertThat(link.getAttribute("class")).isEqualTo("entry-link entry-link--win");
            assertThat(browser.findElement(By.cssSelector("#on-this-day [data-otd=list] li")).getText()
                    .replaceAll("\\s+", " ")).isEqualTo("1 year ago Win: Breakfast at the table 9 June 2025");
            String href = link.getAttribute("href");
            assertThat(href).matches("file:.*/[0-9a-f]{20}\\.html");
            assertThat(sealed.resolve(href.substring(href.lastIndexOf('/') + 1))).isRegularFile();

            link.click();
            wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".entry__title"),
                    "Breakfast at the table"));
            browser.findElement(By.cssSelector("[data-smallwins-lock]")).click();
            visible(By.id("smallwins-password"));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", clock.get("identifier")));
        }
    }

    /**
     * Opened from disk, where the browser fetches nothing: the sketch the page carries is decrypted
     * and shown, and the link to it at full size leads to the same picture.
     */
    @Test
    void aPictureBesideAnEntryIsShownOnceItsPageIsOpen() throws Exception {
        String name = EncryptedJournal.pageName(sealed, EncryptedJournal.PASSWORD, "2026/06/20/a-heron-sketch/index.html");
        assertThat(sealed.resolve(name)).isRegularFile();
        browser.get(sealed.resolve(name).toUri().toString());
        visible(By.id("smallwins-password")).sendKeys(EncryptedJournal.PASSWORD);
        browser.findElement(By.cssSelector(".lock__button")).click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".entry__title"),
                "Sketched a heron"));
        WebElement img = browser.findElement(By.cssSelector("main img[alt^='My pencil sketch of a heron']"));
        assertThat(img.getAttribute("src")).startsWith("blob:");
        wait(20).until(driver -> Long.valueOf(120).equals(browser.executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1", img)));
        screenshot("picture");

        WebElement full = browser.findElement(By.xpath("//main//a[normalize-space()='The sketch, full size']"));
        assertThat(full.getAttribute("href")).isEqualTo(img.getAttribute("src"));
        // Raw HTML sizing it shows the same copy, in each srcset candidate and as a video's poster.
        WebElement small = browser.findElement(By.cssSelector("main img[alt='The sketch, small']"));
        assertThat(small.getAttribute("src")).isEqualTo(img.getAttribute("src"));
        assertThat(small.getAttribute("srcset")).isEqualTo(img.getAttribute("src") + " 1x, " + img.getAttribute("src") + " 2x");
        assertThat(browser.findElement(By.cssSelector("main video")).getAttribute("poster")).isEqualTo(img.getAttribute("src"));
        // The bytes behind the Blob URL are the sketch's own.
        Object shown = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", img.getAttribute("src"));
        assertThat(shown).isEqualTo(Files.readString(JournalFiles.sampleJournal().resolve("content/wins/heron-sketch.svg")));

        browser.findElement(By.cssSelector("[data-smallwins-lock]")).click();
        visible(By.id("smallwins-password"));
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
    }

    @Test
    void aPasswordWithAccentsOpensTheSiteHoweverItsAccentsAreWritten() throws Exception {
        // The password file holds "é" and "è" decomposed (e + combining accent), as some editors and
        // systems write them. Typed as one character each, then decomposed: both open the site.
        Path journal = EncryptedJournal.copy(tmp.resolve("accents"), "cafe\u0301 cre\u0300me au lait");
        Path site = tmp.resolve("accents-sealed");
        new Smallwins().build(BuildRequest.of(journal, site).withToday(TODAY));

        for (String typed : List.of("caf\u00e9 cr\u00e8me au lait", "cafe\u0301 cre\u0300me au lait")) {
            browser.get(site.resolve("index.html").toUri().toString());
            visible(By.id("smallwins-password")).sendKeys(typed);
            browser.findElement(By.cssSelector(".lock__button")).click();
            visible(By.cssSelector(".hero__title"));
            assertThat(browser.findElement(By.tagName("main")).getText()).as(typed).contains("Latest entries");
            browser.findElement(By.cssSelector("[data-smallwins-lock]")).click();
            visible(By.id("smallwins-password"));
        }
    }

    @Test
    void searchFindsAnEntryByAWordOfItsTextWithoutEncryption() throws Exception {
        browser.get(plain.resolve("search/index.html").toUri().toString());
        searchFindsCoffeeWithSam("plain");
    }

    /**
     * On a phone the decrypted page, put in after load, still opens with its own link in view in
     * the menu's scrolling row (Search lies far along it), and the page is not scrolled.
     */
    @Test
    void onAPhoneTheDecryptedPageShowsItsOwnLinkInTheMenu() {
        ChromeDriver phone = Browser.open(360, 844);
        try {
            WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(20));
            phone.get(sealed.resolve("index.html").toUri().toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("smallwins-password")))
                    .sendKeys(EncryptedJournal.PASSWORD);
            phone.findElement(By.cssSelector(".lock__button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hero__title")));
            // Followed by a script, as a tap does, not by Selenium, which would scroll the row first.
            phone.executeScript("arguments[0].click()", phone.findElement(By.xpath("//nav//a[normalize-space()='Search']")));
            By current = By.cssSelector(".site-nav a[aria-current=page]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(current, "Search"));
            SiteInBrowserIT.assertInRow(phone, phone.findElement(current), "the decrypted Search page");
            assertThat(((Number) phone.executeScript("return window.scrollY")).doubleValue()).isZero();
        } finally {
            phone.quit();
        }
    }

    @Test
    void withJavaScriptOffTheLockedPageSaysItIsNeeded() {
        ChromeDriver noScript = Browser.open(800, 600, Map.of("profile.managed_default_content_settings.javascript", 2));
        try {
            noScript.get(sealed.resolve("index.html").toUri().toString());
            String text = noScript.findElement(By.tagName("body")).getText();
            assertThat(text).contains("needs JavaScript");
            assertThat(noScript.findElement(By.id("smallwins-unlock")).isDisplayed()).isFalse();
        } finally {
            noScript.quit();
        }
    }

    private void searchFindsCoffeeWithSam(String name) throws Exception {
        WebElement input = visible(By.id("search-input"));
        input.sendKeys(BODY_WORD);
        wait(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Coffee with Sam"));
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results a"));
        assertThat(results).extracting(WebElement::getText).contains("Coffee with Sam");
        screenshot("search-" + name);
        results.stream().filter(a -> a.getText().equals("Coffee with Sam")).findFirst().orElseThrow().click();
        wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".entry__title"),
                "Coffee with Sam"));
        browser.navigate().back();
        visible(By.id("search-input"));
    }

    private static WebElement visible(By by) {
        return wait(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("private-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
