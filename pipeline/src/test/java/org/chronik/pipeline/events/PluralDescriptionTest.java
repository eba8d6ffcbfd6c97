package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plural of a singular description ("die Staaten", "den Ländern") names many states the sentence
 * does not name, not the one country named before nor the article's focus (AnaphorWords.description).
 */
class PluralDescriptionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Japan will die Ukraine stärker unterstützen. Moskau kritisierte am Donnerstag die Staaten, die der Ukraine Waffen geliefert haben.|RUS",
      "Russland drohte den Ländern, die der Regierung in Kiew Panzer schicken wollen.|RUS"})
  void manyStatesAreNoOne(String text, String source) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.source() != null && source.equals(e.source().country()) && e.target() != null),
        "the states of \"" + text + "\" are unnamed: " + events);
  }

  @Test
  void theSingularStillReMentions() {
    List<Event> events = EventTestPipeline.events("Nordkorea testete eine Rakete. Das Land drohte Südkorea mit weiteren Tests.");
    assertTrue(events.stream().anyMatch(e -> RelativeSubjectTest.is(e, "PRK", "KOR")), "expected PRK -> KOR: " + events);
  }
}
