package org.sezflow.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the Debian chromedriver, logged into one of Camunda's
 * web apps as one user. Without Chromium the browser tests are skipped, unless the build runs
 * with {@code -Dsezflow.browser-tests=required} (as CI's H2 pass does), where a missing browser
 * fails; {@code -Dsezflow.browser-tests=skip} skips them (CI's MySQL pass: see README).
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static int shots;

  final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  static void requireBrowser() {
    Assumptions.assumeFalse("skip".equals(System.getProperty("sezflow.browser-tests")),
        "browser tests skipped in this pass (-Dsezflow.browser-tests=skip)");
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!available && "required".equals(System.getProperty("sezflow.browser-tests"))) {
      throw new IllegalStateException("Browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed; browser tests skipped");
  }

  BrowserSession(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("sezflow-chromium"));
    // The page's console, for consoleErrors() when a test fails.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    // Officials' browsers run on Pakistan time: Camunda's own dates (moment.js) follow the browser's zone.
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(java.util.Map.of("TZ", "Asia/Karachi")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    // Tasklist re-renders its lists while loading: an element found a moment ago may be replaced.
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * Logs into a web app ("tasklist", "cockpit", "admin") with its login form, and waits until the
   * form is gone. A refused login fails with the page's message; a click the page did not take yet
   * (still loading on a busy machine) is given once more.
   */
  void logIn(String app, String userId, String password) {
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    WebElement username =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    username.sendKeys(userId);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(
            By.cssSelector("input[ng-model='password']")).isEmpty()
            || !d.findElements(By.cssSelector(
                ".page-notifications .alert-danger")).isEmpty());
        break;
      } catch (org.openqa.selenium.TimeoutException stillThere) {
        List<WebElement> submit = driver.findElements(By.cssSelector("button[type='submit']"));
        if (attempt == 1 || submit.isEmpty()) {
          throw stillThere;
        }
        submit.get(0).click();
      }
    }
    List<WebElement> refused = driver.findElements(By.cssSelector(".page-notifications .alert-danger"));
    if (!refused.isEmpty()) {
      throw new IllegalStateException("Login of " + userId + " into " + app + " refused: " + refused.get(0).getText());
    }
  }

  /** What the page wrote to its console at level INFO or above since the last call. */
  java.util.List<String> consoleErrors() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.INFO.intValue())
        .map(entry -> entry.getMessage()).toList();
  }

  /**
   * The page's errors since the last call: script errors, console.error and every request answered
   * with an error status (Chromium logs "Failed to load resource" for each).
   */
  java.util.List<String> severeConsoleEntries() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(entry -> entry.getMessage()).toList();
  }

  /** axe-core's serious and critical violations within the elements matching {@code css}. */
  java.util.List<String> accessibilityViolations(String css) {
    com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
        .include(css).analyze(driver);
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
            + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList())
        .toList();
  }

  void open(String pathAndFragment) {
    driver.get(baseUrl + pathAndFragment);
  }

  WebElement await(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until an element matches {@code css}, visible or scrolled out of its pane. */
  void awaitPresent(String css) {
    wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  void awaitText(String text) {
    wait.until(d -> pageText().contains(text));
  }

  /**
   * The rendered text (innerText) of the elements matching {@code css}, one after another; empty
   * when none. Also the text scrolled out of a web app's scroll pane, which Selenium's getText leaves out.
   */
  String text(String css) {
    Object text = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
        + "arguments[0])).map(e => e.innerText).join('\\n');", css);
    return String.valueOf(text);
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Clicks the first visible element matching {@code css} whose text contains {@code text}. */
  void clickText(String css, String text) {
    wait.until(d -> {
      List<WebElement> candidates = d.findElements(By.cssSelector(css));
      WebElement target = candidates.stream().filter(e -> e.isDisplayed() && e.getText().contains(text))
          .findFirst().orElse(null);
      if (target == null) {
        return false;
      }
      return click(target);
    });
  }

  /** Clicks the element found by {@code locator}, finding it again if the page replaced it. */
  void click(By locator) {
    wait.until(d -> click(d.findElement(locator)));
  }

  /**
   * Scrolls the element to the middle and clicks it; false (try again) while something else, such
   * as the footer of a page still laying out, would take the click.
   */
  private boolean click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
      return true;
    } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
      return false;
    }
  }

  void until(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name));
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
