package org.catalyse.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Chromium driven by the chromedriver installed on the machine, for the browser tests. The
 * browser and its driver are taken from the system ({@code /usr/bin/chromium} or {@code CHROME_BIN},
 * {@code /usr/bin/chromedriver} or {@code -Dwebdriver.chrome.driver}); nothing is ever downloaded. Without
 * them the tests are skipped, except on continuous integration ({@code CI=true}) where they fail.
 */
public final class Browser implements AutoCloseable {

    /** The WCAG levels checked by axe-core: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String DEFAULT_BINARY = "/usr/bin/chromium";
    private static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";
    private static final String AXE_RESOURCE = "/axe/axe.min.js";

    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
              .then(function (results) {
                done(JSON.stringify(results.violations.map(function (v) {
                  return {
                    id: v.id,
                    impact: v.impact,
                    help: v.help,
                    helpUrl: v.helpUrl,
                    count: v.nodes.length,
                    targets: v.nodes.slice(0, 5).map(function (n) { return JSON.stringify(n.target); })
                  };
                })));
              })
              .catch(function (e) { done(JSON.stringify({error: String(e)})); });
            """;

    /** One rule broken by the page, with the first elements concerned (CSS selectors). */
    public record Violation(String id, String impact, String help, String helpUrl, int count, List<String> targets) {

        @Override
        public String toString() {
            return "[" + impact + "] " + id + ": " + help + " (" + count + " element(s), e.g. "
                    + String.join(", ", targets) + ") " + helpUrl;
        }
    }

    private static volatile String axeSource;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a headless Chromium with a fresh profile, in French, in a 1280×1000 window. Skips the calling
     * test when Chromium or chromedriver is missing, or fails it on continuous integration.
     */
    private static Browser shared;

    /**
     * The browser shared by the browser tests of this JVM, started on first use with its cookies cleared
     * for each visit, and closed when the JVM ends.
     */
    public static synchronized Browser forNextVisit() {
        if (shared == null) {
            shared = start();
            Browser closing = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(closing::close));
        }
        shared.clearCookies();
        return shared;
    }

    static Browser start() {
        Path binary = Path.of(firstNonBlank(System.getenv("CHROME_BIN"), DEFAULT_BINARY));
        Path driverPath = Path.of(firstNonBlank(System.getProperty("webdriver.chrome.driver"), DEFAULT_DRIVER));
        if (!Files.isExecutable(binary) || !Files.isExecutable(driverPath)) {
            String message = "The browser tests need Chromium (" + binary + ", or set CHROME_BIN) and chromedriver ("
                    + driverPath + ", or set -Dwebdriver.chrome.driver): install chromium chromium-driver,"
                    + " e.g. apt-get install chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("catalyse-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--lang=fr-FR");
        // Headless Chromium does not derive Accept-Language from --lang: French is asked for explicitly.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        // The driver is given explicitly, so Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverPath.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the current page and returns its result. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Forgets the cookies of every site (the remembered language, for one). */
    void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Runs axe-core on the current page with the WCAG 2.1 A and AA rules and returns what it found. */
    public List<Violation> axeViolations() {
        script(axeSource());
        Object json = ((JavascriptExecutor) driver).executeAsyncScript(AXE_RUN, WCAG_TAGS);
        String text = String.valueOf(json);
        if (text.startsWith("{")) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + text);
        }
        return List.of(JsonMapper.shared().readValue(text, Violation[].class));
    }

    /** The violations one per line, for a failure message. */
    public static String describe(List<Violation> violations) {
        return violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static String axeSource() {
        String source = axeSource;
        if (source == null) {
            source = readAxeSource();
            axeSource = source;
        }
        return source;
    }

    private static String readAxeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + AXE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstNonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A file still held by an exiting browser process; the directory is temporary anyway.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Same: leave what cannot be removed to the system's temporary files cleanup.
        }
    }
}
