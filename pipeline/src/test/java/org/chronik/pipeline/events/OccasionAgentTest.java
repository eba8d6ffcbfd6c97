package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless passive of force tied by "dabei" to the act told just before takes that act's doer, the
 * army or police that is the subject of the sentence before, even where no rule codes that act (a search,
 * a sweep). Not a minister's visit, not a sentence without the adverb, not reported speech, and never the
 * doer's own side as target (OccasionAgent; the parse selector parses the sentence before).
 */
class OccasionAgentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an army or police killing fighters of an armed group is a fight (19), as gold-dev codes insurgents
      // killed in a manhunt (armed-acts.tsv, root42); the agent is what this test is about
      "Die türkische Armee durchkämmte am Dienstag mehrere Dörfer im Südosten des Landes. Dabei wurden sechs Kämpfer der PKK getötet.|19|TUR|TUR",
      "Die afghanische Polizei durchsuchte in Kandahar mehrere Häuser. Hierbei wurden vier Kämpfer der Taliban erschossen.|19|AFG|AFG",
      "Kolumbianische Soldaten durchsuchten am Wochenende ein Lager im Dschungel. Dabei wurden drei Kämpfer der FARC getötet.|19|COL|COL"})
  void theDoerBeforeActs(String text, String root, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith(root) && country(e.source()).equals(source)
        && country(e.target()).equals(target) && e.source().sector() != null && List.of("MIL", "COP").contains(e.source().sector())),
        "expected " + root + " " + source + "->" + target + " by an army or police in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a minister's visit: what happened during it was not done by him
      "Der afghanische Innenminister besuchte am Montag die Provinz Helmand. Dabei wurden vier Kämpfer der Taliban getötet.",
      // no occasion adverb: nothing ties the killing to the search
      "Die afghanische Polizei durchsuchte in Kandahar mehrere Häuser. Am Abend wurden vier Kämpfer der Taliban getötet.",
      // the sentence before reports speech, not a deed
      "Die afghanische Polizei teilte mit, dass sie in Kandahar mehrere Häuser durchsucht habe. Dabei wurden vier Kämpfer der Taliban getötet."})
  void noDoerHere(String text) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> e.code().code().startsWith("18") || e.code().code().startsWith("19")),
        "no killing with an agent in \"" + text + "\", got " + events);
  }
}
