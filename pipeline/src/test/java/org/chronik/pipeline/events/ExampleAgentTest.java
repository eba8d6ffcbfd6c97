package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passive's agent named only as an example ("wie zum Beispiel von X"), hung on the verb or inside the
 * agent phrase, is the agent where the verb's own agent phrase names no actor (ExampleAgent).
 */
class ExampleAgentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Von mehreren Rednern auf der Sitzung der Generalversammlung, wie zum Beispiel von Vertretern von Frankreich oder Italien, wurde die territoriale Integrität der Ukraine betont.|FRA|UKR",
      "Von vielen Staaten, wie zum Beispiel von Diplomaten aus China, wurde die Souveränität Syriens bekräftigt.|CHN|SYR",
      "Von mehreren Staaten, wie zum Beispiel von Vertretern Frankreichs, wurde die Souveränität Libyens betont.|FRA|LBY"})
  void theExampleIsTheAgent(String text, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(EventPairs.has(events, source, target), "expected " + source + " -> " + target + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: the verb's own agent phrase names an actor; the example below it does not replace it
      "Von der Europäischen Union, wie zum Beispiel von Vertretern Frankreichs, wurde die Souveränität der Ukraine betont.|IGO.EU|FRA|UKR"})
  void anAgentOfItsOwnKeepsTheAct(String text, String agent, String example, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(EventPairs.has(events, agent, target), "expected " + agent + " -> " + target + " in \"" + text + "\", got " + events);
    assertFalse(EventPairs.has(events, example, target), "the example taken for the agent in \"" + text + "\": " + events);
  }
}
