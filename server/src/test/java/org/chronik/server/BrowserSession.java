package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.chronik.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, one server and one filled store for every browser test class of
 * a run (started by the first class, closed when the run ends). Screenshots go to target/screenshots.
 */
final class BrowserSession implements ExtensionContext.Store.CloseableResource {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** Held, so the level set on it stays: java.util.logging keeps loggers only weakly. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  final Path folder;
  final Store store;
  final Javalin server;
  final ChromeDriver driver;
  final String base;

  /** Gives each browser test class the session: {@code @ExtendWith(BrowserSession.Start.class)} and {@link #current}. */
  static final class Start implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(BrowserSession.class, k -> new BrowserSession(), BrowserSession.class);
    }
  }

  static BrowserSession current;

  private BrowserSession() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    }
    assertTrue(present, "CI needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    // Selenium warns through java.util.logging that it has no DevTools for this Chromium version; the tests use none
    SELENIUM_LOG.setLevel(Level.SEVERE);
    try {
      folder = Files.createTempDirectory("chronik-browser");
      store = TestStores.filled(folder.resolve("store"));
      server = ChronikServer.start(store, "127.0.0.1", 0);
      base = "http://127.0.0.1:" + server.port() + "/";
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium")));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      driver = new ChromeDriver(service, options);
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      server.stop();
      store.close();
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
