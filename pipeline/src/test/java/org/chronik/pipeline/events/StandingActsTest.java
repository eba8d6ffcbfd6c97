package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of a sustained campaign ("terrorisieren", "heimsuchen") in the simple present with no time in
 * its sentence describes what a group does as a rule, not an act of the story: not reportable (class
 * StandingActs, words/standing-verbs.txt).
 */
class StandingActsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Die Kämpfer der Taliban terrorisieren die Dörfer im Süden Afghanistans und die Grenzgebiete Pakistans.",
      "Die Milizen der Taliban suchen die Provinzen im Osten Afghanistans heim."})
  void standingDescriptionIsNotReported(String text) {
    for (PartialDate created : new PartialDate[] {null, PartialDate.parse("2015-10-05")}) {
      List<Event> acts = violence(text, created);
      assertFalse(acts.isEmpty(), "expected a violent act in \"" + text + "\"");
      for (Event e : acts) {
        assertEquals(Modality.HYPOTHETICAL, e.modality(), e + " in \"" + text + "\"");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // near-miss: a time of the story ("seit Montag") makes it the story's act
      "Seit Montag terrorisieren die Taliban die Dörfer im Süden Afghanistans.",
      // near-miss: a past form tells an occasion
      "Die Taliban terrorisierten afghanische Frauen."})
  void timedOrPastActStaysReported(String text) {
    // a dated article: its time tagger resolves "seit Montag" (an undated one cannot)
    List<Event> acts = violence(text, PartialDate.parse("2015-10-05"));
    assertFalse(acts.isEmpty(), "expected a violent act in \"" + text + "\"");
    assertTrue(acts.stream().allMatch(e -> e.modality().reportable()), acts.toString());
  }

  private static List<Event> violence(String text, PartialDate created) {
    return EventTestPipeline.analyze(text, created).layer(Layer.EVENTS).stream()
        .filter(e -> e.code().code().startsWith("18")).toList();
  }
}
