package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import org.chronik.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint in process, against a real temporary store, with its error answers. */
class ApiTest {
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

  private static void with(Check check) {
    Javalin app = ChronikServer.create(store);
    JavalinTest.test(app, (server, client) -> check.run(client));
  }

  private static JsonNode json(Response r, int status) throws Exception {
    String body = r.body().string();
    assertEquals(status, r.code(), body);
    assertTrue(r.headers().get("Content-Type").get(0).startsWith("application/json"), r.headers().get("Content-Type").get(0));
    return JSON.readTree(body);
  }

  private static void assertBadParameter(io.javalin.testtools.HttpClient client, String path, String parameter) throws Exception {
    JsonNode error = json(client.get(path), 400);
    assertEquals(400, error.get("status").asInt());
    assertTrue(error.get("error").asText().contains("parameter " + parameter), error.toString());
  }

  @Test
  void searchFindsTheVisitWithMarkedSnippet() {
    with(client -> {
      JsonNode page = json(client.get("/api/articles?q=Moskau"), 200);
      JsonNode hit = page.get("items").get(0);
      assertEquals(TestStores.VISIT_ID, hit.get("id").asText());
      boolean marked = false;
      for (JsonNode part : hit.get("snippet")) {
        marked |= part.get("hit").asBoolean() && part.get("text").asText().equals("Moskau");
      }
      assertTrue(marked, hit.toString());
      // the month-precision article of February (dated 2024-02-01 in the index) is before April; the undated one has no date
      assertEquals(0, json(client.get("/api/articles?q=Moskau&from=2024-04-01"), 200).get("items").size());
      assertEquals(3, json(client.get("/api/articles?q=Moskau&actor=RUS"), 200).get("items").size());
      assertEquals(0, json(client.get("/api/articles?q=Moskau&actor=USA"), 200).get("items").size());
      JsonNode newest = json(client.get("/api/articles?limit=200"), 200);
      assertEquals(200, newest.get("items").size(), "no q: newest articles");
      for (JsonNode item : newest.get("items")) {
        assertFalse(item.get("id").asText().equals(TestStores.UNDATED_ID), "an undated article is never among the newest");
      }
    });
  }

  @Test
  void searchRefusesBadInput() {
    with(client -> {
      assertBadParameter(client, "/api/articles?q=Moskau&from=2024-13-01", "from");
      assertBadParameter(client, "/api/articles?q=Moskau&to=gestern", "to");
      assertBadParameter(client, "/api/articles?q=Moskau&limit=500", "limit");
      assertBadParameter(client, "/api/articles?q=Moskau&offset=-1", "offset");
      // plain words: a bracket is text, not syntax; the advanced mode explains its errors in the user's terms
      assertEquals(TestStores.VISIT_ID, json(client.get("/api/articles?q=(Moskau%20Wang"), 200).get("items").get(0).get("id").asText());
      JsonNode advanced = json(client.get("/api/articles?q=(Moskau&advanced=true"), 400);
      assertTrue(advanced.get("error").asText().startsWith("cannot read the advanced search \"(Moskau\": check its quotes, brackets"),
          advanced.toString());
      assertBadParameter(client, "/api/articles?q=a&from=2024-05-01&to=2024-01-01", "from");
    });
  }

  @Test
  void articleCarriesEveryLayerWithSpans() {
    with(client -> {
      JsonNode a = json(client.get("/api/articles/" + TestStores.VISIT_ID), 200);
      String body = a.get("article").get("body").asText();
      assertEquals("annotated", a.get("article").get("status").asText());
      JsonNode event = a.get("events").get(0);
      assertEquals("042", event.get("code").asText());
      assertEquals("reiste", body.substring(event.get("trigger_begin").asInt(), event.get("trigger_end").asInt()));
      assertEquals(3, a.get("mentions").size());
      JsonNode m = a.get("mentions").get(1);
      assertEquals(m.get("text").asText(), body.substring(m.get("span_begin").asInt(), m.get("span_end").asInt()));
      assertEquals("am Montag", a.get("timeExpressions").get(0).get("text").asText());
      assertEquals(1, a.get("quotes").size());
      assertEquals(2, a.get("actors").size());
      assertEquals(404, json(client.get("/api/articles/no-such-article"), 404).get("status").asInt());
    });
  }

