package org.smallwins.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), with the driver path
 * given so Selenium never tries to download a browser or driver.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A new headless browser; skips the test on a developer machine without Chromium, never in CI. */
    static ChromeDriver open(int width, int height) {
        return open(width, height, Map.of());
    }

    /** A new headless browser with these Chromium preferences (such as JavaScript turned off). */
    static ChromeDriver open(int width, int height, Map<String, Object> prefs) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)");
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
                "--window-size=" + width + "," + height);
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // Headless Chromium keeps its window at least 500 px wide whatever --window-size says, so a
        // "390 px" phone was laid out 500 px wide. The page's own viewport is set to the size asked.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }
}
