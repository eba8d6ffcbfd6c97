package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause after the particle of a separable verb ("ging gegen Studenten vor, die …"), which
 * the parser hangs on the verb, stands for the verb's phrase before the particle
 * ({@link RelativePronoun}): that phrase's actor acts in the clause.
 */
class ParticleRelativeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die türkische Polizei ging am Samstag in Istanbul gewaltsam gegen Studenten vor, die gegen die Regierung protestierten.|TUR|CVL",
      "Die russische Polizei nahm in Moskau Hunderte Demonstranten fest, die gegen die Regierung demonstriert hatten.|RUS|OPP"})
  void thePhraseBeforeTheParticleActsInTheClause(String text, String country, String sector) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("14") && e.source() != null && e.target() != null
        && country.equals(e.source().country()) && sector.equals(e.source().sector()) && "GOV".equals(e.target().sector())),
        "expected a protest " + country + " " + sector + " -> GOV in \"" + text + "\": " + events);
  }

  @Test
  void aPronounThatDisagreesWithThePhraseTakesNoActor() {
    String text = "Die Polizei ging am Samstag gegen Studenten in Istanbul vor, das seit Jahren die Regierung kritisiert.";
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.code().code().startsWith("11") && e.source() != null && "CVL".equals(e.source().sector())),
        "the singular pronoun does not stand for the students: " + events);
  }
}
