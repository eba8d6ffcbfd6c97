package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Debian Chromium against a real server and store: search, read an article
 * with its highlighted event, draw the timeline, network and actor pages, and show a hostile
 * article as text without running any of it. Screenshots go to target/screenshots.
 */
@ExtendWith(BrowserSession.Start.class)
class BrowserTest {
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void start() {
    driver = BrowserSession.current.driver;
    base = BrowserSession.current.base;
  }

  private static WebDriverWait waiting() {
    return BrowserSession.current.waiting();
  }

  private static void screenshot(String name) throws IOException {
    BrowserSession.current.screenshot(name);
  }

  private static Object js(String script) {
    return BrowserSession.current.js(script);
  }

  @Test
  void searchThenReadTheArticleWithItsEventHighlighted() throws IOException {
    driver.get(base);
    WebElement q = waiting().until(ExpectedConditions.elementToBeClickable(By.name("q")));
    q.sendKeys("Moskau");
    driver.findElement(By.cssSelector("#form button")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Moskau"));
    WebElement hit = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.hit")));
    assertTrue(hit.findElements(By.tagName("mark")).stream().anyMatch(m -> m.getText().equals("Moskau")), hit.getText());
    screenshot("search");

    hit.findElement(By.tagName("a")).click();
    WebElement trigger = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#body .hl-trigger")));
    assertEquals("reiste", trigger.getText());
    assertTrue(driver.findElements(By.cssSelector("#body .hl-actor")).stream().anyMatch(e -> e.getText().equals("Wang Yi")));
    assertEquals("am Montag", driver.findElement(By.cssSelector("#body .hl-time")).getText());
    WebElement item = driver.findElement(By.id("event-e1"));
    assertTrue(item.getText().contains("042"), item.getText());
    assertTrue(item.getText().contains("de.visit.travel"), item.getText());
    item.click();
    List<WebElement> selected = driver.findElements(By.cssSelector("#body .selected"));
    assertFalse(selected.isEmpty(), "clicking the event in the list marks its sentence");
    assertTrue(selected.stream().allMatch(e -> e.getAttribute("data-events").contains("e1")));
    screenshot("article");
  }

  @Test
  void timelineDrawsTheChart() throws IOException {
    driver.get(base + "timeline.html?a=CHN&b=RUS&by=month");
    waiting().until(ExpectedConditions.attributeToBe(By.id("chart"), "data-state", "drawn"));
    WebElement chart = driver.findElement(By.id("chart"));
    assertTrue(Integer.parseInt(chart.getAttribute("data-points")) > 12, chart.getAttribute("data-points"));
    assertFalse(chart.findElements(By.tagName("canvas")).isEmpty());
    assertTrue(driver.findElement(By.id("summary")).getText().contains("CHN and RUS"));
    screenshot("timeline");
  }

  @Test
  void eventsTableSortsAndLinksToTheSentence() throws IOException {
    driver.get(base + "events.html?actor=RUS&code=13");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rows tr")));
    driver.findElement(By.cssSelector("th[data-key=goldstein]")).click();
    // the server sorts the whole list: the page reloads with sort in its address
    waiting().until(ExpectedConditions.urlContains("sort=goldstein"));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("th.sorted-asc[data-key=goldstein]")));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rows tr")));
    List<WebElement> cells = driver.findElements(By.cssSelector("#rows tr td:nth-child(5)"));
    double first = Double.parseDouble(cells.get(0).getText());
    double last = Double.parseDouble(cells.get(cells.size() - 1).getText());
    assertTrue(first <= last, first + " > " + last);
    String csv = driver.findElement(By.id("csv")).getAttribute("href");
    assertTrue(csv.contains("format=csv") && csv.contains("actor=RUS") && csv.contains("sort=goldstein"), csv);
    driver.findElement(By.cssSelector("th[data-key=goldstein]")).click();
    waiting().until(ExpectedConditions.urlContains("sort=-goldstein"));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("th.sorted-desc[data-key=goldstein]")));
    List<WebElement> descending = driver.findElements(By.cssSelector("#rows tr td:nth-child(5)"));
    assertTrue(Double.parseDouble(descending.get(0).getText()) >= Double.parseDouble(descending.get(descending.size() - 1).getText()));
    screenshot("events");
    WebElement threat = driver.findElements(By.cssSelector("#rows a[href*='id=threat']")).get(0);
    threat.click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#body .selected")));
    assertEquals("drohte", driver.findElement(By.cssSelector("#body .hl-trigger.selected")).getText());
  }

  @Test
  void networkAndActorPagesDraw() throws IOException {
    driver.get(base + "network.html?min=10");
    waiting().until(ExpectedConditions.attributeToBe(By.id("chart"), "data-state", "drawn"));
    WebElement chart = driver.findElement(By.id("chart"));
    assertTrue(Integer.parseInt(chart.getAttribute("data-points")) >= 2);
    screenshot("network");
    driver.get(base + "actor.html?id=person%3Awang-yi");
    waiting().until(ExpectedConditions.attributeToBe(By.id("chart"), "data-state", "drawn"));
    assertEquals("Wang Yi", driver.findElement(By.id("name")).getText());
    assertTrue(driver.findElement(By.id("roles")).getText().contains("Außenminister"));
    assertFalse(driver.findElements(By.cssSelector("#partners a")).isEmpty());
    screenshot("actor");
  }

  @Test
  void hostileArticleIsShownAsTextAndNothingRuns() throws IOException {
    driver.get(base + "article.html?id=" + TestStores.HOSTILE_ID);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-e1")));
    String body = driver.findElement(By.id("body")).getText();
    assertTrue(body.contains("<script>window.pwned='script'</script>"), body);
    assertTrue(body.contains("<img src=x onerror=\"window.pwned='img'\">"), body);
    assertTrue(body.contains("<b>fett</b>"), body);
    assertTrue(driver.findElement(By.id("title")).getText().startsWith("<script>"));
    assertTrue(driver.findElement(By.id("event-e1")).getText().contains("<img src=y"));
    assertEquals(0L, js("return document.querySelectorAll('main img, main script, main b, main i').length;"));
    assertNull(js("return window.pwned === undefined ? null : window.pwned;"), "an injected script ran");
    screenshot("hostile-article");

    driver.get(base + "?q=Einladung");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.hit")));
    assertTrue(driver.findElement(By.cssSelector("li.hit a")).getText().contains("<script>"));
    driver.get(base + "events.html?actor=CHN&code=111&from=2024-07-01&to=2024-07-01");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rows tr")));
    assertTrue(driver.findElement(By.id("rows")).getText().contains("<img src=y"));
    assertEquals(0L, js("return document.querySelectorAll('main img, main script').length;"));
    assertNull(js("return window.pwned === undefined ? null : window.pwned;"), "an injected script ran");
    screenshot("hostile-events");
  }
}
