package org.chronik.pipeline.events;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * A clause about whoever does something, not about someone who did: its subject is a generic
 * pronoun (modality.tsv HYPOTHETICAL … subject: "Wer Zivilisten angreift, wird bestraft"), or a
 * subject clause opened by one ("Wer die Grenze schließt, gefährdet den Binnenmarkt"). Its acts are
 * rules of thumb and warnings, not told as done.
 */
final class GenericSubjects {
  private GenericSubjects() {}

  /** True when the clause headed by {@code clause} has a generic subject or a subject clause with one. */
  static boolean generic(SentenceView s, int clause, ModalityCues cues) {
    for (int c : s.children(clause)) {
      String rel = s.baseRel(c);
      if (rel.equals("nsubj") && genericWord(s, c, cues)) {
        return true;
      }
      if (rel.equals("csubj")) {
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("nsubj") && genericWord(s, g, cues)) {
            return true;
          }
        }
      }
    }
    return subjectlessAfterGenericClause(s, clause, cues);
  }

  /**
   * The parser often hangs a "wer" clause elsewhere ("mahnte X, wer … aufbürde, verhindert
   * Investitionen"): a clause without a subject of its own right after a clause whose verb governs
   * the generic pronoun, nothing but punctuation between the two verbs, has that clause as subject.
   */
  private static boolean subjectlessAfterGenericClause(SentenceView s, int clause, ModalityCues cues) {
    for (int c : s.children(clause)) {
      if (s.baseRel(c).startsWith("nsubj") || s.baseRel(c).equals("csubj")) {
        return false;
      }
    }
    int before = clause - 1;
    while (before >= 0 && s.upos(before).equals("PUNCT")) {
      before--;
    }
    if (before < 0 || before == clause - 1 || !s.isVerbal(before)) {
      return false;
    }
    for (int c : s.children(before)) {
      if (c < before && genericWord(s, c, cues)) {
        return true;
      }
    }
    return false;
  }

  private static boolean genericWord(SentenceView s, int tok, ModalityCues cues) {
    return cues.is(Kind.HYPOTHETICAL, Where.SUBJECT, s.word(tok)) || cues.is(Kind.HYPOTHETICAL, Where.SUBJECT, s.lemma(tok));
  }
}
