package org.chronik.pipeline.events;

/**
 * Act nouns that frame another happening rather than tell their act again: one in a phrase of time
 * or cause ("nach dem Angriff", "wegen des Anschlags"; grammar.tsv FRAME), and one in an occasion
 * phrase ("bei dem Luftangriff"; OCCASION) of a clause that has its own subject, which tells itself
 * who was hit or what happened ("der ebenfalls bei dem Luftangriff starb").
 */
final class ActFrames {
  private ActFrames() {}

  /** The noun heads a phrase of time or cause: it takes no actors from the acts told before. */
  static boolean framing(SentenceView s, int noun) {
    String p = s.preposition(noun);
    return p != null && s.grammar().is(EventGrammar.Kind.FRAME, p);
  }

  /**
   * The noun heads an occasion phrase of a clause with a subject of its own: the act's target is
   * not the target of the act it re-mentions.
   */
  static boolean occasionOfOwnClause(SentenceView s, int noun) {
    String p = s.preposition(noun);
    int clause = s.head(noun);
    return p != null && s.grammar().is(EventGrammar.Kind.OCCASION, p) && clause >= 0 && s.isVerbal(clause)
        && !s.subjects(clause).isEmpty();
  }
}
