package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** "ihr" the parser made a determiner or a passive subject, read as the dative it is (grammar.tsv DATIVE_FORM). */
class DativeDeterminerTest {
  /** "text/UPOS/xpos/head/deprel" per token. */
  private static SentenceView view(String... tokens) {
    return HandParsed.view(List.of(), (i, f, span) -> new Token(i, f[0], f[0], span, f[0], f[1], f[2].isEmpty() ? null : f[2], "O",
        Integer.parseInt(f[3]), f[4]), tokens);
  }

  @Test
  void beforeAFeminineNounItIsTheVerbsDative() {
    SentenceView s = view("Polen/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "warf/VERB/VER:3:SIN:PRT:NON/-1/root", "ihr/PRON/PRO:POS:AKK:SIN:NEU/3/det:poss",
        "Erpressung/NOUN/SUB:AKK:SIN:FEM/1/obj", "vor/ADP//1/compound:prt");
    assertEquals("iobj", s.deprel(2));
    assertEquals(1, s.head(2));
  }

  @Test
  void beforeAPluralNounToo() {
    SentenceView s = view("Kiew/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "machte/VERB/VER:3:SIN:PRT:NON/-1/root", "ihr/PRON/PRO:POS:AKK:SIN:NEU/3/det:poss",
        "Vorwürfe/NOUN/SUB:AKK:PLU:MAS/1/obj");
    assertEquals("iobj", s.deprel(2));
  }

  @Test
  void asTheSubjectOfASingularPassiveAuxiliaryItIsTheDative() {
    SentenceView s = view("Ihr/PRON/PRO:PER:NOM:PLU:ALG:2/3/nsubj:pass", "wird/AUX/VER:3:SIN:PRÄ:NON/3/aux:pass", "Betrug/NOUN/SUB:NOM:SIN:MAS/3/obj",
        "vorgeworfen/VERB/PA2/-1/root");
    assertEquals("iobj", s.deprel(0));
  }

  @Test
  void nearMissOnANeuterNounItStaysThePossessive() {
    SentenceView s = view("Athen/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "kritisierte/VERB/VER:3:SIN:PRT:NON/-1/root", "ihr/PRON/PRO:POS:AKK:SIN:NEU/3/det:poss",
        "Vorgehen/NOUN/SUB:AKK:SIN:NEU/1/obj");
    assertEquals("det:poss", s.deprel(2));
    assertEquals(3, s.head(2));
  }

  @Test
  void nearMissTheSubjectOfAPluralAuxiliaryAddressesTheReaders() {
    SentenceView s = view("Ihr/PRON/PRO:PER:NOM:PLU:ALG:2/2/nsubj:pass", "werdet/AUX/VER:2:PLU:PRÄ:NON/2/aux:pass", "gewählt/VERB/PA2/-1/root");
    assertEquals("nsubj:pass", s.deprel(0));
  }
}
