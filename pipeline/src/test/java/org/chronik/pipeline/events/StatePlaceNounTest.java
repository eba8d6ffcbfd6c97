package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place told by a state's adjective and a place noun of actors/place-nouns.tsv ("in der nigerianischen Stadt
 * Jos"): the town lies in that state though no dictionary knows its name. The groups of the sentence take that
 * state, not the article's scene (FocusCountry through PlacePhrases), and the event's place is the phrase
 * (PlaceFinder). Each article first names Germany or France so that the scene is elsewhere. Sentences written for
 * this test.
 */
class StatePlaceNounTest {
  private static final String BERLIN = "Die Bundesregierung in Berlin beriet am Montag über Hilfen. Deutschland will mehr Geld geben. ";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "In der nigerianischen Stadt Jos nahm die Polizei am Dienstag zwölf Demonstranten fest.|NGA|Stadt Jos",
      "Im kenianischen Dorf Mbutu setzte die Polizei Tränengas gegen Demonstranten ein.|KEN|Dorf Mbutu",
      // no name after the noun: the state's town is still a place of that state
      "In der russischen Region nahm die Polizei am Sonntag vierzig Demonstranten fest.|RUS|russischen Region",
  })
  void theGroupsAndThePlaceAreOfTheAdjectivesState(String sentence, String state, String place) {
    List<Event> events = EventTestPipeline.events(BERLIN + sentence);
    assertTrue(events.stream().anyMatch(e -> state.equals(e.source().country()) && state.equals(e.target().country())
        && e.place() != null && e.place().endsWith(place)), "expected police and protesters of " + state + " at " + place + ": " + show(events));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "In der türkischen Grenzstadt Akcakale wurden am Dienstag elf Studenten festgenommen.|TUR",
      "Im marokkanischen Dorf Imider sind am Sonntag fünf Aktivisten verhaftet worden.|MAR",
  })
  void anAgentlessArrestIsByTheTownsState(String sentence, String state) {
    List<Event> events = EventTestPipeline.events(BERLIN + sentence);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("17") && state.equals(e.source().country())),
        "expected an arrest by " + state + ": " + show(events));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a subject, not a place phrase: the next sentence's police stay in the article's scene
      "Die syrische Stadt ist zerstört. Die Polizei nahm zwölf Demonstranten fest.|SYR",
      // a person of the state, no place: "Dorfbewohner" is no place noun
      "In Köln nahm die Polizei einen türkischen Dorfbewohner fest.|TUR",
      // "nahe der irakischen Grenze" may lie on either side: Grenze is no place noun
      "Nahe der irakischen Grenze nahm die Polizei zwölf Demonstranten fest.|IRQ",
  })
  void noPlaceOfTheStateNoSceneOfIt(String sentence, String state) {
    List<Event> events = EventTestPipeline.events(BERLIN + sentence);
    assertFalse(events.isEmpty(), "no event in " + sentence);
    assertFalse(events.stream().anyMatch(e -> state.equals(e.source().country())), "the police are not of " + state + ": " + show(events));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the town is where the act happened, not its target: the victim is a person there, not the state
      "In einem pakistanischen Dorf hat ein wütender Mob am Freitag einen Lehrer zu Tode geprügelt.|PAK",
      "Soldaten erschossen in der syrischen Kleinstadt Tell Abiad einen jungen Mann.|SYR",
  })
  void theTownIsNoTargetOfAnActOnSomeoneThere(String sentence, String state) {
    List<Event> events = EventTestPipeline.events(BERLIN + sentence);
    assertFalse(events.stream().anyMatch(e -> e.target().type() == org.chronik.model.ActorType.COUNTRY && state.equals(e.target().country())),
        "the state " + state + " is no target: " + show(events));
  }

  private static List<String> show(List<Event> events) {
    return events.stream().map(e -> e.code().code() + " " + e.source().country() + "->" + e.target().country() + " @" + e.place()).toList();
  }
}
