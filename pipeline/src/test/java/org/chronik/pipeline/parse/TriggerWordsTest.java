package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerWordsTest {
  private static final TriggerWords VERBS = new TriggerWords(List.of("zusichern", "kündigen", "festnehmen", "treffen"));
  private static final TriggerWords NOUNS = new TriggerWords(List.of("Sanktion", "Angriff"));

  private static TriggerWords.Words words(String sentence) {
    return TriggerWords.Words.of(List.of(sentence.split(" ")));
  }

  @Test
  void aSeparableParticleAnywhereInTheSentenceMayJoinTheVerb() {
    assertEquals(Set.of("zusichern"), VERBS.candidates("sichern", "sichert", words("Peking sichert Moskau Hilfe zu"), false));
    assertEquals(Set.of("zusichern"), VERBS.candidates("sichern", "sicherte", words("Zu Hilfe sicherte Peking nichts"), false));
    assertTrue(VERBS.candidates("sichern", "sichert", words("Peking sichert die Grenze"), false).isEmpty(), "no particle, no trigger");
  }

  @Test
  void twoParticlesAndAParticleTakenOffAgainAreCovered() {
    // the parser hung "fest" on "nehmen" and "ab" too: festnehmen is still reachable
    assertTrue(VERBS.candidates("nehmen", "nahm", words("Die Polizei nahm ab fest"), false).contains("festnehmen"));
    // a lexicon lemma that starts with a word of the sentence may lose it again: ankündigen → kündigen
    assertTrue(VERBS.candidates("ankündigen", "ankündigte", words("als er an jenem Tag ankündigte"), false).contains("kündigen"));
    assertTrue(VERBS.candidates("ankündigen", "ankündigte", words("als er ankündigte"), false).isEmpty());
  }

  @Test
  void aNounMatchesByItsHeadsOfFourLettersOrMore() {
    assertEquals(Set.of("sanktion"), NOUNS.candidates("Wirtschaftssanktion", "Wirtschaftssanktionen", words("neue Wirtschaftssanktionen"), true));
    assertEquals(Set.of("angriff"), NOUNS.candidates("Raketenangriff", "Raketenangriffe", words("die Raketenangriffe"), true));
    assertTrue(NOUNS.candidates("Tion", "Tion", words("Tion"), true).isEmpty(), "a tail below four letters is no head");
    assertTrue(NOUNS.candidates("Wirtschaftssanktion", "Wirtschaftssanktionen", words("x"), false).isEmpty(), "verbs take no heads");
  }

  @Test
  void theWordItselfCountsAndConditionsLookAtEveryWord() {
    assertEquals(Set.of("treffen"), VERBS.candidates("Treffen", "treffen", words("sie treffen sich"), false));
    TriggerWords.Words w = words("Die Polizei nahm den Mann fest");
    assertTrue(w.mayContain("Mann", "Mann", "mann"));
    assertTrue(w.mayContain("Grenzpolizei", "Grenzpolizisten", "polizei"), "a compound contains the condition word");
    assertTrue(w.mayContain("nehmen", "nahm", "festnehmen"), "a particle joined onto it may make the word");
    assertTrue(!w.mayContain("Mann", "Mann", "frau"));
  }
}
