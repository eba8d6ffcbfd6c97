package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoldReaderTest {
  @Test
  void readsEveryListWithDefaults() {
    GoldDocument g = Fixture.gold();
    assertEquals("fixture.txt", g.document());
    assertEquals("news", g.documentType());
    assertEquals(4, g.actors().size());
    assertEquals(2, g.timeExpressions().get(2).occurrence());
    assertEquals(1, g.timeExpressions().get(1).occurrence());
    assertTrue(g.events().get(0).symmetric());
    assertEquals("2021-03-14", g.events().get(1).date().toString());
    assertNull(g.events().get(2).date());
    assertEquals("19", g.notEvents().get(0).root());
  }

  @Test
  void unknownKeyNamesTheFileAndTheItem() {
    String json = """
        {"document": "d.txt", "creation_date": "2021-03", "actors": [
          {"name": "Ruritania", "type": "COUNTRY", "required": true},
          {"name": "Freedonia", "type": "COUNTRY", "contry": "FRE", "required": true}]}""";
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.parse(json, "d.gold.json"));
    assertTrue(e.getMessage().startsWith("d.gold.json: actors[1]: unknown key \"contry\""), e.getMessage());
  }

  @Test
  void snippetNotInTheBodyNamesTheFileAndTheItem() {
    String json = """
        {"document": "fixture.txt", "creation_date": "2021-03-15", "events": [
          {"id": "X7", "evidence": "Ruritania erklärte den Krieg", "source": "RUR", "target": "FRE", "codes": ["190"], "required": true}]}""";
    GoldDocument g = GoldReader.parse(json, "x.gold.json");
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> g.locate(Fixture.BODY));
    assertTrue(e.getMessage().startsWith("x.gold.json: events[X7]: snippet \"Ruritania erklärte den Krieg\""), e.getMessage());
  }

  @Test
  void anOccurrenceBeyondTheLastIsAnError() {
    String json = """
        {"document": "fixture.txt", "creation_date": "2021-03-15", "time_expressions": [
          {"text": "am 14. März", "occurrence": 3, "value": "2021-03-14", "required": true}]}""";
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> GoldReader.parse(json, "t.gold.json").locate(Fixture.BODY));
    assertTrue(e.getMessage().contains("time_expressions[0]") && e.getMessage().contains("occurrence 3"), e.getMessage());
  }

  @Test
  void malformedValuesAreRejected() {
    assertThrows(GoldFormatException.class, () -> GoldReader.parse("{\"document\": \"d\", \"creation_date\": \"2021-13\"}", "a"));
    assertThrows(GoldFormatException.class, () -> GoldReader.parse("{\"document\": \"d\", \"document_type\": \"blog\"}", "b"));
    assertThrows(GoldFormatException.class, () -> GoldReader.parse("{\"document\": \"d\", \"creation_date\": \"2021\","
        + " \"events\": [{\"evidence\": \"x\", \"source\": \"A\", \"target\": \"B\", \"codes\": [\"4\"]}]}", "c"));
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldReader.parse("{\"document\": ", "broken.gold.json"));
    assertTrue(e.getMessage().startsWith("broken.gold.json: not valid JSON"), e.getMessage());
  }
}