  @Test
  void eventsFilterAndPage() {
    with(client -> {
      JsonNode all = json(client.get("/api/events?actor=country:CHN&with=country:RUS&limit=50"), 200);
      assertEquals(50, all.get("items").size());
      assertTrue(all.get("more").asBoolean());
      for (JsonNode e : all.get("items")) {
        String sides = e.get("source_key").asText() + " " + e.get("target_key").asText();
        assertTrue(sides.equals("country:CHN country:RUS") || sides.equals("country:RUS country:CHN"), sides);
      }
      JsonNode next = json(client.get("/api/events?actor=country:CHN&with=country:RUS&limit=50&offset=50"), 200);
      assertFalse(next.get("items").get(0).equals(all.get("items").get(0)));
      JsonNode threat = json(client.get("/api/events?code=138&from=2024-06-14&to=2024-06-14&actor=RUS"), 200);
      assertEquals("threat", threat.get("items").get(0).get("article_id").asText());
      for (JsonNode e : json(client.get("/api/events?quad=4&limit=50"), 200).get("items")) {
        assertEquals(4, e.get("quad").asInt());
      }
      assertFalse(json(client.get("/api/events?limit=200"), 200).toString().contains("\"flagged\":true"));
      assertTrue(json(client.get("/api/events?include-flagged=true&limit=200&quad=1"), 200).toString().contains("\"flagged\":true"));
      Response csv = client.get("/api/events?actor=RUS&code=138&format=csv");
      String text = csv.body().string();
      assertEquals(200, csv.code());
      assertTrue(text.startsWith("date,"), text);
      assertTrue(text.contains("threat"), text);
    });
  }

