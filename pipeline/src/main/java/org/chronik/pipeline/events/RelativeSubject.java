package org.chronik.pipeline.events;

import java.util.List;

/**
 * A relative clause opens with its pronoun, and where the parser's subject cannot be nominative
 * ("die Staaten, die der Ukraine Waffen geliefert haben": "der Ukraine" is dative) the pronoun
 * before the clause's other phrases is the subject when it may be one: the states delivered, not
 * Ukraine. Acts only on a relative pronoun (one with an antecedent) whose noun may agree in number
 * with the finite verb ("die Waffen, die der Ukraine Deutschland geliefert hat": plural "Waffen",
 * singular "hat", so Germany delivered), that comes before every other candidate and is the only such
 * pronoun; otherwise the candidates stay as they were.
 */
final class RelativeSubject {
  private RelativeSubject() {}

  /** The relative pronoun among {@code fitting} alone when it opens the clause of {@code verb}; else {@code fitting}. */
  static List<Integer> preferred(SentenceView s, CaseReader cases, int verb, List<Integer> fitting) {
    List<Integer> pronouns = fitting.stream().filter(o -> o < verb && s.upos(o).equals("PRON")
        && RelativePronoun.antecedent(s, o) >= 0 && NumberAgreement.mayAgree(s, cases, verb, RelativePronoun.antecedent(s, o))).toList();
    if (pronouns.size() != 1) {
      return fitting;
    }
    int pronoun = pronouns.get(0);
    boolean first = fitting.stream().allMatch(o -> o >= pronoun);
    return first ? List.of(pronoun) : fitting;
  }
}
