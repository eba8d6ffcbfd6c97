package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event lists, timelines, actor rankings and full-text search over one small hand-built store. */
class QueriesTest {
  static final ActorRef CHN = new ActorRef("country:CHN", "China", ActorType.COUNTRY, "CHN", null, null);
  static final ActorRef RUS = new ActorRef("country:RUS", "Russia", ActorType.COUNTRY, "RUS", null, null);
  static final ActorRef XI = new ActorRef("person:xi-jinping", "Xi Jinping", ActorType.PERSON, "CHN", "GOV", "President of China");

  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void fill() {
    store = Store.open(dir);
    List<AnnotatedDocument> docs = new ArrayList<>();
    docs.add(Fixtures.phoneCall("fra-1.txt", "2024-03-05"));
    // China → Russia: two phone calls in January, one accusation in February; Russia → China: one call in February
    docs.add(Fixtures.eventsOnly("cr-1.txt", "2024-01-10", XI, RUS, Fixtures.PHONE));
    docs.add(Fixtures.eventsOnly("cr-2.txt", "2024-01-20", CHN, RUS, Fixtures.PHONE));
    docs.add(Fixtures.eventsOnly("cr-3.txt", "2024-02-03", CHN, RUS, Fixtures.ACCUSE));
    docs.add(Fixtures.eventsOnly("cr-4.txt", "2024-02-14", RUS, CHN, Fixtures.PHONE, Fixtures.SANCTION));
    store.writer().write(docs, 1);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void listsEventsNewestFirstWithEvidenceAndArticle() {
    Rows all = store.events().list(EventFilter.all(100));
    assertEquals(7, all.size()); // 9 events, the negated sanction left out
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      dates.add((String) all.get(i, "date"));
      assertTrue(((String) all.get(i, "evidence")).length() > 5);
      assertEquals(16, ((String) all.get(i, "article_id")).length());
    }
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, dates);
    assertEquals(8, store.events().list(new EventFilter(null, null, null, null, null, null, true, 100)).size());
  }

  @Test
  void sortsTheWholeListNotJustAPage() {
    EventQueries q = store.events();
    // ascending Goldstein over all events: the sanction (-8.0), then the two accusations (-2.0)
    Rows cheapest = q.list(EventFilter.all(3), EventOrder.parse("goldstein"));
    assertEquals(List.of(-8.0, -2.0, -2.0),
        List.of(cheapest.get(0, "goldstein"), cheapest.get(1, "goldstein"), cheapest.get(2, "goldstein")));
    Rows dearest = q.list(EventFilter.all(1), EventOrder.parse("-goldstein"));
    assertEquals(1.0, dearest.get(0, "goldstein"));
    // ties go newest first, so the order is total and pages do not overlap
    Rows byCode = q.list(EventFilter.all(100), EventOrder.parse("code"));
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < byCode.size(); i++) {
      codes.add((String) byCode.get(i, "code"));
      if (i > 0 && codes.get(i).equals(codes.get(i - 1))) {
        assertTrue(((String) byCode.get(i - 1, "date")).compareTo((String) byCode.get(i, "date")) >= 0, byCode.toString());
      }
    }
    List<String> sorted = new ArrayList<>(codes);
    java.util.Collections.sort(sorted);
    assertEquals(sorted, codes);
    assertEquals(store.events().list(EventFilter.all(100)).rows(), q.list(EventFilter.all(100), EventOrder.NEWEST).rows());
    // only the listed columns: nothing a user types reaches the SQL
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventOrder.parse("goldstein; DROP TABLE events"));
    assertTrue(e.getMessage().contains("cannot sort by"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventOrder.parse("evidence"));
  }

  @Test
  void filtersByActorDyadCodeQuadAndDates() {
    EventQueries q = store.events();
    // a country code matches every actor of that country, a person by key or by name
    assertEquals(5, q.list(new EventFilter("CHN", null, null, null, null, null, false, 100)).size());
    assertEquals(1, q.list(new EventFilter("person:xi-jinping", null, null, null, null, null, false, 100)).size());
    assertEquals(1, q.list(new EventFilter("xi jinping", null, null, null, null, null, false, 100)).size());
    assertEquals(4, q.list(new EventFilter("country:CHN", null, null, null, null, null, false, 100)).size());
    // --with matches both directions
    assertEquals(5, q.list(new EventFilter("RUS", "CHN", null, null, null, null, false, 100)).size());
    assertEquals(0, q.list(new EventFilter("RUS", "FRA", null, null, null, null, false, 100)).size());
    assertEquals(4, q.list(new EventFilter(null, null, "04", null, null, null, false, 100)).size());
    assertEquals(4, q.list(new EventFilter(null, null, "041", null, null, null, false, 100)).size());
    assertEquals(2, q.list(new EventFilter(null, null, null, 3, null, null, false, 100)).size());
    assertEquals(1, q.list(new EventFilter(null, null, null, 4, null, null, false, 100)).size());
    assertEquals(3, q.list(new EventFilter("CHN", null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28), false, 100)).size());
    assertEquals(2, q.list(new EventFilter(null, null, null, null, null, null, false, 2)).size());
  }

  @Test
  void refusesBadFilters() {
    assertThrows(IllegalArgumentException.class, () -> new EventFilter(null, "RUS", null, null, null, null, false, 10));
    assertThrows(IllegalArgumentException.class, () -> new EventFilter(null, null, "4a", null, null, null, false, 10));
    assertThrows(IllegalArgumentException.class, () -> new EventFilter(null, null, null, 5, null, null, false, 10));
    assertThrows(IllegalArgumentException.class,
        () -> new EventFilter(null, null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), false, 10));
  }

  @Test
  void timelineCountsQuadsAndMeansPerPeriodAndDirection() {
    Rows t = store.events().timeline("CHN", "RUS", EventQueries.Period.MONTH, null, null);
    // January: both + CHN>RUS; February: both + CHN>RUS + RUS>CHN
    assertEquals(5, t.size(), t.rows().toString());
    assertEquals("2024-01", t.get(0, "period"), "a month is labelled as a month, not as its first day");
    assertEquals("both", t.get(0, "direction"));
    assertEquals(2L, ((Number) t.get(0, "events")).longValue());
    assertEquals(2L, ((Number) t.get(0, "verbal_coop")).longValue());
    assertEquals(1.0, t.get(0, "mean_goldstein"));
    assertEquals("CHN>RUS", t.get(1, "direction"));
    // February both directions: accuse -2, phone +1, sanction -8
    assertEquals("both", t.get(2, "direction"));
    assertEquals(3L, ((Number) t.get(2, "events")).longValue());
    assertEquals(1L, ((Number) t.get(2, "verbal_conflict")).longValue());
    assertEquals(1L, ((Number) t.get(2, "material_conflict")).longValue());
    assertEquals(-3.0, t.get(2, "mean_goldstein"));
    assertEquals("RUS>CHN", t.get(4, "direction"));
    assertEquals(2L, ((Number) t.get(4, "events")).longValue());
    // by year: one period
    assertEquals(3, store.events().timeline("CHN", "RUS", EventQueries.Period.YEAR, null, null).size());
    assertEquals(0, store.events().timeline("CHN", "JPN", EventQueries.Period.DAY, null, null).size());
  }

  @Test
  void timelineAxisIsContinuousWithEmptyPeriodsAsZero() {
    // asked from December to April: December, March and April have no events and still have their row
    Rows t = store.events().timeline("CHN", "RUS", EventQueries.Period.MONTH, LocalDate.of(2023, 12, 15), LocalDate.of(2024, 4, 30));
    List<String> both = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i, "direction").equals("both")) {
        both.add(t.get(i, "period") + "=" + t.get(i, "events"));
      }
    }
    assertEquals(List.of("2023-12=0", "2024-01=2", "2024-02=3", "2024-03=0", "2024-04=0"), both);
    assertEquals(null, t.get(0, "mean_goldstein"), "an empty period has no mean");
    // weeks are ISO weeks, days are days
    Rows weeks = store.events().timeline("CHN", "RUS", EventQueries.Period.WEEK, null, null);
    assertEquals("2024-W02", weeks.get(0, "period"));
    long weekRows = weeks.rows().stream().filter(r -> r.get(1).equals("both")).count();
    assertEquals(6, weekRows, "10 January to 14 February: ISO weeks 2 to 7, the empty ones included");
    // three centuries of days were asked for: the axis narrows to the span that has events (10 January to 14 February)
    Rows days = store.events().timeline("CHN", "RUS", EventQueries.Period.DAY, LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));
    assertEquals(36, days.rows().stream().filter(r -> r.get(1).equals("both")).count());
  }

  @Test
  void ranksActorsByEvents() {
    Rows top = store.events().topActors(3, null);
    assertEquals(3, top.size());
    assertEquals("country:RUS", top.get(0, "actor_key"));
    assertEquals(5L, ((Number) top.get(0, "events")).longValue());
    Rows chinese = store.events().topActors(10, "chn");
    Set<Object> keys = new HashSet<>();
    for (int i = 0; i < chinese.size(); i++) {
      keys.add(chinese.get(i, "actor_key"));
    }
    assertEquals(Set.of("country:CHN", "person:xi-jinping"), keys);
  }

  @Test
  void searchesGermanTextRankedWithHighlightsAndFilters() {
    // stemming and folding: "Amtskollege" finds "Amtskollegen", "Aussenministerin" finds "Außenministerin"
    List<SearchHit> hits = store.search().search(new SearchRequest("Amtskollege", null, null, null, 10));
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).snippet().contains("[Amtskollegen]"), hits.get(0).snippet());
    assertEquals(1, store.search().search(new SearchRequest("Aussenministerin", null, null, null, 10)).size());
    assertEquals("2024-03-05", hits.get(0).date());
    assertEquals(1, store.search().search(new SearchRequest("Gesprach", null, null, null, 10)).size());
    // every China–Russia article mentions "Russia"; the date and actor filters narrow them
    assertEquals(4, store.search().search(new SearchRequest("Russia", null, null, null, 10)).size());
    assertEquals(2, store.search().search(new SearchRequest("Russia", LocalDate.of(2024, 2, 1), null, null, 10)).size());
    assertEquals(1, store.search().search(new SearchRequest("Russia", null, null, "Xi Jinping", 10)).size());
    assertEquals(4, store.search().search(new SearchRequest("Russia", null, null, "CHN", 10)).size());
    assertEquals(0, store.search().search(new SearchRequest("Russia", null, null, "JPN", 10)).size());
    // ranked: the article naming the word twice comes first
    List<SearchHit> ranked = store.search().search(new SearchRequest("Accuse OR Telephone", null, null, null, 10, true));
    assertTrue(ranked.size() >= 2);
    assertTrue(ranked.get(0).score() >= ranked.get(1).score());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> store.search().search(new SearchRequest("(unclosed", null, null, null, 10, true)));
    assertEquals("cannot read the advanced search \"(unclosed\": check its quotes, brackets and AND/OR/NOT, or search for plain"
        + " words without the advanced mode", bad.getMessage(), "the user's terms, not the parser's");
  }
}
