package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  @Test
  void jsonHasTheReadmeKeysAndNullForEmptyDenominators() throws Exception {
    DocumentScore perfect = Scorer.score(Fixture.gold(), Fixture.perfect());
    DocumentScore empty = Scorer.score(Fixture.gold(), Fixture.output(null, null, null, null));
    EvalReport report = new EvalReport(List.of(perfect, empty));
    JsonNode json = new ObjectMapper().readTree(report.jsonLine());
    assertEquals(2, json.get("documents").asInt());
    for (String key : List.of("p", "r", "f1")) {
      assertTrue(json.get("events").get("root").has(key));
      assertTrue(json.get("events").get("exact").has(key));
    }
    assertEquals(0, json.get("events").get("violations").asInt());
    assertTrue(json.get("actors").has("attributes"));
    assertTrue(json.get("time").has("value_accuracy"));
    assertTrue(json.get("quotes").has("speaker_accuracy"));
    // micro-average: 3 of 6 required actors found, all 3 system actors correct
    assertEquals(0.5, json.get("actors").get("r").asDouble());
    assertEquals(1.0, json.get("actors").get("p").asDouble());
    assertEquals(2, json.get("per_document").size());
    assertTrue(json.get("per_document").get(1).get("actors").get("p").isNull());
    assertTrue(json.get("per_document").get(1).get("actors").get("attributes").isNull());
  }

  @Test
  void textReportListsMissedAndUnmatchedItemsWithSnippets() {
    DocumentScore s = Scorer.score(Fixture.gold(), Fixture.output(null, List.of(Fixture.timex("Sanktionen", 1, "PRESENT_REF")), null, null));
    String text = new EvalReport(List.of(s)).text();
    assertTrue(text.contains("TOTAL, micro-averaged over 1 document(s)"), text);
    assertTrue(text.contains("time MISSED: \"Am 12. März 2021\" = 2021-03-12"), text);
    assertTrue(text.contains("time UNMATCHED: \"Sanktionen\" = PRESENT_REF"), text);
  }
}
