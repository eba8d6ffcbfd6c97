package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demand, rejection, disapproval or threat whose sentence names its agent but no target, told just after
 * an event between that agent and one other country, is aimed at that country (class DyadTarget); not when
 * the sentence names a third country's actor, and not when the agent acted on two other sides just before.
 * Sentences written for this test.
 */
class DyadTargetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streit um Schulden. Kiew – Die Ukraine verlangte am Dienstag von Russland die Rückzahlung eines Kredits. Moskau drohte am Mittwoch mit einer Klage.|13|RUS|UKR",
      "Hilfe für Libyen. Kairo – Ägypten sagte Libyen am Montag Hilfe bei der Sicherung der Grenze zu. Im Gegenzug knüpfte Kairo Bedingungen an die Zusammenarbeit.|10|EGY|LBY",
      "Konflikt in Ostasien. Tokio – Japan warf China am Montag die Verletzung seines Luftraums vor. Peking drohte am Dienstag mit Gegenmaßnahmen.|13|CHN|JPN"})
  void theActIsAimedAtTheOtherSide(String text, String root, String source, String target) {
    EventPairs.aimed(text, root, source, target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the sentence names a third side, who may be the one threatened
      "Streit um Schulden. Kiew – Die Ukraine verlangte am Dienstag von Russland die Rückzahlung eines Kredits. Moskau drohte am Mittwoch nach Angaben Polens mit einer Klage.|13|RUS|UKR",
      // the agent acted on two other sides just before: which one is meant is not said
      "Konflikt in Ostasien. Tokio – Japan warf China am Montag die Verletzung seines Luftraums vor, Indien kritisierte China wegen der Grenze. Peking drohte am Dienstag mit Gegenmaßnahmen.|13|CHN|JPN"})
  void nearMissesTakeNoTarget(String text, String root, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> e.code().code().startsWith(root) && e.source() != null && e.target() != null
        && source.equals(e.source().country()) && target.equals(e.target().country())),
        "no " + source + "->" + target + " " + root + " expected in \"" + text + "\", got " + events);
  }
}
