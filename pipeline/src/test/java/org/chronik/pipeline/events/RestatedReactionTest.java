package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "reagierte damit auf …" after an act of the same side coded just before restates that act: no statement
 * event of its own (RestatedReaction). Without a coded act before, the answer stays an event.
 */
class RestatedReactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Japan kritisierte China am Montag scharf. Japan reagierte damit auf die Manöver Chinas im Pazifik.",
      "Der Iran drohte Israel am Sonntag mit Vergeltung. Der Iran reagierte hiermit auf die Luftangriffe Israels."})
  void anAnswerRestatingACodedActIsNoEventOfItsOwn(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> !e.code().code().startsWith("01")), "expected the first act as an event in \"" + text + "\", got " + events);
    assertFalse(events.stream().anyMatch(e -> e.code().code().equals("010")),
        "a reaction restating the act before coded as a statement of its own in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-misses: no coded act before (the reaction is the statement), or no restating adverb
      "Das Wetter war am Montag schlecht. Japan reagierte damit auf die Manöver Chinas im Pazifik.",
      "Japan kritisierte China am Montag scharf. Später reagierte Japan auch auf die Manöver Chinas im Pazifik."})
  void anAnswerWithoutACodedActBeforeStays(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().equals("010") && e.target() != null && "CHN".equals(e.target().country())),
        "expected Japan's reaction to China as a statement in \"" + text + "\", got " + events);
  }
}
