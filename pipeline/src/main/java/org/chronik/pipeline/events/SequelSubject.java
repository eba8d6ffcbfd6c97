package org.chronik.pipeline.events;

import java.util.List;

/**
 * The other side of a meeting told as what came before a clause ("Nach einem Treffen mit dem
 * chinesischen Präsidenten sagte der französische Präsident …"): a noun trigger heading a phrase with a
 * {@code SEQUEL} preposition (grammar.tsv, "nach") on an active verb has that verb's subject as the
 * one who met. Read only by rules that ask for the slot {@code sequel.nsubj} (meetings and talks, whose
 * partner is in their own "mit" phrase); never for a violent act ("Nach dem Angriff auf X verurteilte
 * Y …": Y did not attack). Stateless.
 */
final class SequelSubject {
  private SequelSubject() {}

  /** The active subjects of the clause the trigger's sequel phrase hangs on; empty when none. */
  static List<Integer> of(SentenceView s, int noun) {
    String p = s.preposition(noun);
    int clause = s.head(noun);
    if (p == null || !s.grammar().is(EventGrammar.Kind.SEQUEL, p) || clause < 0 || !s.isVerbal(clause)
        || !s.baseRel(noun).equals("obl") || s.isPassive(clause)) {
      return List.of();
    }
    return s.subjects(clause);
  }
}
