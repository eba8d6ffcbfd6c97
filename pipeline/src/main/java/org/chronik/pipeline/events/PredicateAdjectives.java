package org.chronik.pipeline.events;

/**
 * A state of mind told by a predicative participle with a copula, which the tagger reads as an adjective:
 * "Die USA seien besorgt angesichts der Lage in Ägypten", "Wir sind beunruhigt über die Politik der EU".
 * Such a word takes the verb patterns written on it (`verb=besorgt`): it is the head of its clause, with
 * the subject and the prepositional phrases below it, as a verb's are. Only a word tagged with a {@code
 * PREDICATE_TAG} prefix ("PA2:PRD") under which hangs a {@code COPULA} ("sein") as copula: an attributive
 * one ("die besorgten Eltern") or one without a copula ("zeigte sich besorgt", the pattern of "zeigen")
 * is none. Words from {@code lang/<iso>/events/grammar.tsv}; events README "Statements of concern told
 * with a copula".
 */
final class PredicateAdjectives {
  private static final String COPULA_RELATION = "cop";

  private PredicateAdjectives() {}

  /** Whether the token is a predicative participle with a copula below it, read as the verb of its clause. */
  static boolean is(SentenceView s, int i) {
    if (!s.upos(i).equals("ADJ") || s.xpos(i) == null || !s.grammar().isTag(EventGrammar.Kind.PREDICATE_TAG, s.xpos(i))) {
      return false;
    }
    for (int c : s.children(i)) {
      if (s.deprel(c).equals(COPULA_RELATION) && s.grammar().is(EventGrammar.Kind.COPULA, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
