package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless arrest whose patient is a noun of fighting falls on an armed group of the scene (class
 * FighterPatient), the group noun's own ("Islamisten", "Milizionäre") or, for a compound of a fighting word the
 * actors stage does not know ("Guerillakämpfer"), the scene's fighters; a fighter noun in another role ("nach
 * Gefechten mit Rebellen", "der Islamisten unterstützt haben soll") leaves the arrested the scene's civilians.
 */
class FighterPatientTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // paraphrases: a known group noun, a compound of a fighting word
      "Razzia in Mali. In Gao wurden am Montag zwölf mutmaßliche Islamisten festgenommen.|MLI|REB|Islamists",
      "Razzia in Libyen. In Tripolis wurden am Montag zwölf Milizionäre festgenommen.|LBY|REB|Militias",
      "Razzia in Kolumbien. In Cali wurden am Montag zwölf Guerillakämpfer festgenommen.|COL|REB|Fighters",
      "Razzia in Nigeria. In Kano wurden am Freitag drei Untergrundkämpfer verhaftet.|NGA|REB|Fighters",
      // near-misses: the fighters are someone else than the arrested
      "Razzia in Kolumbien. Nach Gefechten mit Rebellen wurden in Cali zwölf Dorfbewohner festgenommen.|COL|CVL|Civilians",
      "Razzia in Mali. In Gao wurde am Montag ein Mann festgenommen, der Islamisten unterstützt haben soll.|MLI|CVL|Civilians"})
  void arrestedFightersAreAnArmedGroup(String text, String country, String sector, String name) {
    List<Event> arrests = EventTestPipeline.events(text).stream()
        .filter(e -> e.code().code().startsWith("173") && e.target() != null).toList();
    assertEquals(1, arrests.size(), "expected one arrest in \"" + text + "\", got " + arrests);
    Event e = arrests.get(0);
    assertEquals(country, e.target().country(), "the arrested in \"" + text + "\": " + e);
    assertEquals(sector, e.target().sector(), "the arrested in \"" + text + "\": " + e);
    assertEquals(name, e.target().name(), "the arrested in \"" + text + "\": " + e);
  }
}
