package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date on an attribute of the clause's subject or object ("die 2014 eingeleiteten Verhandlungen")
 * dates that noun's own earlier act, not the clause's act; on the trigger noun itself, or on a phrase
 * that is the act's medium ("in einem am 6. Mai veröffentlichten Bericht"), it is the act's date.
 * The articles of {@link EventTestPipeline} are dated 2024-05-10.
 */
class AttributeDateTest {
  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "Die 2014 eingeleiteten Beitrittsverhandlungen mit Serbien setzte die EU fort.|04|2024-05-10",
      "Kanada setzte die 2019 eingeleiteten Verhandlungen mit Japan fort.|04|2024-05-10",
      // near-misses: the trigger's own attribute, and the act's medium
      "Die am 6. Mai verhängten Sanktionen der EU gegen Russland trafen die Banken.|16|2024-05-06",
      "In einem am 7. Mai veröffentlichten Bericht kritisierte Amnesty International Russland scharf.|11|2024-05-07"})
  void attributeDate(String text, String root, String expected) {
    List<Event> events = EventTestPipeline.events(text).stream()
        .filter(e -> e.reportable() && e.code().root().equals(root)).toList();
    assertFalse(events.isEmpty(), "expected an event of root " + root + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    for (Event e : events) {
      assertEquals(expected, String.valueOf(e.date()), "date of " + e.rule() + " in \"" + text + "\"");
    }
  }
}
