package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Every store command through Main.run, against a real DuckDB file and Lucene index. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCommandsTest {
  @TempDir static Path dir;
  static Path texts;
  static Path articles;
  static Path synthetic;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  static void files() throws Exception {
    texts = dir.resolve("texts");
    articles = dir.resolve("articles-store");
    synthetic = dir.resolve("synthetic-store");
    Files.createDirectories(texts.resolve("sub"));
    Files.writeString(texts.resolve("a.txt"), " date 2024-05-02 Die Regierung in Wien kündigte am Donnerstag neue Gespräche mit"
        + " Vertretern aus Ungarn an. Die Verhandlungen sollen im Juni beginnen.\n");
    Files.writeString(texts.resolve("sub/b.txt"), " date 2024-05-03 Der Bürgermeister von Lyon besuchte am Freitag eine Schule."
        + " Er sprach mit Lehrerinnen über die Ausstattung der Klassenzimmer.\n");
    Files.writeString(texts.resolve("sub/bad.txt"), " date 2024-13-45 Ein Monat, den es nicht gibt.\n");
  }

  @Test
  @Order(1)
  void ingestStoresArticlesOnceAndNamesBadInputs() {
    Result first = run("ingest", "--store", articles.toString(), "--threads", "2", texts.toString());
    assertTrue(first.out().contains("2 new articles, 0 already stored"), first.out() + first.err());
    assertEquals(1, first.err().lines().filter(l -> l.contains("bad.txt")).count(), first.err());
    assertEquals(1, first.code(), "an unreadable input makes the exit code 1");
    Result again = run("ingest", "--store", articles.toString(), texts.resolve("a.txt").toString(), texts.resolve("sub/b.txt").toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("0 new articles, 2 already stored"), again.out());
  }

  @Test
  @Order(2)
  void searchFindsStemmedWordsWithSnippetsAndArticleShowsIt() throws Exception {
    Result search = run("search", "--store", articles.toString(), "Verhandlung", "--format", "jsonl");
    assertEquals(0, search.code(), search.err());
    List<String> lines = search.out().lines().toList();
    assertEquals(1, lines.size(), search.out());
    JsonNode hit = new ObjectMapper().readTree(lines.get(0));
    assertTrue(hit.get("snippet").asText().contains("[Verhandlungen]"), hit.toString());
    assertEquals("2024-05-02", hit.get("date").asText());
    assertEquals(0, run("search", "--store", articles.toString(), "Verhandlung", "--to", "2024-05-01").out().length());

    String id = hit.get("article_id").asText();
    Result article = run("article", "--store", articles.toString(), id);
    assertEquals(0, article.code(), article.err());
    assertTrue(article.out().contains("id: " + id), article.out());
    assertTrue(article.out().contains("Die Regierung in Wien kündigte"), article.out());
    Result missing = run("article", "--store", articles.toString(), "0000000000000000");
    assertEquals(2, missing.code());
    assertEquals("chronik: no article 0000000000000000 in " + articles, missing.err().strip());
  }

  @Test
  @Order(3)
  void generatedEventsAreListedChartedRankedAndExported() throws Exception {
    Result gen = run("generate-events", "--store", synthetic.toString(), "--count", "20000");
    assertEquals(0, gen.code(), gen.err());
    assertTrue(gen.out().contains("now holds 20000 synthetic events"), gen.out());

    Result events = run("events", "--store", synthetic.toString(), "--actor", "RUS", "--with", "UKR", "--code", "19",
        "--from", "2024-01-01", "--limit", "5", "--format", "jsonl");
    assertEquals(0, events.code(), events.err());
    List<String> lines = events.out().lines().toList();
    assertEquals(5, lines.size(), events.out());
    String previous = "9999";
    for (String line : lines) {
      JsonNode e = new ObjectMapper().readTree(line);
      assertTrue(e.get("code").asText().startsWith("19"));
      assertTrue(e.get("date").asText().compareTo("2024-01-01") >= 0);
      assertTrue(e.get("date").asText().compareTo(previous) <= 0, "newest first");
      previous = e.get("date").asText();
      assertTrue(List.of("RUS", "UKR").contains(e.get("source_key").asText().replaceAll(".*:", "").toUpperCase().substring(0, 3))
          || e.get("source_key").asText().startsWith("person:"), line);
      assertTrue(e.get("evidence").asText().length() > 0);
    }
    Result table = run("events", "--store", synthetic.toString(), "--quad", "4", "--limit", "3");
    assertEquals(4, table.out().lines().count(), table.out()); // header + 3 rows
    assertTrue(table.out().startsWith("date"), table.out());
    Result csv = run("events", "--store", synthetic.toString(), "--code", "041", "--limit", "2", "--format", "csv");
    assertTrue(csv.out().startsWith("date,precision,code"), csv.out());
    Result oldest = run("events", "--store", synthetic.toString(), "--sort", "date", "--limit", "3", "--format", "jsonl");
    assertEquals(0, oldest.code(), oldest.err());
    List<String> oldestDates = new ArrayList<>();
    for (String line : oldest.out().lines().toList()) {
      oldestDates.add(new ObjectMapper().readTree(line).get("date").asText());
    }
    assertTrue(oldestDates.get(0).startsWith("2016-"), oldestDates.toString()); // the generator's first year
    assertEquals(oldestDates.stream().sorted().toList(), oldestDates);
    Result badSort = run("events", "--store", synthetic.toString(), "--sort", "evidence");
    assertEquals(2, badSort.code());
    assertTrue(badSort.err().startsWith("chronik: cannot sort by \"evidence\""), badSort.err());

    Result timeline = run("timeline", "--store", synthetic.toString(), "--dyad", "CHN,RUS", "--by", "year", "--format", "csv");
    assertEquals(0, timeline.code(), timeline.err());
    List<String> rows = timeline.out().lines().toList();
    assertEquals("period,direction,events,verbal_coop,material_coop,verbal_conflict,material_conflict,mean_goldstein", rows.get(0));
    assertEquals(31, rows.size(), timeline.out()); // header + 10 years × (both, CHN>RUS, RUS>CHN)
    assertTrue(rows.get(1).startsWith("2016,both,"), "a year is labelled as a year: " + rows.get(1));

    Result actors = run("store-actors", "--store", synthetic.toString(), "--top", "3", "--country", "CHN", "--format", "csv");
    // the synthetic data knows two Chinese actors: the state and its president
    assertEquals(3, actors.out().lines().count(), actors.out());
    assertTrue(actors.out().lines().skip(1).allMatch(l -> l.contains(",CHN,")), actors.out());
    assertTrue(actors.out().contains("person:xi-jinping"), actors.out());

    for (String format : List.of("parquet", "csv", "jsonl", "gdelt")) {
      Path out = dir.resolve("export-" + format);
      Result export = run("export", "--store", synthetic.toString(), "--format", format, "--out", out.toString());
      assertEquals(0, export.code(), export.err());
      // "wrote 8 tables, N rows, as csv to DIR:" then one line per file: table, rows, path
      assertTrue(export.out().startsWith("wrote " + (format.equals("gdelt") ? "1 table" : "8 tables")), export.out());
      List<String> files = export.out().lines().skip(1).map(l -> l.strip().split("\\s+")[3]).toList();
      assertEquals(format.equals("gdelt") ? 1 : 8, files.size(), export.out());
      assertTrue(format.equals("gdelt") ? export.out().contains(" flagged and 0 undated events left out)")
          : export.out().matches("(?s).*\\n  events +20,000 rows .*"), export.out());
      for (String file : files) {
        assertTrue(Files.exists(Path.of(file)), file);
      }
      String eventsFile = files.stream().filter(f -> f.contains("events")).findFirst().orElseThrow();
      assertTrue(Files.size(Path.of(eventsFile)) > 100_000, eventsFile); // 20,000 events (the other tables are empty here)
    }
    List<String> gdelt = Files.readAllLines(dir.resolve("export-gdelt").resolve("events.gdelt.tsv"));
    assertTrue(gdelt.size() > 18_000 && gdelt.size() < 20_000, "flagged events left out: " + gdelt.size());
    assertEquals(61, gdelt.get(0).split("\t", -1).length);
  }

  @Test
  @Order(4)
  void benchStoreReportsLatencies() {
    Result bench = run("bench-store", "--events", "20000", "--repeat", "2");
    assertEquals(0, bench.code(), bench.err());
    assertTrue(bench.out().contains("20000 synthetic events"), bench.out());
    assertTrue(bench.out().contains("a temporary store"), "no store named: a temporary one, removed afterwards: " + bench.out());
    assertTrue(bench.out().contains("timeline CHN,RUS by month"), bench.out());
  }

  @Test
  @Order(5)
  void errorsAreOneLine() {
    Result missing = run("events", "--store", dir.resolve("nowhere").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("chronik: no store at "), missing.err());
    assertEquals(1, missing.err().lines().count(), missing.err());
    Result format = run("events", "--store", synthetic.toString(), "--format", "xml");
    assertEquals("chronik: --format: \"xml\" is not one of [table, jsonl, csv]", format.err().strip());
    Result quad = run("events", "--store", synthetic.toString(), "--quad", "7");
    assertEquals("chronik: bad quad class 7 (expected 1 to 4)", quad.err().strip());
    Result dyad = run("timeline", "--store", synthetic.toString(), "--dyad", "CHN");
    assertEquals("chronik: --dyad needs two actors, e.g. --dyad CHN,RUS", dyad.err().strip());
    Result query = run("search", "--store", articles.toString(), "(offen", "--advanced");
    assertEquals("chronik: cannot read the advanced search \"(offen\": check its quotes, brackets and AND/OR/NOT, or search for plain"
        + " words without the advanced mode", query.err().strip());
  }
}
