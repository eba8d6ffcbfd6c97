package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** Cutting the stream into blocks, the raw filter and the entity parser. */
class DumpReaderTest {
  private final ImportRules rules = ImportRules.standard();

  @Test
  void tinyBlocksCutLinesAnywhereAndLoseNone() throws IOException {
    byte[] dump;
    try (InputStream in = getClass().getResourceAsStream("/wikidata/fixture-dump.json")) {
      dump = in.readAllBytes();
    }
    java.util.Set<String> first = null;
    for (int block : new int[] {DumpReader.BLOCK, 64, 1_000, 7_777}) {
      ImportReport report = new ImportReport();
      ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
      DumpReader reader = new DumpReader(new RawFilter(rules.wantedIds()), new EntityParser(Set.of("de", "en")), report, 3, block);
      reader.read(new ByteArrayInputStream(dump), "fixture", e -> ids.add(e.id()));
      assertEquals(42, reader.entities.get(), "block " + block);
      assertEquals(2, report.get("malformed lines skipped"));
      assertTrue(report.warnings().get(0).startsWith("fixture line 32: "), report.warnings().toString());
      assertTrue(report.warnings().get(1).startsWith("fixture line 33: "), report.warnings().toString());
      java.util.Set<String> parsed = new java.util.TreeSet<>(ids);
      assertEquals(ids.size(), parsed.size(), "each line once");
      if (first == null) {
        first = parsed;
        assertTrue(parsed.containsAll(List.of("Q30", "Q11696", "Q22686", "Q7747", "Q1065", "Q9000000501", "Q9000000502")), parsed.toString());
        assertFalse(parsed.contains("Q64"), "Berlin names no wanted item");
        assertFalse(parsed.contains("Q9000000405"), "nor does the chess club");
      } else {
        assertEquals(first, parsed, "block " + block);
      }
    }
  }

  @Test
  void theRawFilterPassesLinesNamingAWantedItemOrAnIsoCodeAndNothingElse() {
    RawFilter filter = new RawFilter(rules.wantedIds());
    String padding = ",\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"" + "x".repeat(RawFilter.SHORT_LINE) + "\"}}}";
    assertTrue(wanted(filter, "{\"type\":\"item\",\"id\":\"Q1\",\"claims\":{\"P39\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q4970706\"}}}}]}" + padding));
    assertTrue(wanted(filter, "{\"type\":\"item\",\"id\":\"Q2\",\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q7278\"}}}}]}" + padding));
    assertTrue(wanted(filter, "{\"type\":\"item\",\"id\":\"Q3\",\"claims\":{\"P298\":[]}" + padding));
    // near misses: an office id as a prefix of another number, and a plain string mentioning it
    assertFalse(wanted(filter, "{\"type\":\"item\",\"id\":\"Q4\",\"claims\":{\"P39\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q49707061\"}}}}]}" + padding));
    assertFalse(wanted(filter, "{\"type\":\"item\",\"id\":\"Q5\",\"labels\":{\"en\":{\"value\":\"Q4970706\"}}" + padding));
  }

  private static boolean wanted(RawFilter filter, String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return filter.wanted(b, 0, b.length);
  }

  @Test
  void timesBecomePartialDatesByPrecision() {
    assertEquals("2005-11-22", WikidataTime.partialDate("+2005-11-22T00:00:00Z", 11));
    assertEquals("2005-11", WikidataTime.partialDate("+2005-11-22T00:00:00Z", 10));
    assertEquals("2005-11", WikidataTime.partialDate("+2005-11-00T00:00:00Z", 11), "a zero day lowers the precision");
    assertEquals("2005", WikidataTime.partialDate("+2005-00-00T00:00:00Z", 9));
    assertEquals("2005-11-22", WikidataTime.partialDate("2005-11-22T00:00:00Z", 11), "SPARQL results have no sign");
    assertEquals(null, WikidataTime.partialDate("+2000-00-00T00:00:00Z", 8), "decades are too coarse");
    assertEquals(null, WikidataTime.partialDate("-0044-03-15T00:00:00Z", 11));
  }

  @Test
  void theParserKeepsWantedLanguagesAndPropertiesAndDropsDeprecatedStatements() throws IOException {
    EntityParser parser = new EntityParser(Set.of("de"));
    Entity e = parser.parse("""
        {"type":"item","id":"Q9000000800","labels":{"de":{"language":"de","value":"Beispiel"},"fr":{"language":"fr","value":"Exemple"}},\
        "aliases":[],"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5},\
        "type":"wikibase-entityid"}},"rank":"normal"},{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"id":"Q7278"},\
        "type":"wikibase-entityid"}},"rank":"deprecated"}],"P18":[{"mainsnak":{"snaktype":"value","property":"P18"},"rank":"normal"}]},\
        "sitelinks":{"enwiki":{"site":"enwiki","title":"Example (test)","badges":[]}}}""");
    assertEquals("Q9000000800", e.id());
    assertEquals(java.util.Map.of("de", "Beispiel"), e.labels());
    assertEquals(List.of("Q5"), e.values("P31"), "old dumps give only numeric-id; deprecated statements go");
    assertFalse(e.claims().containsKey("P18"));
    assertEquals("Example", Names.of(e, List.of("de")).name(), "the Wikipedia title without its parenthesis");
  }
}
