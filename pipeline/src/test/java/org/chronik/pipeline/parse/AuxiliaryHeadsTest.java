package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** A participle the parser hung below its auxiliary as a complement becomes the head of its clause. */
class AuxiliaryHeadsTest {
  @Test
  void aPerfectsParticipleTakesTheClauseFromHaben() {
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Regierung/Regierung/NOUN/-/2/nsubj hat/haben/VERB/VER:3:SIN:PRÄ:NON/-1/root "
        + "den/der/DET/-/4/det Botschafter/Botschafter/NOUN/-/2/obj ausgewiesen/ausweisen/VERB/VER:PA2:SFT/2/xcomp !/!/PUNCT/-/2/punct");
    assertEquals(-1, out.get(5).head());
    assertEquals("root", out.get(5).deprel());
    assertEquals(5, out.get(1).head());
    assertEquals("nsubj", out.get(1).deprel());
    assertEquals(5, out.get(4).head());
    assertEquals("obj", out.get(4).deprel());
    assertEquals(5, out.get(2).head());
    assertEquals("aux", out.get(2).deprel());
    assertEquals("AUX", out.get(2).upos());
    assertEquals(5, out.get(6).head());
  }

  @Test
  void aParticipleTaggedAsFiniteIsReadByTheLexicon() {
    // "beschlossen" tagged as a past plural: the lexicon's participle reading makes it the head
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Rat/Rat/NOUN/-/2/nsubj hatte/haben/VERB/VER:3:SIN:PRT:NON/-1/root "
        + "an/an/ADP/-/4/case Sanktionen/Sanktion/NOUN/-/2/obl beschlossen/beschließen/VERB/VER:1:PLU:PRT:NON/2/xcomp");
    assertEquals(-1, out.get(5).head());
    assertEquals("VER:PA2:NON", out.get(5).xpos());
    assertEquals(5, out.get(4).head());
    assertEquals("obl", out.get(4).deprel());
    assertEquals("aux", out.get(2).deprel());
  }

  @Test
  void aPassivesParticipleTakesTheClauseFromWerden() {
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Reporter/Reporter/NOUN/-/2/nsubj:pass wurde/werden/VERB/VER:3:SIN:PRT:NON/-1/root "
        + "in/in/ADP/-/4/case Teheran/Teheran/PROPN/-/2/obl festgenommen/festnehmen/VERB/VER:PA2:NON/2/xcomp");
    assertEquals(-1, out.get(5).head());
    assertEquals(5, out.get(1).head());
    assertEquals("nsubj:pass", out.get(1).deprel());
    assertEquals(5, out.get(4).head());
    assertEquals(5, out.get(2).head());
    assertEquals("aux:pass", out.get(2).deprel());
  }

  @Test
  void aZuInfinitiveOrAnotherVerbStaysBelowItsHead() {
    // "hat nichts zu vergeben" is no perfect, though "vergeben" is also a participle
    List<Token> zu = TaggedTokens.repaired("Er/er/PRON/-/1/nsubj hat/haben/VERB/VER:3:SIN:PRÄ:NON/-1/root nichts/nichts/PRON/-/4/obj "
        + "zu/zu/PART/-/4/mark vergeben/vergeben/VERB/VER:INF:NON/1/xcomp");
    assertEquals(-1, zu.get(1).head());
    assertEquals(1, zu.get(4).head());
    assertEquals("xcomp", zu.get(4).deprel());
    // a complement of a verb that is no auxiliary ("begann … zu verhandeln") stays
    List<Token> begann = TaggedTokens.repaired("Die/der/DET/-/1/det Delegation/Delegation/NOUN/-/2/nsubj begann/beginnen/VERB/VER:3:SIN:PRT:NON/-1/root "
        + "verhandelt/verhandeln/VERB/VER:PA2:SFT/2/xcomp");
    assertEquals(-1, begann.get(2).head());
    assertEquals(2, begann.get(3).head());
    // a bare infinitive below "haben" ("hat Geld liegen") has no participle reading
    List<Token> liegen = TaggedTokens.repaired("Er/er/PRON/-/1/nsubj hat/haben/VERB/VER:3:SIN:PRÄ:NON/-1/root Geld/Geld/NOUN/-/1/obj "
        + "liegen/liegen/VERB/VER:INF:NON/1/xcomp");
    assertEquals(-1, liegen.get(1).head());
    assertEquals(1, liegen.get(2).head());
  }
}