  @Test
  void eventsSortTheWholeListBeforePaging() {
    with(client -> {
      // the second page in ascending Goldstein order continues the first: nothing on it is lower
      JsonNode first = json(client.get("/api/events?sort=goldstein&limit=50"), 200).get("items");
      JsonNode second = json(client.get("/api/events?sort=goldstein&limit=50&offset=50"), 200).get("items");
      double previous = -11;
      for (JsonNode page : new JsonNode[] {first, second}) {
        for (JsonNode e : page) {
          assertTrue(e.get("goldstein").asDouble() >= previous, e.toString());
          previous = e.get("goldstein").asDouble();
        }
      }
      assertEquals(-10.0, first.get(0).get("goldstein").asDouble(), "the lowest Goldstein value of all events comes first");
      JsonNode newest = json(client.get("/api/events?sort=-date&limit=5"), 200).get("items");
      assertEquals(json(client.get("/api/events?limit=5"), 200).get("items"), newest, "-date is the default order");
      double highest = json(client.get("/api/events?sort=-goldstein&limit=1"), 200).get("items").get(0).get("goldstein").asDouble();
      assertTrue(highest > previous - 1e-9 && highest > 0, "the descending order starts at the highest value");
      String csv = client.get("/api/events?sort=-goldstein&format=csv&limit=3").body().string();
      String marker = "," + highest + ",";
      assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(marker)), csv);
      assertBadParameter(client, "/api/events?sort=evidence", "sort");
      assertBadParameter(client, "/api/events?sort=goldstein%3B%20DROP%20TABLE%20events", "sort");
    });
  }

  @Test
  void eventsRefuseBadFilters() {
    with(client -> {
      assertBadParameter(client, "/api/events?code=99", "code");
      assertBadParameter(client, "/api/events?code=4x", "code");
      assertBadParameter(client, "/api/events?quad=5", "quad");
      assertBadParameter(client, "/api/events?from=2024-02-30", "from");
      assertBadParameter(client, "/api/events?with=RUS", "with");
      assertBadParameter(client, "/api/events?include-flagged=maybe", "include-flagged");
      assertBadParameter(client, "/api/events?limit=201", "limit");
      assertBadParameter(client, "/api/events?format=xml", "format");
    });
  }

  @Test
  void actorsListAndProfile() {
    with(client -> {
      JsonNode top = json(client.get("/api/actors?limit=5"), 200);
      assertEquals(5, top.get("items").size());
      long first = top.get("items").get(0).get("events").asLong();
      assertTrue(first >= top.get("items").get(4).get("events").asLong());
      JsonNode wang = json(client.get("/api/actors/person:wang-yi"), 200);
      assertEquals("Wang Yi", wang.get("name").asText());
      JsonNode role = wang.get("roles").get(0);
      assertEquals("Außenminister", role.get("role").asText());
      assertEquals("2024-03-04", role.get("first_seen").asText(), "the event date, a day before the article");
      assertEquals("2024-03-05", role.get("last_seen").asText(), "the article date");
      assertTrue(wang.get("counts").get("events").asLong() >= 1);
      assertTrue(wang.get("partners").size() >= 1);
      JsonNode rus = json(client.get("/api/actors/country:RUS"), 200);
      long sum = 0;
      for (JsonNode m : rus.get("months")) {
        sum += m.get("events").asLong();
      }
      long undated = rus.get("counts").get("undated").asLong();
      assertEquals(1, undated, "the hand-built undated article's event");
      assertEquals(rus.get("counts").get("events").asLong(), sum + undated, "the chart's months and the undated events add up to the total");
      assertEquals(404, json(client.get("/api/actors/country:XXX"), 404).get("status").asInt());
    });
  }

  @Test
  void timelineCountsPerMonthAndQuad() {
    with(client -> {
      JsonNode t = json(client.get("/api/timeline?dyad=CHN,RUS&by=month"), 200);
      assertEquals("month", t.get("by").asText());
      boolean juneThreat = false;
      for (JsonNode row : t.get("rows")) {
        long quads = row.get("verbal_coop").asLong() + row.get("material_coop").asLong() + row.get("verbal_conflict").asLong()
            + row.get("material_conflict").asLong();
        assertEquals(row.get("events").asLong(), quads, row.toString());
        juneThreat |= row.get("period").asText().equals("2024-06") && row.get("verbal_conflict").asLong() >= 1;
      }
      assertTrue(juneThreat, "the hand-built threat of June 2024 is counted");
      assertBadParameter(client, "/api/timeline?dyad=CHN", "dyad");
      assertBadParameter(client, "/api/timeline?dyad=CHN,RUS&by=fortnight", "by");
      assertBadParameter(client, "/api/timeline?dyad=CHN,RUS&to=2024-99-01", "to");
      assertTrue(json(client.get("/api/timeline"), 400).get("error").asText().contains("dyad"));
    });
  }

  @Test
  void networkEdgesAndNodes() {
    with(client -> {
      JsonNode n = json(client.get("/api/network?from=2020-01-01&to=2024-12-31&min=5"), 200);
      assertTrue(n.get("edges").size() > 0);
      for (JsonNode e : n.get("edges")) {
        assertTrue(e.get("events").asLong() >= 5, e.toString());
      }
      assertTrue(n.get("nodes").size() >= 2);
      assertEquals(10, json(client.get("/api/network?limit=10"), 200).get("edges").size());
      assertBadParameter(client, "/api/network?min=0", "min");
      assertBadParameter(client, "/api/network?limit=301", "limit");
      assertBadParameter(client, "/api/network?from=01.01.2024", "from");
    });
  }

  @Test
  void openApiSecurityHeadersAndUnknownPaths() {
    with(client -> {
      JsonNode doc = json(client.get("/api/openapi.json"), 200);
      for (String path : new String[] {"/api/articles", "/api/articles/{id}", "/api/events", "/api/actors", "/api/actors/{id}",
          "/api/timeline", "/api/network"}) {
        assertTrue(doc.get("paths").has(path), path);
      }
      Response page = client.get("/");
      assertEquals(200, page.code());
      assertTrue(page.headers().get("Content-Security-Policy").get(0).contains("script-src 'self'"));
      assertFalse(page.headers().get("Content-Security-Policy").get(0).contains("unsafe-inline"));
      assertEquals(404, json(client.get("/api/nothing"), 404).get("status").asInt());
      Response escape = client.get("/../../etc/passwd");
      assertTrue(escape.code() == 400 || escape.code() == 404, "status " + escape.code());
      assertFalse(escape.body().string().contains("root:"));
      assertEquals(200, client.get("/webjars/echarts/5.3.1/dist/echarts.min.js").code());
      String big = "x".repeat(200);
      assertBadParameter(client, "/api/events?actor=" + big + "y", "actor");
    });
  }
}
