package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** A counted crowd the parser hung on a subjectless verb is its subject (grammar.tsv CROWD_COUNT, COUNT_CASE). */
class CountedCrowdTest {
  /** "text/UPOS/xpos/head/deprel" per token. */
  private static SentenceView view(String... tokens) {
    return HandParsed.view(List.of(), (i, f, span) -> new Token(i, f[0], f[0], span, f[0], f[1], f[2].isEmpty() ? null : f[2], "O",
        Integer.parseInt(f[3]), f[4]), tokens);
  }

  @Test
  void aCrowdCountedBeforeVonIsTheSubject() {
    // "Am Abend versammelten sich Tausende von Studenten", "Tausende" an adjective of "Studenten", both below the verb
    SentenceView s = view("Am/ADP//2/case", "Abend/NOUN/SUB:DAT:SIN:MAS/3/obl", "x/PUNCT//3/punct", "versammelten/VERB/VER:3:PLU:PRT:SFT/-1/root",
        "sich/PRON/PRO:REF:AKK:PLU/3/obj", "tausende/ADJ//7/amod", "von/ADP//7/case", "Studenten/NOUN/SUB:DAT:PLU:MAS/3/nmod");
    assertEquals(List.of(7), CountedCrowd.of(s, 3));
  }

  @Test
  void hundredsOfMonksToo() {
    // "Dann zogen hunderte von Mönchen durch die Stadt"
    SentenceView s = view("Dann/ADV//1/advmod", "zogen/VERB/VER:3:PLU:PRT:SFT/-1/root", "hunderte/ADJ//4/amod", "von/ADP//4/case",
        "Mönchen/NOUN/SUB:DAT:PLU:MAS/1/nmod", "durch/ADP//7/case", "die/DET//7/det", "Stadt/NOUN/SUB:AKK:SIN:FEM/1/obl");
    assertEquals(List.of(4), CountedCrowd.of(s, 1));
  }

  @Test
  void nearMissAVerbWithASubjectKeepsIt() {
    // "Die Regierung erfuhr von Tausenden von Beschwerden": a subject of its own
    SentenceView s = view("Die/DET//1/det", "Regierung/NOUN/SUB:NOM:SIN:FEM/2/nsubj", "erfuhr/VERB/VER:3:SIN:PRT:SFT/-1/root",
        "tausende/ADJ//5/amod", "von/ADP//5/case", "Beschwerden/NOUN/SUB:DAT:PLU:FEM/2/nmod");
    assertEquals(List.of(), CountedCrowd.of(s, 2));
  }

  @Test
  void nearMissAVonPhraseWithNoCount() {
    // "Später kamen von Demonstranten Rufe": no count word, the "von" phrase is a source, not a crowd
    SentenceView s = view("Später/ADV//1/advmod", "kamen/VERB/VER:3:PLU:PRT:SFT/-1/root", "von/ADP//3/case",
        "Demonstranten/NOUN/SUB:DAT:PLU:MAS/1/nmod", "Rufe/NOUN/SUB:NOM:PLU:MAS/1/obj");
    assertEquals(List.of(), CountedCrowd.of(s, 1));
  }

  @Test
  void aCountHeadingThePhraseCountsItsPeople() {
    // "Hunderte georgische Regierungsgegner strömten zum Parlament", parsed with the count as the subject's head
    SentenceView s = view("Hunderte/NOUN/SUB:NOM:PLU:NOG/3/nsubj", "georgische/ADJ//2/amod", "Regierungsgegner/NOUN//0/nmod",
        "strömten/VERB/VER:3:PLU:PRT:SFT/-1/root", "zum/ADP//5/case", "Parlament/NOUN/SUB:DAT:SIN:NEU/3/obl");
    assertEquals(List.of(2), CountedCrowd.members(s, 0));
  }

  @Test
  void nearMissAHeadThatIsNoCount() {
    // "Die Gegner des Präsidenten": "Gegner" counts no one
    SentenceView s = view("Die/DET//1/det", "Gegner/NOUN/SUB:NOM:PLU:MAS/-1/root", "des/DET//3/det", "Präsidenten/NOUN/SUB:GEN:SIN:MAS/1/nmod");
    assertEquals(List.of(), CountedCrowd.members(s, 1));
  }
}
