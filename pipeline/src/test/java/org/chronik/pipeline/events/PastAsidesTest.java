package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An act put in a past before the story by "einst", "damals" or "vergangenes Jahr" that the text dates
 * by nothing (an article without a date, as 10kGNAD's) is a historical aside, not reportable news
 * (class PastAsides, words/past-asides.txt).
 */
class PastAsidesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Russland hat die Ukraine einst scharf kritisiert.|111",
      "Der ungarische Ministerpräsident besuchte vergangenes Jahr Rumänien.|042",
      "Der türkische Präsident hatte Anfang vergangenen Jahres Serbien besucht.|042"})
  void undatedAsideIsNotReported(String text, String code) {
    List<Event> events = EventTestPipeline.analyze(text, null).layer(Layer.EVENTS).stream()
        .filter(e -> e.code().code().equals(code)).toList();
    assertFalse(events.isEmpty(), "expected a " + code + " event in \"" + text + "\"");
    for (Event e : events) {
      assertFalse(e.modality().reportable(), e + " in \"" + text + "\"");
      assertEquals(Modality.HYPOTHETICAL, e.modality());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: a day of the story's week, no past marker
      "Der ungarische Ministerpräsident besuchte am Montag Rumänien."})
  void undatedNewsStaysReported(String text) {
    List<Event> events = EventTestPipeline.analyze(text, null).layer(Layer.EVENTS).stream()
        .filter(e -> e.code().code().equals("042")).toList();
    assertFalse(events.isEmpty(), "expected a visit in \"" + text + "\"");
    assertTrue(events.stream().allMatch(e -> e.modality().reportable()), events.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: "damals" with a date of its own in the clause is a dated act, told
      "Der ungarische Ministerpräsident besuchte Rumänien damals im Juli 2014."})
  void datedPastActStaysReported(String text) {
    List<Event> events = EventTestPipeline.events(text).stream().filter(e -> e.code().code().equals("042")).toList();
    assertFalse(events.isEmpty(), "expected a visit in \"" + text + "\"");
    assertTrue(events.stream().allMatch(e -> e.modality().reportable() && e.date() != null), events.toString());
  }
}
