package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement, demand, criticism or threat whose sentence names its agent, a person, but no target, with no act of
 * the agent's country in reach, continues the agent's latest dyad told further back, also in an earlier
 * paragraph (class DyadTarget, words/dyad-codes-far.txt); not when the sentence names another actor of the
 * agent's own country (words to its own public) and not when that latest dyad had two other sides.
 * Sentences written for this test; "/" stands for a paragraph break.
 */
class DyadFromAfarTest {
  private static final String AEGEAN = "Streit in der Ägäis. Athen – %s. "
      + "Das Wetter auf den Inseln war stürmisch. Die Fischer blieben in den Häfen. Viele Touristen verschoben ihre Reisen./";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Griechenland verlangte am Montag von der Türkei den Abzug ihrer Kriegsschiffe|Der griechische Regierungschef drohte am Mittwoch mit Sanktionen.|13|GRC|TUR",
      "Griechenland verlangte am Montag von der Türkei den Abzug ihrer Kriegsschiffe|Außenminister Nikos Dendias äußerte sich am Dienstag enttäuscht über die Antwort.|01|GRC|TUR"})
  void theActContinuesTheLatestDyad(String other, String later, String root, String source, String target) {
    String text = text(other, later);
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(has(events, root, source, target), "expected " + source + "->" + target + " " + root + " in \"" + text + "\", got " + events);
  }

  @Test
  void wordsAfterAnotherParagraphAreAddressedToTheThreatenedSide() {
    String text = "Streit um Gas. Wien – Russland drohte der Ukraine am Montag mit einem Lieferstopp für Erdgas. Die Preise an den Börsen "
        + "stiegen daraufhin deutlich. Händler rechneten mit weiteren Sprüngen. Viele Haushalte heizen mit Gas.\n\n"
        + "Der russische Energieminister Sergej Zivilew äußerte sich am Mittwoch enttäuscht über das Angebot.";
    assertTrue(has(EventTestPipeline.events(text), "01", "RUS", "UKR"), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // words to the speaker's own public: the sentence names the country's own farmers
      "Griechenland verlangte am Montag von der Türkei den Abzug ihrer Kriegsschiffe|Der griechische Regierungschef drohte am Mittwoch vor griechischen Bauern mit Steuererhöhungen.|13|GRC|TUR",
      // the latest dyad had two other sides: which one is meant is not said
      "Griechenland verlangte am Montag von der Türkei den Abzug ihrer Kriegsschiffe, Zypern kritisierte Griechenland wegen der Häfen|Der griechische Regierungschef drohte am Mittwoch mit Sanktionen.|13|GRC|TUR"})
  void nearMissesTakeNoTarget(String other, String later, String root, String source, String target) {
    String text = text(other, later);
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(!has(events, root, source, target), "no " + source + "->" + target + " " + root + " expected in \"" + text + "\", got " + events);
  }

  private static String text(String other, String later) {
    return (String.format(AEGEAN, other) + later).replace("/", "\n\n");
  }

  private static boolean has(List<Event> events, String root, String source, String target) {
    return events.stream().anyMatch(e -> e.code().code().startsWith(root) && e.source() != null && e.target() != null
        && source.equals(e.source().country()) && target.equals(e.target().country()));
  }
}
