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
}
