package org.chronik.pipeline.events;

/**
 * Whether a mention of a thing's noun keeps an earlier mention of it in the discourse: a definite noun naming no
 * actor of its own ("das Gesetz", "die Entscheidung", "seine Entscheidung" whose owner is not known) re-mentions the
 * one told before, so a chain of such mentions, each at most {@link #HOP} sentences after the one before, leads back
 * to where the thing was told with its author however far back that was: "Putin unterzeichnete ein Gesetz. … Das
 * Gesetz ist umstritten. … Lukin kritisierte das Gesetz." An indefinite or bare mention ("ein Gesetz", "Gesetze")
 * or one naming an actor ("ein amerikanisches Gesetz") tells another thing, and the chain breaks there. Where the
 * parse gives the noun no determiner (a sentence without an act of its own is not parsed) the words before the noun are read (adjectives skipped, none of
 * which may name an actor, then a determiner or possessive). Read by {@link AuthoredBefore}.
 */
final class MentionChain {
  /** How many sentences may stand between two mentions of a chain. */
  static final int HOP = 4;

  private MentionChain() {}

  /** The mention at {@code n} is a definite re-mention naming no actor, so the chain goes on behind it. */
  static boolean continues(SentenceView v, int n, Anaphora anaphora) {
    if (v.children(n).stream().noneMatch(c -> v.baseRel(c).equals("det"))) { // unparsed, or the article hung elsewhere
      return definiteByWords(v, n, anaphora.lexicon());
    }
    boolean possessive = v.children(n).stream()
        .anyMatch(c -> v.baseRel(c).equals("det") && anaphora.lexicon().possessive(v.token(c).text()) != null);
    return (anaphora.definite(v, n) || possessive) && ActorPhrase.actorOf(v, n) == null
        && v.children(n).stream().noneMatch(c -> v.mention(c) != null);
  }

  private static boolean definiteByWords(SentenceView v, int n, AnaphorLexicon lexicon) {
    for (int i = n - 1; i >= 0; i--) {
      if (v.mention(i) != null) {
        return false;
      }
      if (!v.upos(i).equals("ADJ") && !v.upos(i).equals("ADV")) {
        return lexicon.determiner(v.lemma(i)) || lexicon.possessive(v.token(i).text()) != null;
      }
    }
    return false;
  }
}
