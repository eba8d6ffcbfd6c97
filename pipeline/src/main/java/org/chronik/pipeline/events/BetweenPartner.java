package org.chronik.pipeline.events;

import java.util.List;

/**
 * The second side of a "zwischen A und B" phrase that the parser hung outside the phrase: "ein
 * Schlagabtausch zwischen dem iranischen Minister, Abbas Araghchi, und Politikern westlicher Staaten"
 * coordinates "Politikern" with the verb's phrases, so the phrase names one side only. A {@code BETWEEN}
 * preposition (grammar.tsv) needs two sides: when its phrase has no conjunct of its own, the noun whose
 * coordinating conjunction stands right after the phrase (nothing but commas between) is the other side.
 * A conjunction that joins clauses ("…, und die Regierung erklärte") belongs to a verb and adds none.
 */
final class BetweenPartner {
  private BetweenPartner() {}

  /** The head of the other side of the phrase headed at {@code head}, or -1 when there is none to add. */
  static int of(SentenceView s, int head) {
    String p = s.preposition(head);
    if (p == null || !s.grammar().is(EventGrammar.Kind.BETWEEN, p) || hasConjunct(s, head)) {
      return -1;
    }
    int t = phraseEnd(s, head) + 1;
    while (t < s.size() && s.word(t).equals(",")) {
      t++;
    }
    if (t >= s.size() || !s.baseRel(t).equals("cc")) {
      return -1;
    }
    int partner = s.head(t);
    if (partner <= t || !List.of("NOUN", "PROPN").contains(s.upos(partner)) || ActorPhrase.dominates(s, head, partner)
        || s.preposition(partner) != null) {
      return -1;
    }
    for (int between = t + 1; between < partner; between++) {
      if (!ActorPhrase.dominates(s, partner, between)) {
        return -1; // the conjunction opens a phrase that is not the partner's own
      }
    }
    return partner;
  }

  private static boolean hasConjunct(SentenceView s, int head) {
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("conj")) {
        return true;
      }
      if (rel.equals("appos") || rel.equals("flat")) {
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("conj")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The last token of the phrase headed at {@code head}. */
  private static int phraseEnd(SentenceView s, int head) {
    int end = head;
    for (int t = head + 1; t < s.size(); t++) {
      if (ActorPhrase.dominates(s, head, t)) {
        end = t;
      }
    }
    return end;
  }
}
