package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.cli.StoreCommandsTest.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets on the command line (issue 20): synthetic data kept out of their store (1),
 * honest counts (2), CSV read by its columns or refused (3), undated articles counted (4), empty
 * answers that say why (5), plain-word search (6), plain progress (9), readable output (10).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewUserCommandsTest {
  @TempDir static Path dir;
  static Path store;

  static Result run(String... args) {
    return StoreCommandsTest.run(args);
  }

  @BeforeAll
  static void ingest() throws Exception {
    store = dir.resolve("store");
    Path in = Files.createDirectories(dir.resolve("in"));
    // a headerless label;'text' file laid out as 10kGNAD is (own sentences): undated articles with a label each
    Files.writeString(in.resolve("agentur.csv"), String.join("\n",
        "Inland;'Die Bundesregierung in Berlin kritisierte am Mittwoch die Zollpläne der Vereinigten Staaten scharf. Der Streit um"
            + " Stahl und Aluminium dauert seit Monaten an, und eine Einigung ist nicht in Sicht.'",
        "International;'Frankreich und Japan unterzeichneten in Tokio ein Abkommen über die Zusammenarbeit bei Halbleitern. Beide"
            + " Regierungen sprachen von einem ''wichtigen Schritt'' für ihre Wirtschaft.'",
        "Wirtschaft;Der Zollstreit USA/China bremste im Mai den Handel mit Halbleitern, und Exporteure in Europa spürten die Folgen"
            + " ebenfalls deutlich.") + "\n");
    Result r = run("ingest", "--store", store.toString(), in.toString(), SharedTestEnvironment.examples().toString());
    assertEquals(0, r.code(), r.out() + r.err());
  }

  @Test
  @Order(1)
  void ingestCountsDistinctActorsFlaggedEventsAndUndatedArticlesAndPrintsPlainProgress() {
    Result again = run("ingest", "--store", store.toString(), SharedTestEnvironment.examples().toString());
    assertTrue(again.out().startsWith("ingested 7 inputs in "), again.out());
    assertTrue(again.out().contains("0 new articles, 7 already stored, 0 failed"), again.out());
    assertFalse(again.err().contains("\r") || again.err().contains("\u001b"), "no redraws or escape codes off a terminal");
  }

  @Test
  @Order(2)
  void csvIsReadByItsColumnsAndTheSummarySaysWhatWasHidden() throws Exception {
    Path other = dir.resolve("csv-store");
    Path csv = dir.resolve("meldungen.csv");
    Files.writeString(csv, "Nummer,Datum,Überschrift,Inhalt\n"
        + "1,2024-05-02,Gespräche in Wien,\"Die Regierung in Wien kündigte am Donnerstag neue Gespräche mit Vertretern aus Ungarn an.\"\n"
        + "2,02.05.2024,Falsches Datum,\"Ein Datum in deutscher Schreibweise wird nicht geraten.\"\n");
    Result r = run("ingest", "--store", other.toString(), csv.toString());
    assertEquals(1, r.code(), "one record was refused");
    assertEquals(List.of(csv + " line 3: bad date \"02.05.2024\" in column Datum (expected YYYY-MM-DD or YYYY-MM)"),
        r.err().lines().filter(l -> l.contains("meldungen.csv")).toList());
    assertTrue(r.out().contains("1 new article, 0 already stored"), r.out());
    Result article = run("search", "--store", other.toString(), "Ungarn", "--format", "jsonl");
    JsonNode hit = new ObjectMapper().readTree(article.out().lines().findFirst().orElseThrow());
    assertEquals("Gespräche in Wien", hit.get("title").asText());
    assertEquals("2024-05-02", hit.get("date").asText());

    // columns named on the command line: by number, no header
    Path plain = dir.resolve("plain.csv");
    Files.writeString(plain, "2024-06-01;Treffen;Die Außenminister Polens und Litauens trafen sich am Samstag in Vilnius.\n");
    Result mapped = run("analyze", plain.toString(), "--csv-text", "3", "--csv-date", "1", "--csv-title", "2");
    assertEquals(0, mapped.code(), mapped.err());
    JsonNode doc = new ObjectMapper().readTree(mapped.out());
    assertEquals("2024-06-01", doc.get("creationDate").asText());
    assertEquals("Treffen", doc.get("title").asText());

    // three short columns and no header: which is the text? Refused in one line, nothing misread
    Path unclear = dir.resolve("unclear.csv");
    Files.writeString(unclear, "a,b,c\nx,y,z\n");
    Result refused = run("ingest", "--store", other.toString(), unclear.toString());
    assertEquals(1, refused.code());
    assertEquals(unclear + ": which column holds the article text? Name it with --csv-text COL (a header name or a number from 1;"
        + " its columns: 3 columns, no header)", refused.err().lines().filter(l -> l.contains("unclear")).findFirst().orElseThrow());
    assertTrue(refused.out().contains("0 new articles"), refused.out());
  }

  @Test
  @Order(3)
  void theTableFitsAndSaysHowManyThereAreWhileJsonLinesGiveEveryEvent() throws Exception {
    Result table = run("events", "--store", store.toString(), "--limit", "5");
    List<String> lines = table.out().lines().toList();
    assertEquals(6, lines.size(), table.out());
    assertEquals(List.of("date", "code", "code_name", "source", "target", "modality", "evidence"), List.of(lines.get(0).split("\\s+")));
    assertTrue(lines.stream().allMatch(l -> l.length() <= 120), "fits 120 columns: " + table.out());
    Matcher shown = Pattern.compile("chronik: showing 5 of (\\d+) events; --limit N or --all for more").matcher(table.err().strip());
    assertTrue(shown.matches(), table.err());
    int total = Integer.parseInt(shown.group(1));
    assertTrue(total > 5);
    assertEquals(total, run("events", "--store", store.toString(), "--format", "jsonl").out().lines().count(),
        "programs get every event without asking");
    assertEquals(total + 1, run("events", "--store", store.toString(), "--all").out().lines().count());
    Result csv = run("events", "--store", store.toString(), "--format", "csv", "--limit", "2");
    assertEquals(3, csv.out().lines().count());
    assertEquals("chronik: showing 2 of " + total + " events; --limit N or --all for more", csv.err().strip());
    Result wide = run("events", "--store", store.toString(), "--wide", "--limit", "1");
    assertTrue(wide.out().lines().findFirst().orElseThrow().contains("article_id"), wide.out());
  }

  @Test
  @Order(4)
  void undatedEventsAreListedAndTimelinesSayTheyLeftThemOut() {
    Result undated = run("ingest", "--store", store.toString(), dir.resolve("in").toString());
    assertTrue(undated.out().contains("0 new articles, 3 already stored"), undated.out());
    Result fresh = run("ingest", "--store", dir.resolve("fresh").toString(), dir.resolve("in").toString());
    assertTrue(fresh.out().contains("; 3 new articles have no date (--date gives them one)"), fresh.out());
    assertTrue(fresh.out().matches("(?s).*, \\d+ distinct actors.*"), fresh.out());
    Result list = run("events", "--store", dir.resolve("fresh").toString(), "--undated", "--format", "jsonl");
    assertTrue(list.out().lines().count() >= 1, "the undated articles' events: " + list.out() + list.err());
    assertTrue(list.out().lines().allMatch(l -> l.contains("\"date\":null")), list.out());
    Result table = run("events", "--store", dir.resolve("fresh").toString(), "--undated");
    assertTrue(table.out().lines().skip(1).allMatch(l -> l.startsWith("no date  ")), "a table says so: " + table.out());
  }

  @Test
  @Order(5)
  void emptyAnswersSayWhy() {
    Result unknown = run("timeline", "--store", store.toString(), "--dyad", "XYZ,RUS");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("chronik: no event has \"XYZ\" as source or target"), unknown.err());
    assertEquals(1, unknown.err().lines().count());
    Result none = run("timeline", "--store", store.toString(), "--dyad", "IRN,GEO");
    assertEquals(0, none.code(), none.err());
    assertEquals("chronik: no events between IRN and GEO (each has events with others)", none.err().strip());
    assertEquals("", none.out());
    Result filtered = run("events", "--store", store.toString(), "--actor", "USA", "--code", "20");
    assertTrue(filtered.err().startsWith("chronik: no events match these filters"), filtered.err());
  }

  @Test
  @Order(6)
  void searchTakesPlainWords() {
    Result slash = run("search", "--store", store.toString(), "USA/China");
    assertEquals(0, slash.code(), slash.err());
    assertTrue(slash.out().startsWith("1. Der Zollstreit USA/China bremste im Mai den Handel mit Halbleitern,"), slash.out());
    assertTrue(slash.out().contains("undated · agentur.csv:3 · chronik article "), "title, date and source, the id last: " + slash.out());
    Result bracket = run("search", "--store", store.toString(), "Zollpläne)");
    assertEquals(0, bracket.code(), bracket.err());
    assertTrue(bracket.out().contains("[Zollpläne]"), bracket.out());
    Result nothing = run("search", "--store", store.toString(), "/");
    assertEquals(2, nothing.code());
    assertTrue(nothing.err().startsWith("chronik: nothing to search for in \"/\""), nothing.err());
  }

  @Test
  @Order(7)
  void syntheticEventsNeverEnterTheUsersStore() throws Exception {
    long before = run("events", "--store", store.toString(), "--format", "jsonl").out().lines().count();
    Result refused = run("generate-events", "--store", store.toString(), "--count", "500");
    assertEquals(2, refused.code());
    assertTrue(refused.err().startsWith("chronik: store " + store + " holds 10 real articles: synthetic events go into a store of their own"),
        refused.err());
    Result temporary = run("generate-events", "--count", "500");
    assertEquals(0, temporary.code(), temporary.err());
    Matcher folder = Pattern.compile("into a temporary store \\((.*), removed afterwards\\)").matcher(temporary.out());
    assertTrue(folder.find(), temporary.out());
    assertFalse(Files.exists(Path.of(folder.group(1))), "the temporary store is gone");
    Result forced = run("generate-events", "--store", store.toString(), "--count", "500", "--force");
    assertEquals(0, forced.code(), forced.err());
    assertEquals(before, run("events", "--store", store.toString(), "--format", "jsonl").out().lines().count(),
        "forced synthetic events are kept apart from the real ones");
    Path bench = dir.resolve("bench");
    run("generate-events", "--store", bench.toString(), "--count", "300");
    Result synthetic = run("events", "--store", bench.toString(), "--limit", "1");
    assertTrue(synthetic.err().startsWith("chronik: synthetic events: " + bench + " holds generated benchmark events and no articles"),
        synthetic.err());
  }

  @Test
  @Order(8)
  void analyzeForPeopleShowsTheEventsFirstWithTheirSentences() throws Exception {
    Result pretty = run("analyze", "--pretty", SharedTestEnvironment.examples().resolve("2024-06-24-eu-sanktionen.txt").toString());
    assertEquals(0, pretty.code(), pretty.err());
    JsonNode doc = new ObjectMapper().readTree(pretty.out());
    List<String> keys = new java.util.ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertEquals("events", keys.get(keys.indexOf("metadata") + 1), "events right after the metadata: " + keys);
    assertTrue(keys.indexOf("events") < keys.indexOf("sentences"), keys.toString());
    JsonNode first = doc.get("events").get(0);
    assertEquals("Die Europäische Union hat am Montag neue Sanktionen gegen Russland verhängt.", first.get("evidence_text").asText());
    List<String> fields = new java.util.ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "evidence_text", "trigger_text"), fields.subList(0, 3), "the sentence before the spans: " + fields);
  }

  @Test
  @Order(9)
  void exportSaysWhatItWrote() {
    Result export = run("export", "--store", store.toString(), "--format", "jsonl", "--out", dir.resolve("out").toString());
    assertEquals(0, export.code(), export.err());
    assertTrue(export.out().matches("(?s)wrote 8 tables, [\\d,]+ rows, as jsonl to .*:\\n  articles +10 rows  .*articles\\.jsonl\\n.*"),
        export.out());
  }
}
