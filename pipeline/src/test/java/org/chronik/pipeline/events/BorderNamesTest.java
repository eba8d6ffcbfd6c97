package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A conjunct without a name of its own in an act's object takes no state from a border phrase below it
 * ("Waffenlager der Hamas sowie Tunnel an der Grenze zu Ägypten"): the state across the border is no
 * target (grammar.tsv BORDER, class BorderNames). Sentences written for this test.
 */
class BorderNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die israelische Luftwaffe bombardierte am Montag Waffenlager der Hamas sowie Schmugglerrouten an der Grenze zu Ägypten.|ISR|PSE|EGY",
      "Israelische Kampfjets haben in der Nacht Büros der Hamas und mehrere Tunnel an der Grenze zu Ägypten bombardiert.|ISR|PSE|EGY",
      "Türkische Kampfjets bombardierten am Sonntag Lager der PKK sowie Höhlen an der Grenze zum Iran.|TUR|TUR|IRN",
  })
  void theNeighbourAcrossTheBorderIsNoTarget(String sentence, String source, String target, String neighbour) {
    List<Event> events = EventTestPipeline.events(sentence);
    assertTrue(events.stream().anyMatch(e -> source.equals(e.source().country()) && target.equals(e.target().country())),
        "expected " + source + "->" + target + ": " + show(events));
    assertFalse(events.stream().anyMatch(e -> neighbour.equals(e.target().country())), "no act on " + neighbour + ": " + show(events));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a conjunct with a name of its own keeps it, border phrase or not
      "Israelische Kampfjets bombardierten am Dienstag Stellungen der Hamas und Lager der Hisbollah an der Grenze zu Syrien.|ISR|LBN",
      // the border's state named as an object of its own is still the target
      "Israelische Kampfjets bombardierten am Dienstag Stellungen der Hamas und einen Posten der ägyptischen Armee an der Grenze.|ISR|EGY",
  })
  void aNameOfItsOwnOrOutsideTheBorderPhraseStays(String sentence, String source, String target) {
    List<Event> events = EventTestPipeline.events(sentence);
    assertTrue(events.stream().anyMatch(e -> source.equals(e.source().country()) && target.equals(e.target().country())),
        "expected " + source + "->" + target + ": " + show(events));
  }

  private static List<String> show(List<Event> events) {
    return events.stream().map(e -> e.code().code() + " " + e.source().country() + "->" + e.target().country()).toList();
  }
}
