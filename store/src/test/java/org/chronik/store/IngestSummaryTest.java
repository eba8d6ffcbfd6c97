package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
  @Test
  void oneOfEachIsSingular() {
    IngestSummary one = new IngestSummary(1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0.5, Map.of("en", 1));
    assertEquals("ingested 1 input in 0.5 s: 1 new article, 0 already stored, 0 failed; 1 event, 1 distinct actor;"
        + " 1 new article has no date (--date gives them one); 1 new article not annotated (language en: 1; no pipeline"
        + " for it, stored with metadata only); 1 input or record unreadable", one.line());
  }

  @Test
  void manyArePlural() {
    IngestSummary many = new IngestSummary(1, 1200, 2, 3, 4, 5, 6, 1, 7, 2, 12.0);
    assertEquals("ingested 1,200 inputs in 12.0 s: 3 new articles, 4 already stored, 5 failed; 6 events (1 of them negated,"
        + " hypothetical or repeated: hidden unless --include-flagged), 7 distinct actors; 2 new articles have no date"
        + " (--date gives them one); 2 inputs or records unreadable", many.line());
  }
}
