package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web UI as a new user meets it: undated events counted beside the charts (4), empty answers
 * that say why and a network that fits its frame (5), plain-word search (6), continuous time axes
 * with whole-number ticks and dates at their precision (7), titles instead of ids (8).
 */
@ExtendWith(BrowserSession.Start.class)
class NewUserBrowserTest {
  private static BrowserSession b() {
    return BrowserSession.current;
  }

  private static void open(String page) {
    b().driver.get(b().base + page);
  }

  private static WebElement visible(String css) {
    return b().waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static void drawn() {
    b().waiting().until(ExpectedConditions.attributeToBe(By.id("chart"), "data-state", "drawn"));
  }

  @Test
  void actorPageSaysHowManyEventsHaveNoDateAndTheChartAddsUpToTheRest() throws IOException {
    open("actor.html?id=country%3ARUS");
    drawn();
    long total = Long.parseLong(b().driver.findElement(By.cssSelector("#cards .card:first-child .n")).getText().replace(",", ""));
    WebElement undated = visible("#undated");
    assertTrue(undated.getText().startsWith(String.format("1 of the %,d events have no date and are not in the chart", total)),
        undated.getText());
    Number inChart = (Number) b().js("const o = echarts.getInstanceByDom(document.getElementById('chart')).getOption();"
        + "return o.series.slice(0, 4).reduce((n, s) => n + s.data.reduce((m, v) => m + (v || 0), 0), 0);");
    assertEquals(total - 1, inChart.longValue(), "the bars hold every dated event");
    undated.findElement(By.tagName("a")).click();
    WebElement row = visible("#rows tr");
    assertTrue(b().driver.getCurrentUrl().contains("undated=true"));
    assertEquals("no date", row.findElement(By.cssSelector("td:first-child")).getText());
    assertTrue(visible("#shown").getText().endsWith("of 1"), b().driver.findElement(By.id("shown")).getText());
    b().screenshot("actor-undated");
  }

  @Test
  void timelineAxisIsContinuousWithWholeNumberTicksAndTheUndatedCounted() throws IOException {
    open("timeline.html?a=CHN&b=RUS&by=month");
    drawn();
    @SuppressWarnings("unchecked")
    List<String> months = (List<String>) b().js("return echarts.getInstanceByDom(document.getElementById('chart')).getOption().xAxis[0].data;");
    for (int i = 1; i < months.size(); i++) {
      assertEquals(YearMonth.parse(months.get(i - 1)).plusMonths(1), YearMonth.parse(months.get(i)), "no month left out at " + i);
    }
    String ticks = b().driver.findElement(By.id("chart")).getAttribute("data-ticks");
    assertFalse(ticks.isEmpty());
    for (String tick : ticks.replaceAll("[\\[\\]]", "").split(",")) {
      assertEquals(0, Double.parseDouble(tick) % 1, "a count axis tick is a whole number: " + ticks);
    }
    assertTrue(visible("#undated").getText().startsWith("1 more event has no date and is in no period"));
    b().screenshot("timeline-continuous");

    // few events on a year axis: ticks 0, 1, 2 …, never 0.5
    open("timeline.html?a=CHN&b=RUS&by=year&from=2024-03-01&to=2024-03-31");
    drawn();
    String few = b().driver.findElement(By.id("chart")).getAttribute("data-ticks");
    assertFalse(few.contains("."), few);
  }

  @Test
  void emptyAnswersSayWhy() throws IOException {
    open("timeline.html?a=XYZ&b=RUS");
    assertTrue(visible("#error").getText().contains("no event has \"XYZ\" as source or target"));
    open("timeline.html?a=person%3Awang-yi&b=country%3AUKR");
    assertEquals("no events between person:wang-yi and country:UKR (each has events with others)", visible("#note").getText());
    open("events.html?actor=XYZ");
    assertTrue(visible("#note").getText().startsWith("no event has \"XYZ\""));
    open("network.html?min=100000");
    WebElement note = visible("#note");
    assertTrue(note.getText().matches("no pair of actors has at least 100,000 events; the busiest pair has [\\d,]+: lower the minimum"),
        note.getText());
    b().screenshot("network-empty");
  }

  @Test
  void networkFitsItsFrameAndItsLabelsDoNotOverlap() throws IOException {
    open("network.html");
    drawn();
    @SuppressWarnings("unchecked")
    Map<String, Object> check = (Map<String, Object>) b().js(String.join("\n",
        "const box = document.getElementById('chart').getBoundingClientRect();",
        "const inside = r => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;",
        "const shapes = [...document.querySelectorAll('#chart svg path, #chart svg circle')].map(e => e.getBoundingClientRect())",
        "  .filter(r => r.width > 0 || r.height > 0);",
        "const labels = [...document.querySelectorAll('#chart svg text')].filter(t => {",
        "  const s = getComputedStyle(t); return s.display !== 'none' && s.visibility !== 'hidden' && s.opacity !== '0'",
        "    && t.getAttribute('opacity') !== '0' && t.textContent.trim() !== ''; }).map(t => t.getBoundingClientRect());",
        "let overlaps = 0;",
        "for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {",
        "  const a = labels[i], c = labels[j];",
        "  if (a.left < c.right - 1 && c.left < a.right - 1 && a.top < c.bottom - 1 && c.top < a.bottom - 1) overlaps++; }",
        "return { shapes: shapes.length, outside: shapes.filter(r => !inside(r)).length, labels: labels.length,",
        "  labelsOutside: labels.filter(r => !inside(r)).length, overlaps: overlaps,",
        "  box: JSON.stringify(box), firstOutside: JSON.stringify(labels.filter(r => !inside(r))[0] || null) };"));
    b().screenshot("network-fitted");
    assertTrue(((Number) check.get("shapes")).longValue() > 10, check.toString());
    assertTrue(((Number) check.get("labels")).longValue() >= 5, check.toString());
    assertEquals(0L, ((Number) check.get("outside")).longValue(), "no node or edge is cut off: " + check);
    assertEquals(0L, ((Number) check.get("labelsOutside")).longValue(), "no label is cut off: " + check);
    assertEquals(0L, ((Number) check.get("overlaps")).longValue(), "no two labels overlap: " + check);
  }

  @Test
  void searchTakesPlainWordsAndPagesShowTitlesNotIds() throws IOException {
    open("?q=" + java.net.URLEncoder.encode("(Lieferungen", java.nio.charset.StandardCharsets.UTF_8));
    WebElement hit = visible("li.hit");
    WebElement link = hit.findElement(By.tagName("a"));
    assertEquals(TestStores.UNDATED_FIRST_LINE, link.getText(), "the first line stands in for the missing title");
    assertTrue(hit.findElement(By.className("meta")).getText().startsWith("no date · agentur.csv:12"));
    assertFalse(b().driver.findElement(By.tagName("main")).getText().contains(TestStores.UNDATED_ID + " "), "no id shown");
    b().screenshot("search-untitled");
    link.click();
    assertEquals(TestStores.UNDATED_FIRST_LINE, visible("#title").getText());
    assertTrue(b().driver.findElement(By.id("meta")).getText().startsWith("no date · agentur.csv:12"));

    open("?q=" + java.net.URLEncoder.encode("(Lieferungen", java.nio.charset.StandardCharsets.UTF_8) + "&advanced=true");
    String error = visible("#error").getText();
    assertTrue(error.startsWith("cannot read the advanced search"), error);
    assertFalse(error.contains("Cannot parse") || error.contains("Encountered"), error);
  }

  @Test
  void datesShowTheirPrecision() throws IOException {
    open("events.html?actor=RUS&with=UKR&code=163&from=2024-02-01&to=2024-02-29");
    visible("#rows tr");
    List<String> dates = b().driver.findElements(By.cssSelector("#rows tr td:first-child")).stream().map(WebElement::getText).toList();
    assertTrue(dates.contains("2024-02"), "the month-precision event: " + dates);
    open("article.html?id=" + TestStores.MONTH_ID);
    assertTrue(visible("#meta").getText().startsWith("2024-02 · "), b().driver.findElement(By.id("meta")).getText());
    assertTrue(visible("#event-e1").getText().contains("2024-02 · "), b().driver.findElement(By.id("event-e1")).getText());
  }
}
