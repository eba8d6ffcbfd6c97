package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronik.store.Store;
import org.chronik.store.SyntheticEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets in the API: totals beside pages, undated events counted, empty answers
 * that say why, dates at their precision, titles instead of ids, synthetic events kept apart.
 */
class AnswersSayWhatTheyHoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path folder;
  private static Store store;

  @BeforeAll
  static void fill() {
    store = TestStores.filled(folder.resolve("store"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private interface Check {
    void run(io.javalin.testtools.HttpClient client) throws Exception;
  }

  private static void with(Store s, Check check) {
    Javalin app = ChronikServer.create(s);
    JavalinTest.test(app, (server, client) -> check.run(client));
  }

  private static JsonNode json(Response r, int status) throws Exception {
    String body = r.body().string();
    assertEquals(status, r.code(), body);
    return JSON.readTree(body);
  }

  @Test
  void aPageSaysHowManyEventsThereAreInAll() {
    with(store, client -> {
      JsonNode page = json(client.get("/api/events?actor=CHN&limit=10"), 200);
      assertEquals(10, page.get("items").size());
      long total = page.get("total").asLong();
      assertTrue(total > 100, "the page of 10 says how many there are: " + total);
      assertEquals(total, json(client.get("/api/events?actor=CHN&format=json&limit=200&offset=0"), 200).get("total").asLong());
    });
  }

  @Test
  void undatedEventsAreCountedAndListable() {
    with(store, client -> {
      JsonNode undated = json(client.get("/api/events?actor=CHN&with=RUS&undated=true"), 200);
      assertEquals(1, undated.get("items").size());
      assertEquals(TestStores.UNDATED_ID, undated.get("items").get(0).get("article_id").asText());
      assertTrue(undated.get("items").get(0).get("date").isNull());
      JsonNode timeline = json(client.get("/api/timeline?dyad=CHN,RUS&by=year"), 200);
      assertEquals(1, timeline.get("undated").asLong(), "the timeline says how many events it cannot place");
      // undated events come last in the newest-first list, never first
      JsonNode newest = json(client.get("/api/events?limit=1"), 200).get("items").get(0);
      assertFalse(newest.get("date").isNull(), newest.toString());
    });
  }

  @Test
  void emptyAnswersSayWhy() {
    with(store, client -> {
      JsonNode unknown = json(client.get("/api/timeline?dyad=XYZ,RUS"), 400);
      assertTrue(unknown.get("error").asText().contains("no event has \"XYZ\" as source or target"), unknown.toString());
      JsonNode none = json(client.get("/api/timeline?dyad=person:wang-yi,country:UKR"), 200);
      assertEquals(0, none.get("rows").size());
      assertEquals("no events between person:wang-yi and country:UKR (each has events with others)", none.get("note").asText());
      JsonNode outside = json(client.get("/api/timeline?dyad=CHN,RUS&from=2030-01-01"), 200);
      assertTrue(outside.get("note").asText().startsWith("no events between CHN and RUS from 2030-01-01 on; their "), outside.toString());
      JsonNode events = json(client.get("/api/events?actor=XYZ"), 200);
      assertEquals(0, events.get("total").asLong());
      assertTrue(events.get("note").asText().startsWith("no event has \"XYZ\""), events.toString());
      JsonNode network = json(client.get("/api/network?min=100000"), 200);
      assertEquals(0, network.get("edges").size());
      long strongest = network.get("strongest").asLong();
      assertTrue(strongest > 0);
      assertEquals(String.format("no pair of actors has at least 100,000 events; the busiest pair has %,d: lower the minimum", strongest),
          network.get("note").asText());
    });
  }

  @Test
  void datesAtTheirPrecisionAndTimelinesWithoutGaps() {
    with(store, client -> {
      JsonNode month = json(client.get("/api/events?actor=RUS&with=UKR&code=163&from=2024-02-01&to=2024-02-29"), 200).get("items");
      List<String> dates = new ArrayList<>();
      month.forEach(e -> dates.add(e.get("date").asText()));
      assertTrue(dates.contains("2024-02"), "a month-precision event shows its month: " + dates);
      assertEquals("2024-02", json(client.get("/api/articles/" + TestStores.MONTH_ID), 200).get("article").get("creation_date").asText());
      JsonNode rows = json(client.get("/api/timeline?dyad=country:ISR,country:FRA&by=month"), 200).get("rows");
      String previous = null;
      for (JsonNode r : rows) {
        if (!r.get("direction").asText().equals("both")) {
          continue;
        }
        String period = r.get("period").asText();
        assertTrue(period.matches("\\d{4}-\\d{2}"), period);
        if (previous != null) {
          assertEquals(java.time.YearMonth.parse(previous).plusMonths(1).toString(), period, "no month is left out");
        }
        previous = period;
      }
    });
  }

  @Test
  void anArticleWithoutTitleShowsItsFirstLine() {
    with(store, client -> {
      assertEquals(TestStores.UNDATED_FIRST_LINE,
          json(client.get("/api/articles/" + TestStores.UNDATED_ID), 200).get("article").get("title").asText());
      JsonNode hit = json(client.get("/api/articles?q=Lieferungen"), 200).get("items").get(0);
      assertEquals(TestStores.UNDATED_FIRST_LINE, hit.get("title").asText());
      assertTrue(hit.get("date").isNull());
    });
  }

  /** One raw HTTP/1.1 exchange, so malformed addresses reach the server as a browser or a script could send them. */
  private record Raw(int status, java.util.Map<String, String> headers, String body) {}

  private static Raw raw(int port, String target, String accept) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String[] head = answer.substring(0, split).split("\r\n");
      java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        headers.put(head[i].substring(0, colon).strip(), head[i].substring(colon + 1).strip());
      }
      return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(split + 4));
    }
  }

  @Test
  void jettysOwnErrorsAndPageNotFoundAnswerInOurShapeWithOurHeaders() {
    Javalin app = ChronikServer.create(store);
    JavalinTest.test(app, (server, client) -> {
      String longPath = "/" + "x".repeat(20_000);
      // Jetty's own answers (a request it cannot read or will not read) are JSON; a missing page is a page
      String[][] cases = {{"/nothing-here.html", "404", "html"}, {"/api/nothing", "404", "json"}, {"/api/%", "400", "json"},
          {"/%zz", "400", "json"}, {longPath, "414", "json"}, {"/api/events?actor=" + "y".repeat(20_000), "414", "json"}};
      for (String[] c : cases) {
        Raw r = raw(server.port(), c[0], "text/html,*/*");
        String where = c[0].length() > 30 ? c[0].substring(0, 30) + "…" : c[0];
        assertEquals(Integer.parseInt(c[1]), r.status(), where + ": " + r.body());
        assertEquals(ChronikServer.CONTENT_SECURITY_POLICY, r.headers().get("Content-Security-Policy"), where);
        assertEquals("nosniff", r.headers().get("X-Content-Type-Options"), where);
        assertEquals("DENY", r.headers().get("X-Frame-Options"), where);
        String type = r.headers().get("Content-Type");
        if (c[2].equals("json")) {
          assertTrue(type.startsWith("application/json"), where + ": " + type);
          assertEquals(r.status(), JSON.readTree(r.body()).get("status").asInt(), r.body());
        } else {
          assertEquals("text/html; charset=utf-8", type.replace(";charset", "; charset"), where);
          assertTrue(r.body().contains("<title>Chronik – " + r.status()), r.body());
        }
        assertFalse(r.body().contains("xxxxxxxx") || r.body().contains("yyyyyyyy") || r.body().contains("%zz"),
            "nothing of the request is echoed: " + r.body());
      }
    });
  }

  @Test
  void syntheticEventsStayOutOfAStoreWithArticlesAndAreMarkedInAStoreOfTheirOwn() throws Exception {
    try (Store mixed = Store.open(folder.resolve("mixed"))) {
      mixed.writer().write(List.of(TestStores.visit(), TestStores.threat(), TestStores.undated()), 1);
      long before = mixed.events().count(org.chronik.store.EventFilter.all(1).withLimit(org.chronik.store.EventFilter.ALL));
      new SyntheticEvents(3).generate(mixed, 500, true);
      with(mixed, client -> {
        Response r = client.get("/api/events?limit=200");
        JsonNode page = json(r, 200);
        assertEquals(before, page.get("total").asLong(), "forced synthetic events are stored but never answered");
        assertFalse(page.toString().contains("(synthetic)"), "no synthetic evidence among real events");
        assertTrue(r.headers().get(ChronikServer.SYNTHETIC_HEADER) == null || r.headers().get(ChronikServer.SYNTHETIC_HEADER).isEmpty());
      });
    }
    try (Store bench = Store.open(folder.resolve("bench"))) {
      new SyntheticEvents(3).generate(bench, 500);
      with(bench, client -> {
        Response r = client.get("/api/events?limit=5");
        JsonNode page = json(r, 200);
        assertEquals(500 - countFlagged(bench), page.get("total").asLong());
        assertEquals("true", r.headers().get(ChronikServer.SYNTHETIC_HEADER).get(0), "every answer says it is synthetic");
        assertNull(page.get("note"));
      });
    }
  }

  private static long countFlagged(Store s) {
    return s.events().count(org.chronik.store.EventFilter.all(1).withFlagged(true).withLimit(org.chronik.store.EventFilter.ALL))
        - s.events().count(org.chronik.store.EventFilter.all(1).withLimit(org.chronik.store.EventFilter.ALL));
  }
}
