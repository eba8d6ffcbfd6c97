package org.chronik.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chronik watch against a site on 127.0.0.1: new items, 304, broken pages, a slow server, a restart, robots.txt, dedup. */
class WatcherTest {
  @TempDir Path dir;
  private FixtureServer site;
  private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
  private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);
  private MutableClock clock;

  /** A clock the test moves forward, so back-off waits pass without sleeping. */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Short pauses; a timeout long enough that the local fixture server answers within it even on a
   * loaded machine (800 ms failed there). The timeout test has options of its own.
   */
  static final WatchOptions FAST = new WatchOptions(Duration.ofMillis(5), Duration.ofSeconds(10), 200_000,
      WatchOptions.USER_AGENT, Duration.ofMinutes(1), Duration.ofHours(1), 3);

  /** As {@link #FAST}, with a timeout the slow fixture (60 s) exceeds many times over. */
  static final WatchOptions SHORT_TIMEOUT = new WatchOptions(Duration.ofMillis(5), Duration.ofSeconds(3), 200_000,
      WatchOptions.USER_AGENT, Duration.ofMinutes(1), Duration.ofHours(1), 3);

  @BeforeEach
  void start() throws Exception {
    site = new FixtureServer();
    site.text("/robots.txt", "User-agent: *\nDisallow: /privat/\n");
    clock = new MutableClock();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private Watcher watcher(Store store) {
    return watcher(store, FAST);
  }

  private Watcher watcher(Store store, WatchOptions options) {
    return new Watcher(store, AnnotatedDocument::of, options, errors, clock);
  }

  private List<String> errorLines() {
    String s = errorBytes.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  private static List<String> column(Store store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void newItemsAreStoredAnUnchangedFeedAnswers304AndOnlyNewItemsAreFetched() throws Exception {
    site.page("/a", Fixtures.page("Treffen in Warschau", "2026-11-30T10:00:00+01:00", null, Fixtures.SUMMIT));
    site.page("/b", Fixtures.page("Protest in Tiflis", null, null, Fixtures.PROTEST));
    site.feed("/feed.xml", Fixtures.rss(Fixtures.item(site.url("/a"), "Treffen", null),
        Fixtures.item(site.url("/b"), "Protest", "Sun, 29 Nov 2026 18:30:00 GMT")));
    try (Store store = Store.open(dir.resolve("store"))) {
      Watcher w = watcher(store);
      String first = w.poll(List.of(site.url("/feed.xml")));
      assertTrue(first.startsWith("poll 1: 1 feed, 2 new articles"), first);
      // the page's own date, else the feed's
      assertEquals(List.of("2026-11-29 Protest in Tiflis", "2026-11-30 Treffen in Warschau"),
          column(store, "SELECT creation_date || ' ' || title FROM articles ORDER BY creation_date"));
      assertEquals(List.of(site.url("/a"), site.url("/b")), column(store, "SELECT url FROM articles ORDER BY url"));

      String second = w.poll(List.of(site.url("/feed.xml")));
      assertTrue(second.startsWith("poll 2: 1 feed (1 unchanged), 0 new articles"), second);
      assertEquals(1, site.requests.stream().filter(r -> r.path().equals("/feed.xml") && r.ifNoneMatch() != null).count(),
          "the second request sends the ETag back");
      assertEquals(1, site.count("/a"), "an unchanged feed fetches no page");

      site.page("/c", Fixtures.page("Gespräche", "2026-12-01", null, Fixtures.TALKS));
      site.feed("/feed.xml", Fixtures.rss(Fixtures.item(site.url("/c"), "Gespräche", null),
          Fixtures.item(site.url("/a"), "Treffen", null), Fixtures.item(site.url("/b"), "Protest", null)));
      String third = w.poll(List.of(site.url("/feed.xml")));
      assertTrue(third.startsWith("poll 3: 1 feed, 1 new article"), third);
      assertEquals(1, site.count("/a"), "known items are not fetched again");
      assertEquals(3, store.count("articles"));
      assertEquals(List.of(), errorLines());
      assertTrue(site.requests.stream().allMatch(r -> WatchOptions.USER_AGENT.equals(r.userAgent())), "every request says who asks");
      assertEquals(1, site.count("/robots.txt"), "robots.txt is read once per host");
    }
  }

  @Test
  void aBrokenPageIsOneLineAndRetriedWithBackOffWhileTheOthersGoOn() throws Exception {
    site.page("/gut", Fixtures.page("Treffen", "2026-11-30", null, Fixtures.SUMMIT));
    site.page("/leer", "<html><head></head><body><script>var x = 1;</script></body></html>");
    site.status("/kaputt", 500);
    site.feed("/feed.xml", Fixtures.rss(Fixtures.item(site.url("/leer"), "Leer", null),
        Fixtures.item(site.url("/kaputt"), "Kaputt", null), Fixtures.item(site.url("/gut"), "Gut", null)));
    try (Store store = Store.open(dir.resolve("store"))) {
      Watcher w = watcher(store);
      String line = w.poll(List.of(site.url("/feed.xml")));
      assertTrue(line.startsWith("poll 1: 1 feed, 1 new article, 2 pages failed"), line);
      List<String> errs = errorLines();
      assertEquals(2, errs.size(), String.join("\n", errs));
      assertTrue(errs.contains("watch: page " + site.url("/leer") + ": no article text found in the HTML page (failure 1, next try in 60 s)"), errs.toString());
      assertTrue(errs.contains("watch: page " + site.url("/kaputt") + ": HTTP 500 (failure 1, next try in 60 s)"), errs.toString());

      w.poll(List.of(site.url("/feed.xml")));
      assertEquals(1, site.count("/kaputt"), "not tried again before its back-off has passed");

      site.page("/kaputt", Fixtures.page("Protest", "2026-11-29", null, Fixtures.PROTEST));
      clock.now = clock.now.plus(Duration.ofMinutes(2));
      String retried = w.poll(List.of(site.url("/feed.xml")));
      assertEquals(2, site.count("/kaputt"));
      assertTrue(retried.contains("1 new article, 1 page failed"), retried);
      assertTrue(errorLines().get(errorLines().size() - 1).endsWith("(failure 2, next try in 2 min)"), errorLines().toString());

      clock.now = clock.now.plus(Duration.ofMinutes(5));
      w.poll(List.of(site.url("/feed.xml")));
      assertTrue(errorLines().get(errorLines().size() - 1).endsWith("(failure 3, given up)"), errorLines().toString());
      clock.now = clock.now.plus(Duration.ofHours(2));
      w.poll(List.of(site.url("/feed.xml")));
      assertEquals(3, site.count("/leer"), "a page given up is not fetched again");
      assertEquals(2, store.count("articles"));
    }
  }

  @Test
  void aSlowServerTimesOutAndDoesNotHoldUpTheOtherFeeds() throws Exception {
    site.page("/gut", Fixtures.page("Treffen", "2026-11-30", null, Fixtures.SUMMIT));
    site.feed("/schnell.xml", Fixtures.rss(Fixtures.item(site.url("/gut"), "Gut", null)));
    site.slow("/langsam.xml", Fixtures.rss(), 60_000);
    try (Store store = Store.open(dir.resolve("store"))) {
      long started = System.nanoTime();
      String line = watcher(store, SHORT_TIMEOUT).poll(List.of(site.url("/langsam.xml"), site.url("/schnell.xml")));
      double seconds = (System.nanoTime() - started) / 1e9;
      assertTrue(line.startsWith("poll 1: 2 feeds (1 failed), 1 new article"), line);
      assertTrue(seconds < 30, "the slow feed (60 s) was given up after its timeout (3 s), not waited for: " + seconds + " s");
      assertEquals(List.of("watch: feed " + site.url("/langsam.xml") + ": no complete answer within 3000 ms (failure 1, next try in 60 s)"),
          errorLines());
      assertEquals(1, store.count("articles"));
    }
  }

  @Test
  void aRestartNeitherLosesNorRepeatsArticles() throws Exception {
    site.page("/a", Fixtures.page("Treffen", "2026-11-30", null, Fixtures.SUMMIT));
    site.status("/b", 503);
    site.feed("/feed.xml", Fixtures.rss(Fixtures.item(site.url("/a"), "A", null), Fixtures.item(site.url("/b"), "B", null)));
    try (Store store = Store.open(dir.resolve("store"))) {
      watcher(store).poll(List.of(site.url("/feed.xml")));
      assertEquals(1, store.count("articles"));
    }
    // a new process: nothing in memory, everything from the store
    site.page("/b", Fixtures.page("Protest", "2026-11-29", null, Fixtures.PROTEST));
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    try (Store store = Store.open(dir.resolve("store"))) {
      String line = watcher(store).poll(List.of(site.url("/feed.xml")));
      assertTrue(line.startsWith("poll 1: 1 feed (1 unchanged), 1 new article"), line);
      assertEquals(2, store.count("articles"));
      assertEquals(1, site.count("/a"), "the stored page is not fetched again");
      assertEquals(2, site.count("/b"), "the failed page is tried again after the restart");
    }
    // the feed's validators were saved after its items were handled, and the stored article is known
    try (Store store = Store.open(dir.resolve("store"))) {
      String line = watcher(store).poll(List.of(site.url("/feed.xml")));
      assertTrue(line.startsWith("poll 1: 1 feed (1 unchanged), 0 new articles"), line);
    }
  }

  @Test
  void theSameArticleUnderAnotherAddressOrWithTheSameTextIsStoredOnce() throws Exception {
    site.page("/artikel?id=7", Fixtures.page("Treffen", "2026-11-30", site.url("/treffen"), Fixtures.SUMMIT));
    site.page("/artikel?id=7&ref=rss", Fixtures.page("Treffen", "2026-11-30", site.url("/treffen"), Fixtures.SUMMIT));
    // the same text on another site, without a canonical link: an agency report printed twice
    site.page("/kopie", Fixtures.page("Treffen", "2026-11-30", null, Fixtures.SUMMIT));
    site.feed("/eins.xml", Fixtures.rss(Fixtures.item(site.url("/artikel?id=7"), "Treffen", null)));
    site.feed("/zwei.xml", Fixtures.atom(site.url("/artikel?id=7&ref=rss"), "Treffen", "2026-11-30T09:00:00Z"));
    site.feed("/drei.xml", Fixtures.rss(Fixtures.item(site.url("/kopie"), "Kopie", null)));
    try (Store store = Store.open(dir.resolve("store"))) {
      String line = watcher(store).poll(List.of(site.url("/eins.xml"), site.url("/zwei.xml"), site.url("/drei.xml")));
      assertTrue(line.startsWith("poll 1: 3 feeds, 1 new article, 2 duplicates"), line);
      assertEquals(List.of(site.url("/treffen")), column(store, "SELECT url FROM articles"));
      assertEquals(List.of("DUPLICATE", "DUPLICATE", "STORED"), column(store, "SELECT status FROM watch_pages ORDER BY status"));
    }
  }

  @Test
  void robotsTxtIsRespectedAndOversizedAnswersAreRefused() throws Exception {
    site.page("/privat/notiz", Fixtures.page("Intern", "2026-11-30", null, Fixtures.TALKS));
    site.page("/gross", Fixtures.page("Groß", "2026-11-30", null, "x".repeat(300_000)));
    site.page("/gut", Fixtures.page("Treffen", "2026-11-30", null, Fixtures.SUMMIT));
    site.feed("/feed.xml", Fixtures.rss(Fixtures.item(site.url("/privat/notiz"), "Intern", null),
        Fixtures.item(site.url("/gross"), "Groß", null), Fixtures.item(site.url("/gut"), "Gut", null)));
    try (Store store = Store.open(dir.resolve("store"))) {
      String line = watcher(store).poll(List.of(site.url("/feed.xml")));
      assertTrue(line.startsWith("poll 1: 1 feed, 1 new article, 1 page failed, 1 disallowed by robots.txt"), line);
      assertEquals(0, site.count("/privat/notiz"), "a disallowed page is never requested");
      assertEquals(List.of("watch: page " + site.url("/gross") + ": answer larger than 200,000 bytes (failure 1, next try in 60 s)"),
          errorLines());
    }
  }

  @Test
  void aFeedThatIsNoFeedIsOneLineAndBacksOff() throws Exception {
    site.page("/feed.xml", "<html><body>Wartungsarbeiten</body></html>");
    try (Store store = Store.open(dir.resolve("store"))) {
      Watcher w = watcher(store);
      w.poll(List.of(site.url("/feed.xml")));
      String line = w.poll(List.of(site.url("/feed.xml")));
      assertTrue(line.startsWith("poll 2: 1 feed (1 waiting to retry)"), line);
      assertEquals(1, errorLines().size(), errorLines().toString());
      assertTrue(errorLines().get(0).startsWith("watch: feed " + site.url("/feed.xml") + ": " + site.url("/feed.xml")
          + ": not an RSS or Atom feed"), errorLines().toString());
      assertEquals(1, site.count("/feed.xml"));
    }
  }
}
