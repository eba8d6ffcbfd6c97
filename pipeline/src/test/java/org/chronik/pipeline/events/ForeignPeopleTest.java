package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People a state expels or deports are not its own civilians (codebooks/foreign-people.tsv): without a
 * nationality word the target is left out, never the scene's people by default; a nationality word
 * keeps its country, and other acts on people (arrests) keep the scene's people.
 */
class ForeignPeopleTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Abschiebungen in Schweden. Stockholm – Am Dienstag wurden 80 Personen in ihre Heimatländer abgeschoben, teilte die Polizei mit.",
      "Abschiebungen in Norwegen. Oslo – Die norwegische Polizei schob im Mai 200 Personen ab."})
  void deporteesAreNotTheStatesOwnPeople(String text) {
    List<Event> events = EventTestPipeline.events(text);
    for (Event e : events) {
      if (e.code().code().startsWith("174") && e.source() != null && e.target() != null) {
        assertFalse("CVL".equals(e.target().sector()) && e.target().country().equals(e.source().country()),
            "deportees coded as the state's own people in \"" + text + "\": " + e);
      }
    }
  }

  @Test
  void aNationalityWordKeepsItsCountry() {
    List<Event> events = EventTestPipeline.events("Abschiebungen in Schweden. Die schwedische Polizei schob am Dienstag zwölf irakische Straftäter ab.");
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("174") && e.target() != null && "IRQ".equals(e.target().country())),
        "expected a deportation of Iraqis, got " + events);
  }

  @Test
  void anArrestKeepsTheScenePeople() {
    List<Event> events = EventTestPipeline.events("Razzia in Schweden. Stockholm – Am Dienstag wurden in Göteborg 80 Personen festgenommen, teilte die Polizei mit.");
    Event arrest = events.stream().filter(e -> e.code().code().startsWith("173") && e.target() != null).findFirst().orElseThrow(
        () -> new AssertionError("expected an arrest, got " + events));
    assertEquals("SWE", arrest.target().country());
    assertEquals("CVL", arrest.target().sector());
  }
}
