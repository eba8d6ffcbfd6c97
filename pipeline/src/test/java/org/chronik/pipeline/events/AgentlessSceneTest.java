package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an agentless state act happens, and so whose authorities did it (pass23): a place told as the
 * surroundings or a part of a place ("in der Nähe von Brüssel", "im Norden Malis"; grammar.tsv {@code
 * VICINITY}), a scene the sentence before sets by naming only bodies of the focus country's state
 * (SceneBefore), a stative passive of an authority's act ("sind festgenommen"; grammar.tsv {@code
 * STATIVE_PASSIVE}), and the court a charge is heard before (CourtPhrase).
 */
class AgentlessSceneTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a place told by its surroundings or a part of it
      "Festnahme in Belgien. Ein ehemaliger Minister aus Gabun wurde am Sonntag in der Nähe von Brüssel verhaftet.|173|COP|BEL",
      "Entführung in der Sahara. Ein französischer Ingenieur wurde am Montag im Norden Malis festgenommen.|173|COP|MLI",
      // the sentence before names only bodies of the focus country's state
      "Korruption in Peru. Der peruanische Innenminister entließ am Montag mehrere Polizeioffiziere. Drei Beamte wurden festgenommen.|173|COP|PER",
      "Folter in Georgien. Der georgische Präsident hat am Mittwoch die Wärter eines Gefängnisses entlassen. Zwölf Wärter wurden festgenommen.|173|COP|GEO",
      // a stative passive of an authority's act
      "Betrug in Wien. Zwei frühere Bankmanager sind in Wien wegen Untreue angeklagt.|173|JUD|AUT",
      "Folter in Georgien. Der georgische Präsident hat am Mittwoch die Wärter eines Gefängnisses entlassen. Elf Gefängnisangestellte sind festgenommen.|173|COP|GEO"})
  void agentlessActIsTheScenesAuthoritys(String text, String code, String sector, String country) {
    List<Event> acts = acts(text, code);
    assertFalse(acts.isEmpty(), "expected a " + code + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    for (Event e : acts) {
      assertEquals(sector, e.source().sector(), "authority of " + e);
      assertEquals(country, e.source().country(), "country of " + e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the sentence before names the country's people, not its state
      "Folter in Georgien. Tausende Georgier protestierten am Mittwoch gegen Folter. Zwölf Wärter wurden festgenommen.",
      // the sentence before names a foreign state: either may have made the arrest
      "Streit um Folter. Der georgische Präsident kritisierte am Mittwoch Russland scharf. Zwölf Wärter wurden festgenommen."})
  void noSceneNoAuthority(String text) {
    assertTrue(acts(text, "17").isEmpty(), "no arrest by a guessed state in \"" + text + "\": " + EventTestPipeline.events(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: the surroundings of a foreign city are that city's country, not the focus country
      "Streit in Ungarn. Die ungarische Regierung kritisierte am Montag die Opposition. Ein ungarischer Journalist wurde in der Nähe von Wien festgenommen.|HUN"})
  void vicinityOfAForeignPlaceIsNotTheFocus(String text, String focus) {
    for (Event e : acts(text, "17")) {
      assertFalse(focus.equals(e.source().country()), "the arrest was made abroad: " + e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: the sein perfect of a verb of motion or meeting stays active
      "Krieg im Osten. Russische Truppen sind in die Ukraine einmarschiert.|19|RUS",
      "Gipfel in Moskau. Der russische Präsident ist mit dem chinesischen Präsidenten zusammengetroffen.|04|RUS"})
  void seinPerfectStaysActive(String text, String root, String source) {
    List<Event> acts = acts(text, root);
    assertFalse(acts.isEmpty(), "expected a " + root + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    acts.forEach(e -> assertEquals(source, e.source().country(), "the subject acts: " + e));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the court a charge or sentence is heard before is its agent, not the state of the patient
      "Prozess in Den Haag. Ein kongolesischer Milizenführer ist vor dem Internationalen Strafgerichtshof wegen Kriegsverbrechen angeklagt.|173|IGO",
      "Prozess in Den Haag. Ein serbischer General wurde vor dem UN-Kriegsverbrechertribunal zu zwanzig Jahren Haft verurteilt.|116|IGO"})
  void courtPhraseIsTheAgent(String text, String code, String country) {
    List<Event> acts = acts(text, code);
    assertFalse(acts.isEmpty(), "expected a " + code + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    acts.forEach(e -> assertTrue(e.source().country().startsWith(country) && "JUD".equals(e.source().sector()), "the court acts: " + e));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: "vor" with an arrest is a place, not the one who arrests
      "Proteste in Kiew. Ein ukrainischer Aktivist wurde am Montag vor dem Parlament festgenommen."})
  void arrestBeforeABodyIsNotByIt(String text) {
    acts(text, "17").forEach(e -> assertFalse("LEG".equals(e.source().sector()), "the parliament arrests no one: " + e));
  }

  private static List<Event> acts(String text, String prefix) {
    return EventTestPipeline.events(text).stream()
        .filter(e -> e.code().code().startsWith(prefix) && e.source() != null && e.target() != null).toList();
  }
}
