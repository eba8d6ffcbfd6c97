package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * A passive or perfect participle the tagger read as a predicative adjective (lemma = the participle) is read
 * as the verb it is; with "sein", as an attribute or as an adjective of its own it keeps its reading.
 */
class AdjectivalParticiplesTest {

  @Test
  void aPassiveParticipleWrittenWithACopulaBecomesThePassiveVerb() {
    // "Der Schmuggler wurde am Hafen gefasst": "wurde" as copula, "gefasst" an adjective
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Schmuggler/Schmuggler/NOUN/-/6/nsubj wurde/werden/AUX/-/6/cop "
        + "am/an/ADP/-/4/case Hafen/Hafen/NOUN/-/6/obl gestern/gestern/ADV/-/6/advmod gefasst/gefasst/ADJ/PA2:PRD:GRU:VER/-1/root");
    assertEquals("VERB", out.get(6).upos());
    assertEquals("fassen", out.get(6).lemma());
    assertTrue(out.get(6).xpos().startsWith("VER:PA2"), out.get(6).xpos());
    assertEquals("aux:pass", out.get(2).deprel());
    assertEquals("nsubj:pass", out.get(1).deprel());
  }

  @Test
  void aSecondPassiveWithAnotherVerb() {
    // "Zwei Aktivisten wurden in Minsk verhaftet"
    List<Token> out = TaggedTokens.repaired("Zwei/zwei/NUM/-/1/nummod Aktivisten/Aktivist/NOUN/-/5/nsubj wurden/werden/AUX/-/5/cop "
        + "in/in/ADP/-/4/case Minsk/Minsk/PROPN/-/5/obl verhaftet/verhaftet/ADJ/PA2:PRD:GRU:VER/-1/root");
    assertEquals("verhaften", out.get(5).lemma());
    assertEquals("aux:pass", out.get(2).deprel());
  }

  @Test
  void aPerfectParticipleKeepsItsActiveSubject() {
    // "Viele Pfleger hatten sich krank gemeldet"
    List<Token> out = TaggedTokens.repaired("Viele/viel/DET/-/1/det Pfleger/Pfleger/NOUN/-/5/nsubj hatten/haben/AUX/-/5/aux "
        + "sich/sich/PRON/-/5/obj krank/krank/ADJ/ADJ:PRD:GRU/5/advmod gemeldet/gemeldet/ADJ/PA2:PRD:GRU:VER/-1/root");
    assertEquals("melden", out.get(5).lemma());
    assertEquals("VERB", out.get(5).upos());
    assertEquals("aux", out.get(2).deprel());
    assertEquals("nsubj", out.get(1).deprel());
  }

  @Test
  void withSeinAsAttributeOrAsAnAdjectiveOfItsOwnTheWordStays() {
    // "Die Ministerin war gefasst": composed, no passive
    List<Token> sein = TaggedTokens.repaired("Die/der/DET/-/1/det Ministerin/Ministerin/NOUN/-/3/nsubj war/sein/AUX/-/3/cop "
        + "gefasst/gefasst/ADJ/PA2:PRD:GRU:VER/-1/root");
    assertEquals("ADJ", sein.get(3).upos());
    assertEquals("gefasst", sein.get(3).lemma());
    // "die gefassten Diebe": an attribute has no auxiliary
    List<Token> attribute = TaggedTokens.repaired("Die/der/DET/-/2/det gefassten/gefasst/ADJ/PA2:AKK:PLU:MAS:GRU:DEF:VER/2/amod "
        + "Diebe/Dieb/NOUN/-/3/nsubj schwiegen/schweigen/VERB/-/-1/root");
    assertEquals("gefasst", attribute.get(1).lemma());
    // "Es wurde bekannt": became known, nothing confessed
    List<Token> own = TaggedTokens.repaired("Es/es/PRON/-/2/nsubj wurde/werden/AUX/-/2/cop bekannt/bekannt/ADJ/PA2:PRD:GRU:VER/-1/root");
    assertEquals("ADJ", own.get(2).upos());
    assertEquals("cop", own.get(1).deprel());
  }
}
