package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state authority's arrest or charge of a person the actor data cannot place (a name it does not
 * know, "einen Verdächtigen", "den 64-Jährigen") falls on that state's civilians (class
 * CountrylessPatients); not when the patient's phrase names another country, when the patient is a
 * pronoun, or when the source is a dictionary name of another state's body acting outside its scene.
 * Sentences written for this test.
 */
class CountrylessPatientsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Razzia in Belgien. Brüssel – Karim B. wurde am Montag von der belgischen Polizei festgenommen.|BEL",
      "Kontrollen in Belgien. Antwerpen – Die belgische Polizei hat am Montag einen 32-jährigen Mann festgenommen.|BEL",
      "Prozess in Dänemark. Kopenhagen – Die dänische Staatsanwaltschaft erhob am Dienstag Anklage gegen einen Verdächtigen.|DNK",
      "Ermittlungen in Portugal. Lissabon – Die portugiesische Polizei verhaftete am Morgen den 64-Jährigen in seiner Wohnung.|PRT",
      "Anschlagspläne in Frankreich. Lyon – Die französischen Behörden haben am Mittwoch einen Tatverdächtigen in Untersuchungshaft genommen.|FRA"})
  void thePersonIsTheStatesCivilian(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    Event arrest = events.stream().filter(e -> e.code().code().startsWith("17") && e.source() != null && e.target() != null)
        .findFirst().orElseThrow(() -> new AssertionError("expected an arrest or charge in \"" + text + "\", got " + events));
    assertEquals(country, arrest.source().country(), "source of " + arrest.rule());
    assertEquals(ActorType.GROUP, arrest.target().type(), "target of " + arrest.rule());
    assertEquals("CVL", arrest.target().sector(), "sector of " + arrest.rule());
    assertEquals(country, arrest.target().country(), "country of " + arrest.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the patient's own phrase names another country: that country's person, not the arresting state's
      "Razzia in Belgien. Brüssel – Die belgische Polizei nahm am Montag einen Verdächtigen aus Marokko fest.|BEL",
      // a pronoun stands for someone told before, who may be anyone's citizen
      "Razzia in Belgien. Brüssel – Die belgische Polizei hat ihn am Montag in Lüttich festgenommen.|BEL",
      // a dictionary name of another state's body outside its scene is no authority of the scene
      "Korruption in Brasilien. São Paulo – Die Bundespolizei führte den 70-Jährigen am Freitag zum Verhör ab.|DEU"})
  void nearMissesTakeNoCivilians(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> e.code().code().startsWith("17") && e.target() != null
        && "CVL".equals(e.target().sector()) && country.equals(e.target().country())),
        "no arrest of " + country + " civilians expected in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no authority: a person's own act on a person nobody placed stays without a target
      "Streit in Belgien. Brüssel – Der Unternehmer Paul Janssens verklagte am Montag einen Verdächtigen."})
  void aPrivateSourceTakesNone(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.target() != null && "CVL".equals(e.target().sector())),
        "no act on civilians expected in \"" + text + "\", got " + events);
  }
}
