package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.cli.StoreCommandsTest.Result;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of German, French and English articles: each is routed by its identified language, the
 * German one is annotated, the others are stored and printed with their metadata and the status
 * "not annotated: language xx", never coded by the German rules.
 */
class LanguageRoutingTest {
  @TempDir static Path dir;
  static Path mixed;

  @BeforeAll
  static void files() throws Exception {
    mixed = dir.resolve("mixed");
    Files.createDirectories(mixed);
    Files.writeString(mixed.resolve("de.txt"), " date 2024-06-24 Die Europäische Union hat am Montag neue Sanktionen"
        + " gegen Russland verhängt. Die Außenminister einigten sich in Luxemburg darauf.\n");
    // a French and an English article about the same decision: German rules would find names and verbs in both
    Files.writeString(mixed.resolve("fr.txt"), " date 2024-06-24 L'Union européenne a adopté lundi de nouvelles sanctions"
        + " contre la Russie. Les ministres des affaires étrangères se sont mis d'accord à Luxembourg.\n");
    Files.writeString(mixed.resolve("en.txt"), " date 2024-06-24 The European Union imposed new sanctions on Russia on"
        + " Monday. The foreign ministers agreed on the package in Luxembourg.\n");
  }

  @Test
  void ingestRoutesByLanguageAndTheSummaryArticleAndJsonSayWhatWasNotAnnotated() throws Exception {
    Path store = dir.resolve("store");
    Result ingest = StoreCommandsTest.run("ingest", "--store", store.toString(), mixed.toString());
    assertEquals(0, ingest.code(), ingest.err());
    assertTrue(ingest.out().contains("3 new articles"), ingest.out());
    assertTrue(ingest.out().contains("2 new articles not annotated (language en: 1, fr: 1"), ingest.out());

    Map<String, String> idBySource = new HashMap<>();
    try (Store s = Store.openReadOnly(store)) {
      Rows recent = s.articles().recent(10);
      for (int i = 0; i < recent.size(); i++) {
        idBySource.put(Path.of((String) recent.get(i, "source")).getFileName().toString(), (String) recent.get(i, "id"));
      }
    }
    assertEquals(3, idBySource.size(), idBySource.toString());

    String french = StoreCommandsTest.run("article", "--store", store.toString(), idBySource.get("fr.txt")).out();
    assertTrue(french.contains("language: fr"), french);
    assertTrue(french.contains("status: not annotated: language fr"), french);
    assertFalse(french.contains("== events") || french.contains("== actors"), "nothing coded in French: " + french);
    String english = StoreCommandsTest.run("article", "--store", store.toString(), idBySource.get("en.txt")).out();
    assertTrue(english.contains("status: not annotated: language en"), english);
    assertFalse(english.contains("== events"), english);
    String german = StoreCommandsTest.run("article", "--store", store.toString(), idBySource.get("de.txt")).out();
    assertTrue(german.contains("language: de") && german.contains("status: annotated"), german);
    assertTrue(german.contains("== events"), "the German article is coded: " + german);
  }

  @Test
  void analyzePrintsTheLanguageAndStatusOfEachArticle() throws Exception {
    Result analyze = StoreCommandsTest.run("analyze", mixed.toString());
    assertEquals(0, analyze.code(), analyze.err());
    List<JsonNode> docs = analyze.out().lines().map(LanguageRoutingTest::json).toList();
    assertEquals(3, docs.size());
    for (JsonNode doc : docs) {
      String file = Path.of(doc.get("source").asText()).getFileName().toString();
      String language = file.substring(0, 2);
      assertEquals(language, doc.get("language").asText(), file);
      if (language.equals("de")) {
        assertEquals("annotated", doc.get("status").asText());
        assertTrue(doc.get("events").size() > 0, "German events");
      } else {
        assertEquals("not annotated: language " + language, doc.get("status").asText());
        assertFalse(doc.has("sentences") || doc.has("events"), "no layer of another language's pipeline: " + doc);
      }
    }
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new IllegalStateException(line, e);
    }
  }
}
