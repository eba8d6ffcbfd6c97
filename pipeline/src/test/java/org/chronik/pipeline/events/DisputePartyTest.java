package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dispute set in the act's clause names the other side (DisputeParty): a company organ there, which the
 * actor data does not know, is the act's target, so the focus government is no default target.
 */
class DisputePartyTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streik in Frankreich. Im Streit mit der Konzernführung riefen französische Gewerkschaften für Montag zu Streiks auf.",
      "Streik in Frankreich. Im Tarifkonflikt mit der Unternehmensleitung haben französische Gewerkschaften zu einem Streik aufgerufen."})
  void theOtherSideOfTheDisputeBlocksTheDefault(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && "state:FRA".equals(e.target().id())),
        "the French government taken as the target of a strike against a company's management in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: a dispute about a thing names no other side; the default stays
      "Streik in Frankreich. Im Streit um die Rentenreform riefen französische Gewerkschaften für Montag zu Streiks auf."})
  void aDisputeAboutAThingKeepsTheDefault(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.target() != null && "state:FRA".equals(e.target().id())),
        "expected the French government as the default target in \"" + text + "\", got " + events);
  }
}
