package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A private person named by profession with a country word (actors/groups.tsv, "One person of a
 * state") is that country's people, not the state acting; a state agent named the same way ("der
 * norwegische Diplomat") still is the state, and a private person as the target keeps the country.
 */
class PrivatePersonTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ein bekannter norwegischer Historiker bezeichnete das Vorgehen der russischen Regierung als unverhältnismäßig.|NOR",
      "Eine polnische Politikwissenschaftlerin kritisierte am Dienstag die Regierung Ungarns scharf.|POL"})
  void aPrivatePersonsCountryIsNoStateActing(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    for (Event e : events) {
      assertFalse(e.source() != null && e.source().type() == ActorType.COUNTRY,
          "a private person coded as the state in \"" + text + "\": " + e);
    }
    assertTrue(events.stream().anyMatch(e -> e.source() != null && country.equals(e.source().country()) && "CVL".equals(e.source().sector())),
        "expected the people of " + country + " as the source in \"" + text + "\": " + events);
  }

  @Test
  void aStateAgentNamedByCountryStillActs() {
    List<Event> events = EventTestPipeline.events("Ein norwegischer Diplomat kritisierte am Dienstag die Regierung Ungarns scharf.");
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("11") && e.source() != null && "NOR".equals(e.source().country())
        && !"CVL".equals(e.source().sector()) && e.target() != null && "HUN".equals(e.target().country())),
        "expected Norway's criticism of Hungary, got " + events);
  }

  @Test
  void aPrivatePersonAsTargetKeepsTheCountry() {
    List<Event> events = EventTestPipeline.events("Ein Gericht in Teheran verurteilte am Montag einen kanadischen Journalisten zu fünf Jahren Haft.");
    assertTrue(events.stream().anyMatch(e -> e.target() != null && "CAN".equals(e.target().country())),
        "expected an act on a Canadian, got " + events);
  }
}
