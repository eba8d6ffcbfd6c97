package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** A passive's subject the parser hung on the agent phrase as an attribute becomes the participle's subject. */
class AgentPhraseSubjectsTest {
  @Test
  void aMasculineNounAfterTheAgentIsThePassiveSubject() {
    // "Der Oppositionellen wurde vom Parlament der Preis zuerkannt." (a compound the lexicon lacks tells no case: it stays)
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Oppositionellen/Oppositionelle/NOUN/-/8/obl:arg wurde/werden/AUX/-/8/aux:pass "
        + "von/von/ADP/-/5/case dem/der/DET/-/5/det Parlament/Parlament/NOUN/-/8/obl:agent der/der/DET/-/7/det "
        + "Preis/Preis/NOUN/-/5/nmod zuerkannt/zuerkennen/VERB/VER:PA2:SFT/-1/root");
    assertEquals(8, out.get(7).head());
    assertEquals("nsubj:pass", out.get(7).deprel());
  }

  @Test
  void aNameInQuotationMarksTakesItsCaseFromItsNoun() {
    // "Dem Reporter wurde von der Stiftung der „Freiheits-Preis“ verliehen."
    List<Token> out = TaggedTokens.repaired("Dem/der/DET/-/1/det Reporter/Reporter/NOUN/-/11/obl:arg wurde/werden/AUX/-/11/aux:pass "
        + "von/von/ADP/-/5/case der/der/DET/-/5/det Stiftung/Stiftung/NOUN/-/11/obl:agent der/der/DET/-/7/det „/„/PROPN/-/5/nmod "
        + "Freiheits/Freiheits/PROPN/-/7/flat -/-/PUNCT/-/10/punct Preis/Preis/NOUN/-/7/flat verliehen/verleihen/VERB/VER:PA2:SFT/-1/root");
    assertEquals(11, out.get(7).head());
    assertEquals("nsubj:pass", out.get(7).deprel());
  }

  @Test
  void aPhraseThatMayBeGenitiveOrAClauseWithASubjectStays() {
    // "Die Sanktionen wurden vom Rat der Union beschlossen": "der Union" may be the council's genitive
    List<Token> genitive = TaggedTokens.repaired("Die/der/DET/-/1/det Sanktionen/Sanktion/NOUN/-/8/nsubj:pass wurden/werden/AUX/-/8/aux:pass "
        + "von/von/ADP/-/5/case dem/der/DET/-/5/det Rat/Rat/NOUN/-/8/obl:agent der/der/DET/-/7/det Union/Union/NOUN/-/5/nmod "
        + "beschlossen/beschließen/VERB/VER:PA2:SFT/-1/root");
    assertEquals(5, genitive.get(7).head());
    assertEquals("nmod", genitive.get(7).deprel());
    // a clause that has its subject already moves nothing
    List<Token> subject = TaggedTokens.repaired("Der/der/DET/-/1/det Vertrag/Vertrag/NOUN/-/8/nsubj:pass wurde/werden/AUX/-/8/aux:pass "
        + "von/von/ADP/-/5/case dem/der/DET/-/5/det Minister/Minister/NOUN/-/8/obl:agent der/der/DET/-/7/det Preis/Preis/NOUN/-/5/nmod "
        + "unterzeichnet/unterzeichnen/VERB/VER:PA2:SFT/-1/root");
    assertEquals(5, subject.get(7).head());
  }
}
