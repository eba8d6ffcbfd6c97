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
 * A past act of an undated article that nothing else dates takes the date its own sentence names or
 * the sentence before told (class ToldYears, words/past-auxiliaries.txt), rather than reading as
 * today's news.
 */
class ToldYearsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the sentence before told the year
      "Die neue Regierung in Budapest war 2012 vereidigt worden. Der ungarische Ministerpräsident hatte Rumänien besucht.|2012",
      // its own sentence names it, on the journey the act belongs to
      "Unvergessen bleibt die Reise vom März 2012: Der ungarische Ministerpräsident hatte Rumänien besucht.|2012-03"})
  void pastActTakesToldDate(String text, String date) {
    List<Event> visits = visits(text);
    assertFalse(visits.isEmpty(), "expected a visit in \"" + text + "\"");
    for (Event e : visits) {
      assertEquals(PartialDate.parse(date), e.date(), e + " in \"" + text + "\"");
      assertTrue(e.modality().reportable(), e.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: a clause in the present is the story's own time, not the year told before
      "Die neue Regierung in Budapest war 2012 vereidigt worden. Der ungarische Ministerpräsident besucht Rumänien."})
  void presentActStaysUndated(String text) {
    List<Event> visits = visits(text);
    assertFalse(visits.isEmpty(), "expected a visit in \"" + text + "\"");
    visits.forEach(e -> assertNull(e.date(), e.toString()));
  }

  private static List<Event> visits(String text) {
    return EventTestPipeline.analyze(text, null).layer(Layer.EVENTS).stream()
        .filter(e -> e.code().code().startsWith("04")).toList();
  }
}
