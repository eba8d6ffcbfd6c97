package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A default target yields to the party the act's object names: the author of a bill or plan named by a
 * participle's agent phrase (ObjectAuthor), and for a state's measure on its own country a company or
 * person named in the object (ImplicitTarget, OWN_COUNTRY: a proper name tagged as a person or organisation).
 */
class ObjectPartyTargetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streit in New York. China blockierte am Montag die von Frankreich eingebrachte Resolution.|FRA",
      "Streit in New York. Russland stoppte am Mittwoch die von Großbritannien vorgelegte Erklärung.|GBR"})
  void aVerbalActAimsAtTheAuthorOfItsObject(String text, String author) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("12") && e.target() != null && author.equals(e.target().country())),
        "expected the author " + author + " as a target in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: an actor in the participle's phrase that is no agent phrase is not the author
      "Streit in New York. China blockierte am Montag die im Sicherheitsrat eingebrachte Resolution.|IGO.UN"})
  void aPlaceOfTheObjectIsNoAuthor(String text, String notAuthor) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && notAuthor.equals(e.target().country())),
        "a body named only where the object was tabled taken as its author in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streit in Österreich. Das österreichische Innenministerium hat die Zeitschrift von Karl Obermoser verboten.",
      "Streit in Österreich. Das österreichische Innenministerium verbot am Freitag die Broschüre von Georg Leitner."})
  void aMeasureOnANamedPartyIsNotOnTheWholeCountry(String text) {
    List<Event> events = EventTestPipeline.events(text);
    for (Event e : events) {
      if (e.code().code().startsWith("172") && e.source() != null && e.target() != null) {
        assertFalse(e.target().type() == ActorType.COUNTRY && e.target().country().equals(e.source().country()),
            "the whole country as the target of a measure on a named party in \"" + text + "\": " + e);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: a measure naming no party stays the state's own affair
      "Unruhen in Ägypten. Das ägyptische Innenministerium verbot am Sonntag alle Versammlungen.|EGY"})
  void aMeasureWithoutAPartyKeepsTheCountry(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("172") && e.target() != null && country.equals(e.target().country())),
        "expected a measure on " + country + " in \"" + text + "\", got " + events);
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Budget in Österreich. Die Grünen kritisierten am Montag den von Ökonomen ausgearbeiteten Sparplan scharf.",
      "Budget in Österreich. Die NEOS lehnten den von Fachleuten erarbeiteten Entwurf ab."})
  void anUnresolvedAuthorBlocksTheGovernmentDefault(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && e.target().id().startsWith("state:")),
        "the focus government taken as the target of an act on someone else's plan in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: a plan without an author keeps the focus government as its default target
      "Budget in Österreich. Die Grünen kritisierten am Montag den im Frühjahr ausgearbeiteten Sparplan scharf."})
  void aPlanWithoutAuthorKeepsTheDefault(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.target() != null && e.target().id().equals("state:AUT")),
        "expected the Austrian government as the default target in \"" + text + "\", got " + events);
  }
}
