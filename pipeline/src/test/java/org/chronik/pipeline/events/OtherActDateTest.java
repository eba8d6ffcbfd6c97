package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates that belong to another act than the clause's. A date right after the noun of a frame phrase of
 * time or cause ("nach dem Beginn der Offensive am 5. Mai") dates that noun, not the clause's act, and
 * not the sentences after it (class {@link FramedDates}), unless the frame is "nach" with no span of
 * time before it. A date on an attribute of the clause's subject or object ("die 2014 eingeleiteten
 * Verhandlungen") dates that noun's own earlier act; on the trigger noun itself, or on a phrase that is
 * the act's medium ("in einem am 6. Mai veröffentlichten Bericht"), it is the act's date. The articles
 * of {@link EventTestPipeline} are dated 2024-05-10.
 */
class OtherActDateTest {
  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvSource(delimiter = '|', value = {
      // the date is the offensive's start, the attacks go on today (the article's date)
      "Russland setzte am fünften Tag nach dem Beginn der Offensive am 5. Mai seine Angriffe auf die Ukraine fort.|19|2024-05-10",
      // a frame of cause: the attack's day, not the summons'
      "Wegen des Anschlags am 3. Mai bestellte Frankreich den Botschafter Algeriens ein.|11|2024-05-10",
      // the later sentence does not inherit the framed date either
      "Polen schloss zwei Tage nach dem Scheitern der Gespräche am 2. Mai seine Grenze. Die Ukraine kritisierte Russland scharf.|11|2024-05-10",
      // near-misses: the date hangs on the act itself, before or without the frame phrase
      "Russland griff am 6. Mai nach dem Scheitern der Gespräche die Ukraine an.|19|2024-05-06",
      "Frankreich bestellte am 7. Mai wegen des Anschlags den Botschafter Algeriens ein.|11|2024-05-07",
      // "nach" without a span of time: the frame's day is the act's earliest, the best date given
      "Nach dem Scheitern der Gespräche am 6. Mai griff Russland die Ukraine an.|19|2024-05-06",
      // a report noun's phrase is no frame: its date is the story's
      "Russland griff nach Angaben Kiews am 8. Mai die Ukraine an.|19|2024-05-08"})
  void framedDate(String text, String root, String expected) {
    assertDated(text, root, expected);
  }

  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "Die 2014 eingeleiteten Beitrittsverhandlungen mit Serbien setzte die EU fort.|04|2024-05-10",
      "Kanada setzte die 2019 eingeleiteten Verhandlungen mit Japan fort.|04|2024-05-10",
      // near-misses: the trigger's own attribute, and the act's medium
      "Die am 6. Mai verhängten Sanktionen der EU gegen Russland trafen die Banken.|16|2024-05-06",
      "In einem am 7. Mai veröffentlichten Bericht kritisierte Amnesty International Russland scharf.|11|2024-05-07"})
  void attributeDate(String text, String root, String expected) {
    assertDated(text, root, expected);
  }

  private static void assertDated(String text, String root, String expected) {
    List<Event> events = EventTestPipeline.events(text).stream()
        .filter(e -> e.reportable() && e.code().root().equals(root)).toList();
    assertFalse(events.isEmpty(), "expected an event of root " + root + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    for (Event e : events) {
      assertEquals(expected, String.valueOf(e.date()), "date of " + e.rule() + " in \"" + text + "\"");
    }
  }
}
