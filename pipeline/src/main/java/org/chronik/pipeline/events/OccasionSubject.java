package org.chronik.pipeline.events;

import java.util.List;

/**
 * The other side of a meeting told as the occasion of a clause or as what came before it ("Bei einem
 * Gespräch mit Mexiko sagte Kanada Hilfe zu", "Nach einem Treffen mit dem chinesischen Präsidenten
 * sagte der französische Präsident …"): a noun trigger heading a phrase with an {@code OCCASION}
 * ("bei") or {@code SEQUEL} ("nach") preposition (grammar.tsv) on an active verb has that verb's
 * subject as the one who met; a rule may name another preposition ("occasion.nsubj:auf": "Auf Einladung
 * Chinas reiste der russische Präsident nach Peking": the one invited). Read only by rules that ask for the slot {@code occasion.nsubj} (talks,
 * negotiations, calls, whose partner is in their own "mit" phrase); never for a violent act ("Nach dem
 * Angriff auf X verurteilte Y …": Y did not attack), and never for a noun a verb calls for ("rief zu
 * Gesprächen mit X auf" tells no talks). Stateless.
 */
final class OccasionSubject {
  private OccasionSubject() {}

  /**
   * The active subjects of the clause the trigger's occasion or sequel phrase hangs on, or, when
   * {@code preposition} is given, its phrase with that preposition; empty when none.
   */
  static List<Integer> of(SentenceView s, int noun, String preposition) {
    String p = s.preposition(noun);
    int clause = s.head(noun);
    boolean occasion = p != null && (preposition != null ? p.equalsIgnoreCase(preposition)
        : s.grammar().is(EventGrammar.Kind.SEQUEL, p) || s.grammar().is(EventGrammar.Kind.OCCASION, p));
    if (!occasion || clause < 0 || !s.isVerbal(clause) || !s.baseRel(noun).equals("obl") || s.isPassive(clause)) {
      return List.of();
    }
    return s.subjects(clause);
  }
}
