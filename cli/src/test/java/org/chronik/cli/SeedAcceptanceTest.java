package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.eval.EvalReport;
import org.chronik.eval.GoldSet;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the real pipeline on ../shared/seeds, scored against ../shared/gold by the scorer that
 * {@code chronik eval} uses. The floors are what the pipeline reaches so far; each issue that adds or
 * improves a layer raises its floor here, never lowers one. One exception, named below: a seed gold
 * item that contradicts the gold README's rule that canonical names are English Wikipedia titles.
 */
class SeedAcceptanceTest {
  /**
   * The seed gold names China's foreign ministry "Ministry of Foreign Affairs of China"; its English
   * Wikipedia title, which the gold README demands and gold-dev uses for every ministry, is "Ministry of
   * Foreign Affairs (China)", which Chronik outputs. Both seeds name it, so 2 of 27 required actors are
   * missed and the recall floor is 25/27; the test checks that these are the only misses.
   */
  static final String DISPUTED_ACTOR = "Ministry of Foreign Affairs of China";
  static final double ACTORS_RECALL_FLOOR = 25.0 / 27;
  static final double ACTORS_PRECISION_FLOOR = 0.9;
  static final double ACTORS_ATTRIBUTES_FLOOR = 0.95;
  static final double TIME_RECALL_FLOOR = 1.0;
  static final double TIME_PRECISION_FLOOR = 0.8;
  static final double EVENTS_ROOT_RECALL_FLOOR = 0.85;
  static final double EVENTS_ROOT_F1_FLOOR = 0.85;
  static final double QUOTES_RECALL_FLOOR = 1.0;
  static final double QUOTES_PRECISION_FLOOR = 0.9;
  static final double QUOTES_SPEAKER_FLOOR = 0.9;
  static final int MAX_VIOLATIONS = 0;

  @Test
  void seedsScoreAtOrAboveTheFloors() throws IOException {
    Path shared = SharedTestEnvironment.shared();
    Path goldDir = shared.resolve("gold");
    long goldFiles;
    try (Stream<Path> s = Files.list(goldDir)) {
      goldFiles = s.filter(p -> p.toString().endsWith(".gold.json")).count();
    }
    EvalReport report = GoldSet.score(goldDir, shared.resolve("seeds"), null, EvalCommand::annotate, line -> {});
    System.out.print(report.text());
    System.out.println(report.jsonLine());

    // the run completes and every gold file is valid against its seed
    assertEquals(List.of(), report.errors());
    assertTrue(goldFiles > 0);
    assertEquals(goldFiles, report.documents().size());

    // the figures of every layer are reported (null only where a denominator is 0)
    JsonNode json = report.json();
    for (String layer : List.of("actors", "time", "quotes")) {
      for (String key : List.of("p", "r", "f1")) {
        assertTrue(json.get(layer).has(key), layer + "." + key);
      }
    }
    assertTrue(json.get("events").get("root").has("f1") && json.get("events").get("exact").has("f1"));
    assertTrue(report.actors().required() > 0, "the gold has required actors");
    assertTrue(report.time().required() > 0, "the gold has required time expressions");

    floor("actors recall", report.actors().recall(), ACTORS_RECALL_FLOOR);
    List<String> otherMisses = report.documents().stream().flatMap(d -> d.actors().missed().stream())
        .filter(m -> !m.startsWith(DISPUTED_ACTOR + " ")).toList();
    assertEquals(List.of(), otherMisses, "actors missed besides the disputed seed gold item");
    floor("actors precision", report.actors().precision(), ACTORS_PRECISION_FLOOR);
    floor("actors attributes", report.actors().accuracy(), ACTORS_ATTRIBUTES_FLOOR);
    floor("time recall", report.time().recall(), TIME_RECALL_FLOOR);
    floor("time precision", report.time().precision(), TIME_PRECISION_FLOOR);
    floor("events root recall", report.eventsRoot().recall(), EVENTS_ROOT_RECALL_FLOOR);
    floor("events root F1", report.eventsRoot().f1(), EVENTS_ROOT_F1_FLOOR);
    floor("quotes recall", report.quotes().recall(), QUOTES_RECALL_FLOOR);
    floor("quotes precision", report.quotes().precision(), QUOTES_PRECISION_FLOOR);
    floor("quotes speaker accuracy", report.quotes().accuracy(), QUOTES_SPEAKER_FLOOR);
    assertTrue(report.violations() <= MAX_VIOLATIONS, "violations " + report.violations());
  }

  /** A floor above 0 also demands that the figure exists (the layer produced output). */
  private static void floor(String name, Double value, double floor) {
    if (floor > 0) {
      assertTrue(value != null && value >= floor, name + " " + value + " is below the floor " + floor);
    }
  }
}
