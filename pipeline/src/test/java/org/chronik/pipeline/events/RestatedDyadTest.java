package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite act noun told again as the subject of its clause or as the topic of a verb of saying, naming one side
 * or none, takes the dyad of the latest act of its kind told before (class RestatedDyad); not as the thing of
 * another act ("begrüßte den Ausschluss"), not when a side it names is of another country, and not without an earlier
 * act of its kind. Sentences written for this test; each case: text, the noun, root, source, target.
 */
class RestatedDyadTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the subject of its clause, naming no side
      "Brüssel – Der Europarat schloss Russland am Mittwoch aus. Der Ausschluss gilt als Antwort auf den Krieg.|Ausschluss|16|IGO.COE|RUS",
      "Straßburg – Der Europarat schloss Russland im März aus. Nach Angaben von Diplomaten soll der Rauswurf bis auf Weiteres gelten.|Rauswurf|16|IGO.COE|RUS",
      // the topic of a verb of saying, naming its speaker of the accuser's country
      "Washington – Die USA warfen Venezuela am Montag Wahlbetrug vor. Ein Sprecher des Weißen Hauses sagte am Dienstag zu den Vorwürfen, es gebe Beweise.|Vorwürfen|11|USA|VEN"})
  void theNounTakesTheDyadOfTheActItTellsAgain(String text, String noun, String root, String source, String target) {
    assertTrue(EventPairs.codedAt(text, noun, root, source, target), "expected " + source + "->" + target + " " + root + " at " + noun + " in \""
        + text + "\", got " + EventTestPipeline.events(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the thing of another act: the welcome is coded, the exclusion is not told again
      "Brüssel – Der Europarat schloss Russland am Mittwoch aus. Die Ukraine begrüßte den Ausschluss.|Ausschluss|16|IGO.COE|RUS",
      // the noun names its own author, of another country: accusations of its own, not the US ones told again
      "Washington – Die USA warfen Venezuela am Montag Wahlbetrug vor. Die Vorwürfe Kubas wiegen nach Ansicht von Beobachtern schwerer.|Vorwürfe|11|USA|VEN",
      // a negated clause denies something of the accusations; it does not tell them again
      "Washington – Die USA warfen Venezuela am Montag Wahlbetrug vor. Die Vorwürfe ließen sich bisher nicht belegen.|Vorwürfe|11|USA|VEN",
      // no earlier act of its kind: an investigation after an exclusion
      "Brüssel – Der Europarat schloss Russland am Mittwoch aus. Die Untersuchung dauert nach Angaben der Behörde an.|Untersuchung|09|IGO.COE|RUS"})
  void nearMissesTakeNoDyad(String text, String noun, String root, String source, String target) {
    assertTrue(!EventPairs.codedAt(text, noun, root, source, target), "no " + source + "->" + target + " " + root + " at " + noun + " expected in \""
        + text + "\", got " + EventTestPipeline.events(text));
  }
}
