package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chronik.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A past participle written with a capital inside a clause, tagged as a noun, is read as the verb it is. */
class CapitalisedParticiplesTest {
  private static MistaggedVerbs verbs;

  @BeforeAll
  static void load() {
    verbs = TaggedTokens.germanVerbs();
  }

  private static List<Token> tokens(String tagged) {
    return TaggedTokens.of(tagged);
  }

  @Test
  void aCapitalisedPassiveParticipleBecomesTheVerb() {
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Journalistin/Journalistin/NOUN/-/5/nsubj:pass wurde/werden/AUX/-/5/aux:pass "
        + "seitdem/seitdem/ADV/-/5/advmod streng/streng/ADJ/-/5/amod Überwacht/Überwacht/NOUN/-/-1/root ././PUNCT/-/5/punct");
    assertEquals("VERB", out.get(5).upos());
    assertEquals("überwachen", out.get(5).lemma());
    assertTrue(out.get(5).xpos().startsWith("VER:PA2"), out.get(5).xpos());
  }

  @Test
  void aCapitalisedPerfectParticipleBecomesTheVerb() {
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Polizei/Polizei/NOUN/-/5/nsubj hat/haben/AUX/-/5/aux den/der/DET/-/4/det "
        + "Reporter/Reporter/NOUN/-/5/obj Festgenommen/Festgenommen/NOUN/-/-1/root");
    assertEquals("VERB", out.get(5).upos());
    assertEquals("festnehmen", out.get(5).lemma());
  }

  @Test
  void aCapitalisedParticipleHungBelowItsAuxiliaryTakesTheClause() {
    List<Token> out = TaggedTokens.repaired("Ankara/Ankara/PROPN/-/1/nsubj hat/haben/VERB/VER:3:SIN:PRÄ:NON/-1/root den/der/DET/-/3/det "
        + "Botschafter/Botschafter/NOUN/-/1/obj Ausgewiesen/Ausgewiesen/NOUN/-/1/xcomp");
    assertEquals("ausweisen", out.get(4).lemma());
    assertEquals(-1, out.get(4).head());
    assertEquals(4, out.get(3).head());
    assertEquals("aux", out.get(1).deprel());
  }

  @Test
  void aKnownNounOrAWordWithoutAuxiliaryKeepsItsReading() {
    // "wurde Präsident": a noun the lexicon knows as written is no participle
    List<Token> noun = TaggedTokens.repaired("Er/er/PRON/-/2/nsubj wurde/werden/AUX/-/2/cop Präsident/Präsident/NOUN/-/-1/root");
    assertEquals("NOUN", noun.get(2).upos());
    assertEquals("Präsident", noun.get(2).lemma());
    // a heading without auxiliary: "Streng Überwacht" tells no clause
    List<Token> heading = TaggedTokens.repaired("Streng/streng/ADJ/-/1/amod Überwacht/Überwacht/NOUN/-/-1/root");
    assertEquals("NOUN", heading.get(1).upos());
    // the sentence's first word is written with a capital anyway: "Umgekehrt haben die Kinder weniger Probleme"
    List<Token> first = TaggedTokens.repaired("Umgekehrt/Umgekehrt/NOUN/-/-1/root haben/haben/AUX/-/0/aux die/der/DET/-/3/det Kinder/Kind/NOUN/-/0/nsubj");
    assertEquals("NOUN", first.get(0).upos());
  }

  @Test
  void theParseSelectorSeesTheParticipleOnlyBesideAnAuxiliary() {
    List<Token> with = tokens("Die/der/DET/-/-1/dep Partei/Partei/NOUN/-/-1/dep wurde/werden/AUX/-/-1/dep Überwacht/Überwacht/NOUN/-/-1/dep");
    assertEquals(Set.of(3), verbs.capitalised().beforeParse(with, List.of("der", "Partei", "werden", "Überwacht")));
    List<Token> without = tokens("Die/der/DET/-/-1/dep Partei/Partei/NOUN/-/-1/dep Überwacht/Überwacht/NOUN/-/-1/dep");
    assertEquals(Set.of(), verbs.capitalised().beforeParse(without, List.of("der", "Partei", "Überwacht")));
  }
}
