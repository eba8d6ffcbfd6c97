package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause whose parsed subject cannot be nominative ("der Ukraine") has its opening
 * relative pronoun as subject (class RelativeSubject): the state the pronoun stands for delivered.
 */
class RelativeSubjectTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die USA, die der Ukraine im Winter Raketen geliefert haben, planen neue Hilfen.|USA|UKR",
      "Norwegen, das der Ukraine im Herbst Kampfjets geschickt hatte, zögert nun.|NOR|UKR"})
  void thePronounIsTheSubject(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> is(e, source, target)), "expected " + source + " -> " + target + " in \"" + text + "\": " + events);
    assertFalse(events.stream().anyMatch(e -> is(e, target, source)), "the dative is no agent in \"" + text + "\": " + events);
  }

  @Test
  void aClauseTheParserReadRightStaysAsItWas() {
    String text = "Polen, das der Ukraine Panzer geliefert hat, fordert mehr Hilfe.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> is(e, "POL", "UKR")), "expected POL -> UKR: " + events);
    assertFalse(events.stream().anyMatch(e -> is(e, "UKR", "POL")), "no UKR -> POL: " + events);
  }

  static boolean is(Event e, String source, String target) {
    return e.source() != null && e.target() != null && source.equals(e.source().country()) && target.equals(e.target().country());
  }
}
