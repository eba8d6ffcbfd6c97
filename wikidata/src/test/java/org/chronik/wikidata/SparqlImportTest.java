package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick refresh against a SPARQL endpoint of our own on 127.0.0.1 answering SPARQL JSON results. */
class SparqlImportTest {
  private static final String E = "http://www.wikidata.org/entity/";
  private static final Pattern PAGE = Pattern.compile("LIMIT (\\d+) OFFSET (\\d+)");

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
  private final List<String> queries = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger busyAnswersLeft = new AtomicInteger();
  private volatile long delayMillis;

  /** The terms of US presidents, in pages of two, and the names and countries the other queries ask for. */
  private static final List<String> TERMS = List.of(
      term("Q76", "Q11696", "2009-01-20", "2017-01-20"),
      term("Q22686", "Q11696", "2017-01-20", "2021-01-20"),
      term("Q6279", "Q11696", "2021-01-20", "2025-01-20"),
      "{\"person\":" + uri("Q22686") + ",\"office\":" + uri("Q11696") + ",\"start\":" + literal("2025-01-20T00:00:00Z") + ",\"startPrecision\":" + literal("11") + "}",
      // a term whose end the endpoint knows only as "some value": left out
      "{\"person\":" + uri("Q9000000202") + ",\"office\":" + uri("Q11696") + ",\"start\":" + literal("2030-01-20T00:00:00Z")
          + ",\"startPrecision\":" + literal("11") + ",\"endRaw\":{\"type\":\"bnode\",\"value\":\"t1\"}}");

  private static String term(String person, String office, String start, String end) {
    return "{\"person\":" + uri(person) + ",\"office\":" + uri(office) + ",\"start\":" + literal(start + "T00:00:00Z")
        + ",\"startPrecision\":" + literal("11") + ",\"end\":" + literal(end + "T00:00:00Z") + ",\"endPrecision\":" + literal("11")
        + ",\"endRaw\":" + literal(end + "T00:00:00Z") + "}";
  }

  private static String uri(String id) {
    return "{\"type\":\"uri\",\"value\":\"" + E + id + "\"}";
  }

  private static String literal(String value) {
    return "{\"type\":\"literal\",\"value\":\"" + value + "\"}";
  }

  private static String name(String person, String kind, String text, String lang) {
    return "{\"person\":" + uri(person) + ",\"kind\":" + literal(kind) + ",\"text\":{\"type\":\"literal\",\"xml:lang\":\"" + lang
        + "\",\"value\":\"" + text + "\"},\"lang\":" + literal(lang) + "}";
  }

  private void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/sparql", this::answer);
    server.start();
  }

  private void answer(HttpExchange exchange) throws IOException {
    userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    String raw = exchange.getRequestURI().getRawQuery();
    String query = URLDecoder.decode(raw.substring(raw.indexOf("query=") + 6), StandardCharsets.UTF_8);
    queries.add(query);
    if (delayMillis > 0) {
      sleep(delayMillis);
    }
    if (busyAnswersLeft.getAndDecrement() > 0) {
      exchange.getResponseHeaders().add("Retry-After", "0");
      send(exchange, 429, "slow down");
      return;
    }
    Matcher page = PAGE.matcher(query);
    page.find();
    int limit = Integer.parseInt(page.group(1));
    int offset = Integer.parseInt(page.group(2));
    List<String> rows;
    if (query.contains("ps:P39")) {
      rows = TERMS;
    } else if (query.contains("wdt:P1001")) {
      rows = List.of("{\"office\":" + uri("Q11696") + ",\"place\":" + uri("Q30") + ",\"order\":" + literal("1") + ",\"iso\":" + literal("USA") + "}");
    } else {
      rows = List.of(name("Q76", "enwiki", "Barack Obama", "en"), name("Q76", "label", "Barack Obama", "de"),
          name("Q76", "alias", "Barack Hussein Obama", "en"), name("Q22686", "enwiki", "Donald Trump", "en"),
          name("Q6279", "label", "Joe Biden", "en"), name("Q9000000202", "label", "Max Earlier", "en"));
    }
    List<String> slice = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
    send(exchange, 200, "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[" + String.join(",", slice) + "]}}");
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private SparqlClient client(Duration timeout) {
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
    return new SparqlClient(new SparqlClient.Settings(endpoint, "Chronik-test/1", timeout, 2, 2, Duration.ofMillis(10), Duration.ZERO, 1 << 20));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void pagedQueriesGiveTheSamePeopleFileAsTheDump() throws IOException {
    start();
    busyAnswersLeft.set(1); // the first request is refused once: asked again after Retry-After
    WikidataImport importer = new WikidataImport(Fixture.OPTIONS, Fixture.offices(dir), null);
    WikidataImport.Result result = importer.fromSparql(client(Duration.ofSeconds(10)), dir.resolve("out"), null, false);
    List<ActorFileRow> people = ActorSet.read(dir.resolve("out").resolve("people.tsv"), new ArrayList<>()).rows(ActorFileKind.PEOPLE);
    assertEquals(List.of(
        "Barack Obama|Barack Hussein Obama|HEAD_OF_STATE USA 2009-01-20 2017-01-20 Q76",
        "Joe Biden||HEAD_OF_STATE USA 2021-01-20 2025-01-20 Q6279",
        "Donald Trump||HEAD_OF_STATE USA 2017-01-20 2021-01-20 Q22686",
        "Donald Trump||HEAD_OF_STATE USA 2025-01-20  Q22686"),
        people.stream().map(r -> r.get("name") + "|" + r.get("aliases") + "|" + r.get("role") + " " + r.get("country") + " " + r.get("from") + " "
            + r.get("to") + " " + r.wikidata()).toList());
    assertEquals(1, result.counts().get("terms with unknown end date left out"));
    // 3 pages of terms (2 + 2 + 1 rows), 1 page of countries, 4 pages of names, and the refused request
    assertEquals(3 + 1 + 4 + 1, queries.size(), queries.toString());
    assertTrue(queries.get(0).contains("VALUES ?office { wd:Q11696 wd:Q218295 wd:Q4970706 wd:Q81066 wd:Q9000000101 wd:Q9000000103 }"), queries.get(0));
    assertTrue(userAgents.stream().allMatch("Chronik-test/1"::equals), userAgents.toString());
  }

  @Test
  void aSlowEndpointTimesOutAndTheImportFailsNamingIt() throws IOException {
    start();
    delayMillis = 1_500;
    WikidataImport importer = new WikidataImport(Fixture.OPTIONS, Fixture.offices(dir), null);
    IOException e = assertThrows(IOException.class,
        () -> importer.fromSparql(client(Duration.ofMillis(300)), dir.resolve("out"), null, false));
    assertTrue(e.getMessage().startsWith("gave up after 3 tries: http://127.0.0.1:"), e.getMessage());
    assertTrue(e.getMessage().contains("HttpTimeoutException"), e.getMessage());
    assertTrue(!java.nio.file.Files.exists(dir.resolve("out").resolve("people.tsv")), "nothing written");
  }

  @Test
  void anEndpointThatKeepsRefusingIsGivenUpAfterTheRetries() throws IOException {
    start();
    busyAnswersLeft.set(100);
    SparqlClient client = client(Duration.ofSeconds(5));
    IOException e = assertThrows(IOException.class, () -> client.select("SELECT ?x WHERE {} LIMIT 1 OFFSET 0"));
    assertTrue(e.getMessage().contains("answered 429"), e.getMessage());
    assertEquals(3, client.requests(), "one try and two retries");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
