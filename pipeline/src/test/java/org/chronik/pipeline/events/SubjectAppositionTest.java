package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chronik.pipeline.lemma.GermanLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A nominative phrase set off by a comma right after the subject is its apposition, even where the
 * parser hung it on the verb as an object: it gives no reason to swap subject and object (class
 * SubjectCheck). The parses are written by hand: the error is the parser's, on sentences of this shape.
 */
class SubjectAppositionTest {
  private static CaseReader cases;

  @BeforeAll
  static void load() {
    cases = new GermanCaseReader(GermanLexicon.load());
  }

  private static SentenceView parse(String... tokens) {
    return HandParse.view(cases, tokens);
  }

  @Test
  void anAppositionHungOnTheVerbIsNoSubject() {
    // "Unfair nannte Gabriel , der frühere Chef der SPD , die Vereinbarung ." with "Chef" parsed as the object
    SentenceView s = parse("Unfair/unfair/ADJ/1/advmod", "nannte/nennen/VERB/-1/root", "Gabriel/Gabriel/PROPN/1/nsubj",
        ",/,/PUNCT/6/punct", "der/der/DET/6/det", "frühere/früh/ADJ/6/amod", "Chef/Chef/NOUN/1/obj", "der/der/DET/8/det",
        "SPD/SPD/PROPN/6/nmod", ",/,/PUNCT/11/punct", "die/der/DET/11/det", "Vereinbarung/Vereinbarung/NOUN/6/conj", "./././1/punct");
    assertEquals("nsubj", s.deprel(2));
    assertEquals("obj", s.deprel(6));
  }

  @Test
  void anotherAppositionShapeStaysToo() {
    // "Scharf kritisierte Renzi , der Regierungschef Italiens , den Plan ." with "Regierungschef" parsed as the object
    SentenceView s = parse("Scharf/scharf/ADJ/1/advmod", "kritisierte/kritisieren/VERB/-1/root", "Renzi/Renzi/PROPN/1/nsubj",
        ",/,/PUNCT/5/punct", "der/der/DET/5/det", "Regierungschef/Regierungschef/NOUN/1/obj", "Italiens/Italien/PROPN/5/nmod",
        ",/,/PUNCT/9/punct", "den/der/DET/9/det", "Plan/Plan/NOUN/5/conj", "./././1/punct");
    assertEquals("nsubj", s.deprel(2));
  }

  @Test
  void aNominativeObjectWithoutTheCommaIsStillTheSubject() {
    // "Den Plan kritisierte gestern der Regierungschef ." with the parser's subject "Plan" and object "Regierungschef"
    SentenceView s = parse("Den/der/DET/1/det", "Plan/Plan/NOUN/2/nsubj", "kritisierte/kritisieren/VERB/-1/root",
        "gestern/gestern/ADV/2/advmod", "der/der/DET/5/det", "Regierungschef/Regierungschef/NOUN/2/obj", "./././2/punct");
    assertEquals("nsubj", s.deprel(5));
    assertEquals("obj", s.deprel(1));
  }
}
