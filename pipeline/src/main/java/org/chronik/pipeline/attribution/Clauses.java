package org.chronik.pipeline.attribution;

/** Where a clause starts and whether a clause word of the lexicon ("wie") opens it, read by position when the parse loses it. */
final class Clauses {
  private Clauses() {}

  /**
   * The clause word that opens the verb's clause ("wie X mitteilte"), or -1: a dependent of the verb,
   * or, when the parser hung it elsewhere ("Wie der Richter, Y, ausführte"), the word at the start of
   * the sentence or after a comma with no other verb before this one.
   */
  static int clauseWord(DependencyTree tree, int verb, AttributionLexicon lexicon) {
    for (int c : tree.children(verb)) {
      if (c < verb && lexicon.clause(Tokens.lemma(tree.token(c))) != null) {
        return c;
      }
    }
    if (!verbFinal(tree, verb)) {
      return -1;
    }
    for (int k = verb - 1; k >= 0; k--) {
      if (Tokens.isVerb(tree.token(k)) && !tree.quoted(k)) {
        return -1; // a name in marks may stand in the clause ("wie „heise online“ berichtet"), a verb may not
      }
      boolean clauseStart = k == 0 || tree.isPunct(k - 1) && !tree.quoted(k - 1);
      if (clauseStart && lexicon.clause(Tokens.lemma(tree.token(k)).toLowerCase(java.util.Locale.ROOT)) != null) {
        return k;
      }
    }
    return -1;
  }

  /** The verb ends its clause, its auxiliaries aside ("wie X mitgeteilt hatte,"). */
  private static boolean verbFinal(DependencyTree tree, int verb) {
    int k = verb + 1;
    while (k < tree.size() && "AUX".equals(tree.token(k).upos())) {
      k++;
    }
    return k >= tree.size() || tree.isPunct(k);
  }
}
