package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A re-mentioned act ("den Angriff") keeps the date of the act it re-mentions unless its own clause
 * dates it: a date elsewhere in the sentence belongs to something else.
 */
class RementionDateTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(delimiter = '|', value = {
      // the date is told in another clause, of another act: the re-mention keeps the attack's day
      "Russland griff am 6. Mai die Ukraine an. Kiew erwähnte den Angriff und verwies auf einen Anschlag am 1. Mai.|2024-05-06",
      "Die Ukraine griff am 3. Mai russische Stellungen an. Moskau schilderte den Angriff und verwies auf einen Vorfall am 1. Mai.|2024-05-03",
      // near-miss: the re-mention's own clause dates it
      "Russland griff am 6. Mai die Ukraine an. Der Angriff dauerte bis zum 8. Mai.|2024-05-08"})
  void rementionDate(String text, String expected) {
    List<Event> events = EventTestPipeline.events(text);
    List<Event> rementions = events.stream()
        .filter(e -> e.reportable() && e.code().root().equals("19") && e.sourceFrom() == ArgumentSource.ANTECEDENT).toList();
    assertFalse(rementions.isEmpty(), "expected a re-mentioned attack in \"" + text + "\", got " + events);
    for (Event e : rementions) {
      assertEquals(expected, String.valueOf(e.date()), "date of " + e.rule() + " in \"" + text + "\"");
    }
  }
}
