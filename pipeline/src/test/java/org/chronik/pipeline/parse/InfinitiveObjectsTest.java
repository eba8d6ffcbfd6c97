package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** The phrase the parser made a zu-infinitive's subject is its object; a modal infinitive and a phrase of the clause above keep theirs. */
class InfinitiveObjectsTest {
  @Test
  void theObjectOfAnInfinitiveWithZuInsideIsGivenBack() {
    // "Die Opposition warf der Armee vor, Streubomben abzuwerfen.": the bombs were read as the subject
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Opposition/Opposition/NOUN/-/2/nsubj warf/werfen/VERB/-/-1/root "
        + "der/der/DET/-/4/det Armee/Armee/NOUN/-/2/iobj vor/vor/ADP/-/2/compound:prt ,/,/PUNCT/-/8/punct "
        + "Streubomben/Streubombe/NOUN/-/8/nsubj abzuwerfen/abwerfen/VERB/VER:EIZ:NON/2/ccomp ././PUNCT/-/2/punct");
    assertEquals("obj", out.get(7).deprel());
    assertEquals(8, out.get(7).head());
    assertEquals("nsubj", out.get(1).deprel());
  }

  @Test
  void theObjectBeforeZuIsGivenBackUnderAControlVerb() {
    // "Die Regierung versprach, die Gefangenen sofort zu entlassen.": the prisoners are the ones released
    List<Token> out = TaggedTokens.repaired("Die/der/DET/-/1/det Regierung/Regierung/NOUN/-/2/nsubj versprach/versprechen/VERB/-/-1/root "
        + ",/,/PUNCT/-/8/punct die/der/DET/-/5/det Gefangenen/Gefangene/NOUN/-/8/nsubj sofort/sofort/ADV/-/8/advmod "
        + "zu/zu/PART/-/8/mark entlassen/entlassen/VERB/-/2/xcomp ././PUNCT/-/2/punct");
    assertEquals("obj", out.get(5).deprel());
    // "Kiew forderte Moskau auf, die Truppen abzuziehen.": the same under a verb of object control, hung as parataxis
    List<Token> asked = TaggedTokens.repaired("Kiew/Kiew/PROPN/-/1/nsubj forderte/fordern/VERB/-/-1/root Moskau/Moskau/PROPN/-/1/obj "
        + "auf/auf/ADP/-/1/compound:prt ,/,/PUNCT/-/7/punct die/der/DET/-/6/det Truppen/Truppe/NOUN/-/7/nsubj "
        + "abzuziehen/abziehen/VERB/VER:EIZ:NON/1/parataxis");
    assertEquals("obj", asked.get(6).deprel());
    // "Israel kündigte an, die Miliz im Süden zu zerschlagen.": the infinitive, also a participle, was tagged as adjective
    List<Token> adjective = TaggedTokens.repaired("Israel/Israel/PROPN/-/1/nsubj kündigte/ankündigen/VERB/-/-1/root an/an/ADP/-/1/compound:prt "
        + ",/,/PUNCT/-/9/punct die/der/DET/-/5/det Miliz/Miliz/NOUN/-/9/nsubj im/in/ADP/-/7/case Süden/Süden/NOUN/-/9/obl "
        + "zu/zu/ADP/-/9/mark zerschlagen/zerschlagen/ADJ/PA2:PRD:GRU:VER/1/ccomp ././PUNCT/-/1/punct");
    assertEquals("obj", adjective.get(5).deprel());
    // "Die Lage sei zu ernst.": "zu" before an adjective is no infinitive marker
    String degree = "Die/der/DET/-/1/det Lage/Lage/NOUN/-/4/nsubj sei/sein/AUX/-/4/cop zu/zu/ADV/-/4/advmod ernst/ernst/ADJ/-/-1/root";
    assertEquals(TaggedTokens.of(degree), TaggedTokens.repaired(degree));
  }

  @Test
  void aModalInfinitiveAndAnInfinitiveWithItsObjectKeepTheirSubject() {
    // "Das Wrack ist vom Ufer kaum zu sehen.": sein + zu-infinitive, the wreck is the subject
    String modal = "Das/der/DET/-/1/det Wrack/Wrack/NOUN/-/7/nsubj ist/sein/AUX/-/7/aux vom/von/ADP/-/4/case Ufer/Ufer/NOUN/-/7/obl "
        + "kaum/kaum/ADV/-/7/advmod zu/zu/PART/-/7/mark sehen/sehen/VERB/-/-1/root";
    assertEquals(TaggedTokens.of(modal), TaggedTokens.repaired(modal));
    // the same with the auxiliary below a governor: "…, weil die Folgen kaum abzuschätzen sind"
    String below = "Die/der/DET/-/1/det Lage/Lage/NOUN/-/2/nsubj bleibt/bleiben/VERB/-/-1/root unklar/unklar/ADJ/-/2/xcomp ,/,/PUNCT/-/9/punct "
        + "weil/weil/SCONJ/-/9/mark die/der/DET/-/7/det Folgen/Folge/NOUN/-/9/nsubj kaum/kaum/ADV/-/9/advmod "
        + "abzuschätzen/abschätzen/VERB/VER:EIZ:NON/2/advcl sind/sein/AUX/-/9/aux";
    assertEquals(TaggedTokens.of(below), TaggedTokens.repaired(below));
    // "Die Bemühungen den Streit zu beenden scheiterten": an object of its own already, the parser's subject is another phrase's
    String withObject = "Die/der/DET/-/1/det Bemühungen/Bemühung/NOUN/-/5/nsubj den/der/DET/-/3/det "
        + "Streit/Streit/NOUN/-/5/obj zu/zu/PART/-/5/mark beenden/beenden/VERB/-/6/xcomp scheiterten/scheitern/VERB/-/-1/root";
    assertEquals(TaggedTokens.of(withObject), TaggedTokens.repaired(withObject));
  }

  @Test
  void theGovernorsSubjectBeforeItAndANominativePronounStay() {
    // "Der Zeuge sei bereit, zu erscheinen.": the witness stands before "bereit", it is that clause's subject
    String before = "Der/der/DET/-/1/det Zeuge/Zeuge/NOUN/-/6/nsubj sei/sein/AUX/-/3/cop bereit/bereit/ADJ/-/-1/root "
        + ",/,/PUNCT/-/6/punct zu/zu/PART/-/6/mark erscheinen/erscheinen/VERB/-/3/xcomp";
    assertEquals(TaggedTokens.of(before), TaggedTokens.repaired(before));
    // "Sie hofften, wir würden bald kommen" misread as "…, wir bald zu kommen": "wir" cannot be an object
    String nominative = "Sie/sie/PRON/-/1/nsubj hofften/hoffen/VERB/-/-1/root ,/,/PUNCT/-/6/punct wir/wir/PRON/-/6/nsubj "
        + "bald/bald/ADV/-/6/advmod zu/zu/PART/-/6/mark kommen/kommen/VERB/-/1/xcomp";
    assertEquals(TaggedTokens.of(nominative), TaggedTokens.repaired(nominative));
  }
}
