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
 * Two coordinated verbs telling two material acts give two events (ToldActs), the second verb taking
 * the first one's object when its own is elided (SharedObject); a reproach told by two verbs stays one
 * event, and a second verb with a subject of its own takes no object from the first. A passive verb
 * coordinated with an active one acts on the active verb's subject (SharedObject.patientOfActive).
 */
class CoordinatedActsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die chinesische Polizei tötete sieben uigurische Demonstranten und nahm fünf weitere fest.|CHN|CHN|175|173",
      "Die iranische Polizei verletzte zwölf Demonstranten in Teheran und verhaftete acht.|IRN|IRN|175|173",
      "Die russische Armee beschoss am Dienstag die ukrainische Stadt Charkiw und besetzte zwei Dörfer der Ukraine.|RUS|UKR|194|192",
      "Nachdem die russische Armee die ukrainische Stadt Bachmut eingekesselt und beschossen hatte, zogen sich die Truppen zurück.|RUS|UKR|191|194"})
  void twoMaterialActsOfOnePairAreTwoEvents(String text, String source, String target, String first, String second) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(has(events, source, target, first), "expected " + first + " " + source + " -> " + target + ": " + events);
    assertTrue(has(events, source, target, second), "expected " + second + " " + source + " -> " + target + ": " + events);
  }

  @Test
  void aReproachToldByTwoVerbsStaysOneEvent() {
    List<Event> events = EventTestPipeline.events("Die chinesische Regierung kritisierte Japan am Montag scharf und warf Tokio gezielte Provokationen vor.");
    long reproaches = events.stream().filter(e -> EventPairs.country(e.source()).equals("CHN") && EventPairs.country(e.target()).equals("JPN")
        && e.code().root().equals("11")).count();
    assertEquals(1, reproaches, "one CHN -> JPN disapproval: " + events);
  }

  @Test
  void aSecondVerbWithASubjectOfItsOwnTakesNoObject() {
    List<Event> events = EventTestPipeline.events("Russland beschoss in der Nacht die Ukraine, und Polen verurteilte am Morgen.");
    assertTrue(EventPairs.has(events, "RUS", "UKR"), "the shelling stays: " + events);
    assertFalse(EventPairs.has(events, "POL", "UKR"), "Poland condemned no one named: " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Der indische Premierminister traf am Sonntag in Tokio ein und wurde vom japanischen Regierungschef empfangen.|JPN|IND|043",
      "Ein deutscher Journalist reiste nach Teheran und wurde dort von iranischen Sicherheitskräften festgenommen.|IRN|DEU|173"})
  void aPassiveConjunctActsOnTheSubjectOfTheActiveVerb(String text, String source, String target, String code) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(has(events, source, target, code), "expected " + code + " " + source + " -> " + target + ": " + events);
  }

  @Test
  void aPassiveConjunctWithASubjectOfItsOwnKeepsIt() {
    List<Event> events = EventTestPipeline.events(
        "Der deutsche Außenminister traf am Morgen in Kiew ein, und kurz darauf wurde die Stadt von Russland beschossen.");
    assertFalse(EventPairs.has(events, "RUS", "DEU"), "the city was shelled, not the minister: " + events);
  }

  private static boolean has(List<Event> events, String source, String target, String code) {
    return events.stream().anyMatch(e -> EventPairs.country(e.source()).equals(source) && EventPairs.country(e.target()).equals(target)
        && e.code().code().equals(code));
  }
}
