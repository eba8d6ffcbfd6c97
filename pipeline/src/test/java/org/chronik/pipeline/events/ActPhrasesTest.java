package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The focus government is no default target of an act whose own phrases name another party, also where
 * those phrases do not hang on the trigger (ActPhrases: the word of the rule's dependent condition under a
 * conjoined verb), and a measure on a medium named by a common noun is not on the whole country.
 */
class ActPhrasesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Skandal in Italien. Die Oppositionsparteien demonstrieren seit Wochen und fordern den Rücktritt des gesamten Stadtrats.|ITA",
      "Skandal in Italien. Die Grünen protestierten am Sonntag und verlangten den Rücktritt der Landesregierung.|ITA"})
  void anActWhosePhrasesNameAnotherPartyHasNoDefaultTarget(String text, String focus) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && e.target().id().equals("state:" + focus)),
        "the focus government taken as the target of an act aimed at another party in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: the conjoined demand names the head of government, the focus government's own
      "Skandal in Italien. Die Oppositionsparteien demonstrieren seit Wochen und fordern den Rücktritt des Premierministers.|ITA|14"})
  void anActNamingNoOtherPartyKeepsTheDefault(String text, String focus, String root) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith(root) && e.target() != null && e.target().id().equals("state:" + focus)),
        "expected the government of " + focus + " as the default target in \"" + text + "\", got " + events);
  }
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streit in der Türkei. Die türkische Polizei schaltete am Mittwoch den regierungskritischen Sender ab.|TUR",
      "Streit in Russland. Die russischen Behörden haben am Montag den unabhängigen Fernsehsender abgeschaltet.|RUS",
      "Streit in Ungarn. Die ungarische Regierung verbot am Freitag das oppositionelle Magazin.|HUN"})
  void aMeasureOnAMediumIsNotOnTheWholeCountry(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && e.target().id().equals("country:" + country)),
        "the whole country taken as the target of a measure on a medium in \"" + text + "\": " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: a measure naming no medium or party stays the state's own affair
      "Streit in der Türkei. Die türkische Polizei verbot am Mittwoch alle Kundgebungen im Land.|TUR"})
  void aMeasureOnNoMediumKeepsTheCountry(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("172") && e.target() != null && e.target().id().equals("country:" + country)),
        "expected the country " + country + " as the target in \"" + text + "\", got " + events);
  }
}
