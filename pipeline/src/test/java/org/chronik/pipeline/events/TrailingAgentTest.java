package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "durch" phrase right after an act noun's own phrase names the noun's author even where the parser
 * hung it on the verb (TrailingAgent).
 */
class TrailingAgentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Der Antrag wurde angesichts der Entführung deutscher Touristen durch Kämpfer der PKK zurückgezogen.|TUR|DEU",
      "Die Reise wurde wegen der Festnahme zweier französischer Reporter durch die iranische Polizei abgesagt.|IRN|FRA"})
  void theTrailingPhraseIsTheNounsAuthor(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(EventPairs.has(events, source, target), "expected " + source + " -> " + target + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: a phrase not right after the noun's phrase (an adverb between) is the verb's
      "Der Antrag wurde angesichts der Entführung deutscher Touristen später durch Abgeordnete der türkischen Regierung zurückgezogen.|TUR|DEU"})
  void aPhraseSetApartIsNotTheNouns(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(EventPairs.has(events, source, target), "the verb's phrase taken for the noun's author in \"" + text + "\": " + events);
  }
}
