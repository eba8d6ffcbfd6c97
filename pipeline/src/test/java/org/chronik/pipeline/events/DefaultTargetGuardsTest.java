package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defaults the sentence shows wrong (README "Defaults the sentence shows wrong", dom46): no domestic X→X target for an
 * act on a thing told just before with a foreign party (ToldAbroad) or for a deed another speaker claims
 * (ClaimedDeed); no far dyad when the sentence just before gives another party's words (DyadTarget). Sentences
 * written for this test; "/" stands for a paragraph break.
 */
class DefaultTargetGuardsTest {
  private static final String AEGEAN = "Streit in der Ägäis. Athen – Griechenland verlangte am Montag von der Türkei den Abzug ihrer "
      + "Kriegsschiffe. Das Wetter auf den Inseln war stürmisch. Die Fischer blieben in den Häfen. Viele Touristen verschoben ihre Reisen./";

  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvFileSource(resources = "/events/default-target-guards.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void domesticDefault(String sentence, String root, String expectation) {
    List<Event> events = EventTestPipeline.events(sentence);
    String got = DomesticTargetsTest.defaultKind(events, root);
    assertEquals(expectation, got, "\"" + sentence + "\": " + describe(events));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a rival of the speaker's own country spoke just before
      "Die griechische Opposition erklärte am Dienstag, der Haushalt sei ein Fehler. Außenminister Nikos Dendias äußerte sich am Mittwoch enttäuscht.|01|false",
      // a third state spoke just before
      "Zypern erklärte am Dienstag, die Häfen blieben geöffnet. Der griechische Regierungschef drohte am Mittwoch mit Sanktionen.|13|false",
      // near-misses: the sentence before names only the dyad's other side; it names a third state but gives no one's words
      "Die türkischen Schiffe blieben am Dienstag vor der Insel. Der griechische Regierungschef drohte am Mittwoch mit Sanktionen.|13|true",
      "Ein Frachter aus Zypern lag am Dienstag vor der Insel. Der griechische Regierungschef drohte am Mittwoch mit Sanktionen.|13|true"})
  void farDyadYieldsToTheWordsJustBefore(String later, String root, boolean expected) {
    String text = (AEGEAN + later).replace("/", "\n\n");
    List<Event> events = EventTestPipeline.events(text);
    boolean got = events.stream().anyMatch(e -> e.code().code().startsWith(root) && e.source() != null && e.target() != null
        && "GRC".equals(e.source().country()) && "TUR".equals(e.target().country()));
    assertTrue(got == expected, (expected ? "expected" : "no") + " GRC->TUR " + root + " in \"" + text + "\", got " + describe(events));
  }

  private static String describe(List<Event> events) {
    return events.stream().map(e -> e.code().code() + " " + (e.source() == null ? "-" : e.source().id()) + "->"
        + (e.target() == null ? "-" : e.target().id()) + " " + e.targetFrom() + " [" + e.rule() + "]").collect(Collectors.joining("; "));
  }
}
