package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An almanac entry that opens with a year and a dash ("1972 – …") dates its acts, the opening sentence
 * and the sentences continuing it, by that year (class ChronicleYears, words/chronicle-dashes.txt).
 */
class ChronicleYearsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "1972 – Der ungarische Ministerpräsident besucht Rumänien und legt dort einen Kranz nieder.|1972",
      // the entry's second sentence: the year of the line that opened it
      "1983 – Ein schweres Erdbeben zerstört mehrere Dörfer. Der ungarische Ministerpräsident besucht Rumänien.|1983"})
  void entryYearDatesItsActs(String text, int year) {
    for (PartialDate created : new PartialDate[] {null, PartialDate.parse("2015-10-05")}) {
      List<Event> visits = visits(text, created);
      assertFalse(visits.isEmpty(), "expected a visit in \"" + text + "\"");
      for (Event e : visits) {
        assertEquals(PartialDate.ofYear(year), e.date(), e + " in \"" + text + "\"");
        assertTrue(e.modality().reportable(), e.toString());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: a dateline's dash after a town, not a year: the act stays undated
      "Budapest – Der ungarische Ministerpräsident besucht Rumänien."})
  void datelineIsNoEntry(String text) {
    List<Event> visits = visits(text, null);
    assertFalse(visits.isEmpty(), "expected a visit in \"" + text + "\"");
    assertTrue(visits.stream().allMatch(e -> e.date() == null && e.modality().reportable()), visits.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: an entry four sentences back no longer dates the act
      "1983 – Ein schweres Erdbeben zerstört mehrere Dörfer. Viele Häuser stürzen ein. Die Straßen sind blockiert. "
          + "Die Helfer arbeiten bis in die Nacht. Der ungarische Ministerpräsident besucht Rumänien."})
  void entryEndsAfterItsFewSentences(String text) {
    List<Event> visits = visits(text, null);
    assertFalse(visits.isEmpty(), "expected a visit in \"" + text + "\"");
    visits.forEach(e -> assertNull(e.date(), e.toString()));
  }

  private static List<Event> visits(String text, PartialDate created) {
    return EventTestPipeline.analyze(text, created).layer(Layer.EVENTS).stream()
        .filter(e -> e.code().code().startsWith("04")).toList();
  }
}
