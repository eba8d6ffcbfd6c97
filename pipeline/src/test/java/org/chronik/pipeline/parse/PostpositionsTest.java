package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** "zufolge" hung on the noun after it moves to the noun before it, and the noun after it gets back the argument's relation. */
class PostpositionsTest {
  @Test
  void theObjectAfterAnAttributionPhraseIsTheVerbsObject() {
    // "Die Küstenwache barg Medienberichten zufolge 40 Fischer.": the parser made the reports the object
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Küstenwache/Küstenwache/NOUN/-/2/nsubj barg/bergen/VERB/-/-1/root "
        + "Medienberichten/Medienbericht/NOUN/-/2/obj zufolge/zufolge/ADP/-/6/case 40/40/NUM/-/6/nummod Fischer/Fischer/NOUN/-/2/obl ././PUNCT/-/2/punct");
    assertEquals(3, out.get(4).head());
    assertEquals("obl", out.get(3).deprel());
    assertEquals(2, out.get(6).head());
    assertEquals("obj", out.get(6).deprel());
  }

  @Test
  void aNamedSourceHandsTheObjectBackFromItsApposition() {
    // "Die Armee nahm der Agentur AFP zufolge zwei Journalisten fest.": the postposition goes to the phrase's head "Agentur"
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Armee/Armee/NOUN/-/2/nsubj nahm/nehmen/VERB/-/-1/root der/der/DET/-/4/det "
        + "Agentur/Agentur/NOUN/-/2/obj AFP/AFP/PROPN/-/4/appos zufolge/zufolge/ADP/-/8/case zwei/zwei/NUM/-/8/nummod "
        + "Journalisten/Journalist/NOUN/-/2/obl fest/fest/ADP/-/2/compound:prt");
    assertEquals(4, out.get(6).head());
    assertEquals("obl", out.get(4).deprel());
    assertEquals("obj", out.get(8).deprel());
    assertEquals(2, out.get(8).head());
  }

  @Test
  void anArgumentHungAsAttributeOnTheAttributionPhraseMovesToTheVerb() {
    // "Die Polizei verhaftete Berichten zufolge drei Studenten.": the students were read as an attribute of "Berichten"
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Polizei/Polizei/NOUN/-/2/nsubj verhaftete/verhaften/VERB/-/-1/root "
        + "Berichten/Bericht/NOUN/-/2/obj zufolge/zufolge/ADP/-/6/case drei/drei/NUM/-/6/nummod Studenten/Student/NOUN/-/3/nmod");
    assertEquals(3, out.get(4).head());
    assertEquals("obl", out.get(3).deprel());
    assertEquals(2, out.get(6).head());
    assertEquals("obj", out.get(6).deprel());
  }

  @Test
  void aPhraseWithItsOwnPrepositionStaysAnOblique() {
    // "Der Gipfel findet den Angaben zufolge im März statt.": "im März" is no subject
    List<Token> out = TaggedTokens.repaired("Der/der/DET/-/1/det Gipfel/Gipfel/NOUN/-/2/dep findet/finden/VERB/-/-1/root den/der/DET/-/4/det "
        + "Angaben/Angabe/NOUN/-/2/nsubj zufolge/zufolge/ADP/-/7/case im/in/ADP/-/7/case März/März/PROPN/-/2/obl statt/statt/ADP/-/2/compound:prt");
    assertEquals(4, out.get(5).head());
    assertEquals("obl", out.get(4).deprel());
    assertEquals("obl", out.get(7).deprel());
  }

  @Test
  void aPostpositionAlreadyOnItsNounOrAfterNoNounStays() {
    // "Der Regierung zufolge schloss die Armee die Grenze.": read right, nothing moves
    String right = "Der/der/DET/-/1/det Regierung/Regierung/NOUN/-/3/obl zufolge/zufolge/ADP/-/1/case schloss/schließen/VERB/-/-1/root "
        + "die/der/DET/-/5/det Armee/Armee/NOUN/-/3/nsubj die/der/DET/-/7/det Grenze/Grenze/NOUN/-/3/obj";
    assertEquals(TaggedTokens.of(right), TaggedTokens.repaired(right));
    // "…, der zufolge Wahlen stattfinden": after a relative pronoun there is no noun to hang it on
    String relative = "Die/der/DET/-/1/det Regel/Regel/NOUN/-/-1/root ,/,/PUNCT/-/6/punct der/der/PRON/-/6/obl zufolge/zufolge/ADP/-/5/case "
        + "Wahlen/Wahl/NOUN/-/6/obl stattfinden/stattfinden/VERB/-/1/acl";
    assertEquals(TaggedTokens.of(relative), TaggedTokens.repaired(relative));
  }
}
