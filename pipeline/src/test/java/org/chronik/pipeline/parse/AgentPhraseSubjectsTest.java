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

  @Test
  void anActiveSubjectLabelOfAPassiveParticipleBecomesThePassiveSubject() {
    // "Gestern wurde der 52-Jährige von einem Richter verhört." with the patient labelled nsubj
    List<Token> first = TaggedTokens.repaired("Gestern/gestern/ADV/-/7/advmod wurde/werden/AUX/-/7/aux:pass der/der/DET/-/3/det "
        + "Jährige/Jährige/NOUN/-/7/nsubj von/von/ADP/-/6/case einem/ein/DET/-/6/det Richter/Richter/NOUN/-/3/nmod "
        + "verhört/verhören/VERB/VER:PA2:SFT/-1/root");
    assertEquals(7, first.get(3).head());
    assertEquals("nsubj:pass", first.get(3).deprel());
    // "Am Morgen ist die Aktivistin in ihrer Wohnung festgenommen worden."
    List<Token> second = TaggedTokens.repaired("Am/an/ADP/-/1/case Morgen/Morgen/NOUN/-/9/obl ist/sein/AUX/-/9/aux die/der/DET/-/4/det "
        + "Aktivistin/Aktivistin/NOUN/-/9/nsubj in/in/ADP/-/7/case ihrer/ihr/DET/-/7/det Wohnung/Wohnung/NOUN/-/9/obl "
        + "festgenommen/festnehmen/VERB/VER:PA2:SFT/-1/root worden/werden/AUX/-/9/aux:pass");
    assertEquals("nsubj:pass", second.get(4).deprel());
  }

  @Test
  void theSubjectOfAnActiveVerbStays() {
    // "Der Richter hat den Reporter verhört.": no passive auxiliary, the subject acts
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Richter/Richter/NOUN/-/5/nsubj hat/haben/AUX/-/5/aux "
        + "den/der/DET/-/4/det Reporter/Reporter/NOUN/-/5/obj verhört/verhören/VERB/VER:PA2:SFT/-1/root");
    assertEquals("nsubj", out.get(1).deprel());
  }
}
