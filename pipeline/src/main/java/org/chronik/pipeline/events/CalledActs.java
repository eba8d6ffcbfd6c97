package org.chronik.pipeline.events;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * An act of dissent only called for: a protest or strike noun that a call verb holds by its preposition
 * ("Die Gewerkschaften riefen zu einem Generalstreik am Montag auf", "Die Opposition ruft zu Protesten gegen
 * die Regierung auf") is the callers' announced act, not one told as done: INTENT, as "wollen streiken"
 * is. Words from modality.tsv (CALLED … governor, case and code). Used by {@link ModalCoding}.
 */
final class CalledActs {
  private CalledActs() {}

  /** Whether the act noun at {@code trigger}, of CAMEO {@code code}, is what a call verb calls for. */
  static boolean called(ModalityCues cues, SentenceView s, int trigger, String code) {
    if (s.isVerbal(trigger) || cues.all(Kind.CALLED, Where.CODE).stream().noneMatch(code::startsWith)) {
      return false;
    }
    int noun = trigger;
    for (int guard = 0; guard < 3 && s.baseRel(noun).equals("conj") && s.head(noun) >= 0; guard++) {
      noun = s.head(noun); // "zu Streiks und Protesten"
    }
    int governor = s.head(noun);
    if (governor < 0 || !s.baseRel(noun).startsWith("obl") || !cues.is(Kind.CALLED, Where.GOVERNOR, s.lemma(governor))) {
      return false;
    }
    for (int c : s.children(noun)) {
      if (s.baseRel(c).equals("case") && cues.is(Kind.CALLED, Where.CASE, s.word(c).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
