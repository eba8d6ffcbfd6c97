package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The other side of a dispute set in the act's clause: "Im Streit mit der Konzernführung hatten
 * Gewerkschaften zu Streiks aufgerufen" aims the strikes at the company's management, whom the actor
 * data does not know. The clause is the trigger's own when it is a verb, else the verb its noun hangs on;
 * a {@code DISPUTE} noun ("Streit", "Tarifkonflikt") among that verb's phrases gives the heads of its
 * {@code DISPUTE_PARTY} phrases ("mit", "gegen"), which {@link UnknownParty} reads like the act's own
 * phrases (lang/de/events/grammar.tsv).
 */
final class DisputeParty {
  private DisputeParty() {}

  /** The heads of the phrases naming the other side of a dispute in the trigger's clause; empty if none. */
  static List<Integer> opponents(SentenceView s, int trigger) {
    int clause = s.isVerbal(trigger) ? trigger : s.head(trigger);
    List<Integer> out = new ArrayList<>();
    if (clause < 0 || !s.isVerbal(clause)) {
      return out;
    }
    for (int c : s.children(clause)) {
      if (c == trigger || !s.baseRel(c).equals("obl") || !dispute(s, c)) {
        continue;
      }
      for (int p : s.children(c)) {
        String prep = s.preposition(p);
        if (prep != null && s.grammar().is(EventGrammar.Kind.DISPUTE_PARTY, prep)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  private static boolean dispute(SentenceView s, int i) {
    return s.grammar().isOrEndsIn(EventGrammar.Kind.DISPUTE, s.lemma(i)) || s.grammar().isOrEndsIn(EventGrammar.Kind.DISPUTE, s.word(i));
  }
}
