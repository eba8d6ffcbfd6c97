package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** Which clauses of a verb of judgement tell what it says about someone (slot report.nsubj). */
class ReportedSubjectsTest {
  /** "text/UPOS/xpos/head/deprel" per token. */
  private static SentenceView view(String... tokens) {
    return HandParsed.view(List.of(), (i, f, span) -> new Token(i, f[0], f[0], span, f[0], f[1], f[2].isEmpty() ? null : f[2], "O",
        Integer.parseInt(f[3]), f[4]), tokens);
  }

  @Test
  void aDassClauseIsReported() {
    SentenceView s = view("Litauen/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "rügte/VERB/VER:3:SIN:PRT:SFT/-1/root", ",/PUNCT//6/punct",
        "dass/SCONJ/KON:UNT/6/mark", "Belarus/PROPN/EIG:NOM:SIN:NEU/6/nsubj", "Migranten/NOUN/SUB:AKK:PLU:MAS/6/obj",
        "schleuse/VERB/VER:3:SIN:KJ1:SFT/1/ccomp", "./PUNCT//1/punct");
    assertEquals(List.of(6), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void aSubjunctiveParataxisIsReportedSpeech() {
    SentenceView s = view("Chile/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "beanstandete/VERB/VER:3:SIN:PRT:SFT/-1/root", ",/PUNCT//6/punct",
        "Peru/PROPN/EIG:NOM:SIN:NEU/6/nsubj", "habe/AUX/VER:AUX:3:SIN:KJ1/6/aux", "Zölle/NOUN/SUB:AKK:PLU:MAS/6/obj",
        "erhöht/VERB/VER:PA2:SFT/1/parataxis", "./PUNCT//1/punct");
    assertEquals(List.of(6), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void nearMissAnIndicativeParataxisIsASentenceOfItsOwn() {
    // "Chile rügte Peru, Bolivien lobte dagegen das Abkommen": two speakers, no reported speech
    SentenceView s = view("Chile/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "rügte/VERB/VER:3:SIN:PRT:SFT/-1/root", "Peru/PROPN/EIG:AKK:SIN:NEU/1/obj",
        ",/PUNCT//5/punct", "Bolivien/PROPN/EIG:NOM:SIN:NEU/5/nsubj", "lobte/VERB/VER:3:SIN:PRT:SFT/1/parataxis",
        "dagegen/ADV/ADV/5/advmod", "das/DET/ART:DEF:AKK:SIN:NEU/8/det", "Abkommen/NOUN/SUB:AKK:SIN:NEU/5/obj", "./PUNCT//1/punct");
    assertEquals(List.of(), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void nearMissAClauseOpenedByAnotherWordSaysNothingAboutItsSubject() {
    // "Kanada kritisierte, wie langsam Mexiko verhandle": how, not that
    SentenceView s = view("Kanada/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "kritisierte/VERB/VER:3:SIN:PRT:SFT/-1/root", ",/PUNCT//6/punct",
        "wie/ADV/ADV/6/mark", "langsam/ADJ/ADJ:PRD:GRU/6/advmod", "Mexiko/PROPN/EIG:NOM:SIN:NEU/6/nsubj",
        "verhandle/VERB/VER:3:SIN:KJ1:SFT/1/ccomp", "./PUNCT//1/punct");
    assertEquals(List.of(), ReportedSubjects.clauses(s, 1));
  }
  @Test
  void anIndicativeUnmarkedClauseAfterAHopedForThingIsASentenceOfItsOwn() {
    // "Spanien hofft auf niedrigere Zinsen, auch Italien ist zufrieden" (root46): the parser's ccomp is no reported speech
    SentenceView s = view("Spanien/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "hofft/VERB/VER:3:SIN:PRÄ:SFT/-1/root", "auf/ADP/APPR:AKK/4/case",
        "niedrigere/ADJ/ADJ:AKK:PLU:KOM/4/amod", "Zinsen/NOUN/SUB:AKK:PLU:MAS/1/obl", ",/PUNCT//9/punct", "auch/ADV/ADV/9/advmod",
        "Italien/PROPN/EIG:NOM:SIN:NEU/9/nsubj", "ist/AUX/VER:AUX:3:SIN:PRÄ/9/cop", "zufrieden/ADJ/ADJ:PRD:GRU/1/ccomp", "./PUNCT//1/punct");
    assertEquals(List.of(), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void anIndicativeUnmarkedClauseAfterACriticisedThingIsASentenceOfItsOwn() {
    // "Norwegen beklagte die Fischpreise, auch Schweden zögert" (root46)
    SentenceView s = view("Norwegen/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "beklagte/VERB/VER:3:SIN:PRT:SFT/-1/root", "die/DET/ART:DEF:AKK:PLU:MAS/3/det",
        "Fischpreise/NOUN/SUB:AKK:PLU:MAS/1/obj", ",/PUNCT//7/punct", "auch/ADV/ADV/7/advmod",
        "Schweden/PROPN/EIG:NOM:SIN:NEU/7/nsubj", "zögert/VERB/VER:3:SIN:PRÄ:SFT/1/ccomp", "./PUNCT//1/punct");
    assertEquals(List.of(), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void nearMissADassTheParserHungElsewhereStillMarksReportedSpeech() {
    // "Japan hofft, dass China die Gespräche aufnimmt" with "dass" hung as dep: what is hoped
    SentenceView s = view("Japan/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "hofft/VERB/VER:3:SIN:PRÄ:SFT/-1/root", ",/PUNCT//7/punct",
        "dass/SCONJ/KON:UNT/1/dep", "China/PROPN/EIG:NOM:SIN:NEU/7/nsubj", "die/DET/ART:DEF:AKK:PLU:NEU/6/det",
        "Gespräche/NOUN/SUB:AKK:PLU:NEU/7/obj", "aufnimmt/VERB/VER:3:SIN:PRÄ:SFT/1/ccomp", "./PUNCT//1/punct");
    assertEquals(List.of(7), ReportedSubjects.clauses(s, 1));
  }

  @Test
  void nearMissAnUnmarkedSubjunctiveClauseIsReportedSpeech() {
    // "Japan hofft, China nehme die Gespräche auf": the subjunctive makes it what is hoped
    SentenceView s = view("Japan/PROPN/EIG:NOM:SIN:NEU/1/nsubj", "hofft/VERB/VER:3:SIN:PRÄ:SFT/-1/root", ",/PUNCT//4/punct",
        "China/PROPN/EIG:NOM:SIN:NEU/4/nsubj", "nehme/VERB/VER:3:SIN:KJ1:SFT/1/ccomp", "die/DET/ART:DEF:AKK:PLU:FEM/6/det",
        "Gespräche/NOUN/SUB:AKK:PLU:NEU/4/obj", "auf/ADP/PTKVZ/4/compound:prt", "./PUNCT//1/punct");
    assertEquals(List.of(4), ReportedSubjects.clauses(s, 1));
  }
}
