package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;

/** One trigger word read by two rules of equal weight gives one event; two words give two. */
class OneActPerTriggerTest {
  private static long reportable(String sentence, String source, String target) {
    List<Event> events = EventTestPipeline.events(sentence);
    return events.stream().filter(e -> e.reportable() && e.source().country().equals(source) && e.target().country().equals(target))
        .count();
  }

  @Test
  void openingFireOnProtestersIsOneAct() {
    // "eröffnen" + "Feuer" (fight) and "eröffnen" + "Demonstranten" (repress protesters) read the same word
    assertEquals(1, reportable("Die israelische Polizei eröffnete das Feuer auf palästinensische Demonstranten.", "ISR", "PSE"));
    assertEquals(1, reportable("Russische Soldaten eröffneten das Feuer auf ukrainische Demonstranten.", "RUS", "UKR"));
  }

  @Test
  void twoWordsAreTwoActs() {
    // near miss: two triggers between the same actors stay two events
    assertEquals(2, reportable("Japan kritisierte China und drohte China mit Sanktionen.", "JPN", "CHN"));
  }
}
