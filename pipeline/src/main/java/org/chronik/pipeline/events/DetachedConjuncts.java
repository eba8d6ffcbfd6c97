package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of a list of prepositional phrases that the parser hung inside a relative clause of the
 * first member ("gegen die Miliz, die im Norden aktiv ist, gegen die Armee Ugandas und gegen …"). A
 * verb-final clause ends with its verb: a phrase with the first member's own preposition right after
 * the comma that follows that verb is not part of the clause but the next member of the list, and the
 * phrases coordinated with it are members too. A phrase inside the clause ("die gegen die Regierung
 * kämpfen") stands before the clause's verb and is none.
 */
final class DetachedConjuncts {
  private DetachedConjuncts() {}

  /** The heads of the further members of the list {@code slotHead} opens; empty when there are none. */
  static List<Integer> of(SentenceView s, int slotHead) {
    List<Integer> out = new ArrayList<>();
    String p = s.preposition(slotHead);
    if (p == null) {
      return out;
    }
    for (int t = slotHead + 1; t < s.size(); t++) {
      int marker = marker(s, t);
      if (marker < 2 || !p.equalsIgnoreCase(s.preposition(t)) || !ActorPhrase.dominates(s, slotHead, t)) {
        continue;
      }
      int verb = marker - 2;
      boolean afterClause = s.word(marker - 1).equals(",") && (s.upos(verb).equals("VERB") || s.upos(verb).equals("AUX"))
          && verb > slotHead && ActorPhrase.dominates(s, slotHead, verb) && !ActorPhrase.dominates(s, verb, t);
      if (!afterClause) {
        continue;
      }
      out.add(t);
      for (int c : s.children(t)) {
        if (s.baseRel(c).equals("conj")) {
          out.add(c);
        }
      }
      break;
    }
    return out;
  }

  /** The first token of a phrase's case marker ("gegen" of "gegen die Armee"), or -1. */
  private static int marker(SentenceView s, int head) {
    for (int c : s.children(head)) {
      if (s.baseRel(c).equals("case") && !s.upos(c).equals("PUNCT")) {
        return c;
      }
    }
    return -1;
  }
}
