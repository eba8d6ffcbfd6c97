package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act of words whose sentence names its agent but no target, told at the meeting of an international body
 * ("auf der Sitzung der Nato"), is addressed to that body (class ForumTarget); not when the sentence names a
 * third state, who may be the one meant. Sentences written for this test.
 */
class ForumTargetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Beratungen in Brüssel. Brüssel – Auf der Sitzung der Nato schlug Polen am Montag vor, an der Ostgrenze ein neues Hauptquartier einzurichten.|POL|IGO.NATO",
      "Sicherheit im Norden. Oslo – Auf der Tagung der Nato schlug Norwegen am Mittwoch vor, ein gemeinsames Manöver im Nordmeer abzuhalten.|NOR|IGO.NATO"})
  void theBodyOfTheMeetingIsAddressed(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(has(events, source, target), "expected " + source + "->" + target + " 02 in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a third state is named: the proposal may be about or to that one
      "Beratungen in Brüssel. Brüssel – Auf der Sitzung der Nato schlug Polen am Montag vor, Truppen aus Deutschland nach Litauen zu verlegen.|POL|IGO.NATO"})
  void aThirdStateNamedTakesNoForum(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(!has(events, source, target), "no " + source + "->" + target + " 02 expected in \"" + text + "\", got " + events);
  }

  private static boolean has(List<Event> events, String source, String target) {
    return events.stream().anyMatch(e -> e.code().code().startsWith("02") && e.source() != null && e.target() != null
        && source.equals(e.source().country()) && target.equals(e.target().country()));
  }
}
