package vn.lotrinh.planner.api.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by its chromedriver, with a profile of its own, the browser's console kept for
 * the test to read, and screenshots written under {@code target/screenshots}.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** How often a wait looks again; Selenium's default, half a second, is longer than most views take to draw. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path profile;
    private final ChromeDriver driver;
    private final String root;

    BrowserSession(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        try {
            profile = Files.createTempDirectory("lotrinh-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        root = "http://localhost:" + port;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the page afresh at a view ("plans", "timeline" …), nothing remembered, and waits until it is drawn. */
    void openFresh(String view) {
        driver.get(root + "/#" + view);
        driver.executeScript("localStorage.clear();");
        driver.navigate().refresh();
        awaitView(view);
    }

    void reload() {
        driver.navigate().refresh();
    }

    /** Waits until a view is shown and drawn (its section says data-ready="true"). */
    WebElement awaitView(String view) {
        return await(By.cssSelector("#view-" + view + "[data-ready='true']:not([hidden])"));
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT, POLL).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement awaitPresent(By locator) {
        return new WebDriverWait(driver, WAIT, POLL).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    void awaitText(By locator, String text) {
        new WebDriverWait(driver, WAIT, POLL).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** How many data items a chart's series holds, as ECharts has them. */
    long chartItems(String containerId, int series) {
        return (Long) script("const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + "return chart ? chart.getOption().series[arguments[1]].data.length : -1;", containerId, series);
    }

    /** Renders the page for print, as Print → Save as PDF does, or back for the screen. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's errors since the last call (failed requests included), each as Chromium wrote it. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
