package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The place of an event whose target was read from a city (actors/cities.tsv): the city as written,
 * whether it is the object, in apposition to "Stadt" or after a place preposition; a
 * meeting in a city keeps its actors and has the city as place only. Sentences written for this test.
 */
class CityPlaceTest {
  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "Russische Truppen beschossen Charkiw am Dienstag erneut.|UKR|Charkiw",
      "Die israelische Luftwaffe bombardierte in der Nacht die Stadt Chan Yunis.|PSE|Chan Yunis",
      "Die russische Armee griff am Morgen die Stadt Saporischschja an.|UKR|Saporischschja",
      "Der türkische Präsident empfing den russischen Präsidenten in Sotschi.|RUS|Sotschi",
  })
  void theCityIsThePlace(String sentence, String target, String place) {
    List<Event> events = EventTestPipeline.events(sentence);
    assertTrue(events.stream().anyMatch(e -> target.equals(e.target().country()) && place.equals(e.place())),
        "expected an event on " + target + " at " + place + ", got "
            + events.stream().map(e -> e.code().code() + " " + e.target().country() + " @" + e.place()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Der türkische Präsident empfing den russischen Präsidenten in Sotschi.|TUR|RUS",
      "Der ukrainische Präsident traf den polnischen Präsidenten in Lwiw.|UKR|POL",
  })
  void aMeetingInACityKeepsItsActors(String sentence, String source, String target) {
    List<Event> events = EventTestPipeline.events(sentence);
    assertTrue(!events.isEmpty(), "no event in " + sentence);
    for (Event e : events) {
      boolean sides = source.equals(e.source().country()) && target.equals(e.target().country())
          || e.symmetric() && target.equals(e.source().country()) && source.equals(e.target().country());
      assertTrue(sides, "the city is no side: " + e.source().country() + " -> " + e.target().country() + " in " + sentence);
      assertEquals(sentence.substring(sentence.lastIndexOf(' ') + 1, sentence.length() - 1), e.place());
    }
  }
}
