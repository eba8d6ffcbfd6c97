package org.chronik.pipeline.events;

/**
 * A name below a border noun (lang/de/events/grammar.tsv {@code BORDER}: "Grenze", "Grenzübergang") names
 * the state across the border, not the owner of the thing the phrase is about: "Tunnel an der Grenze zu
 * Ägypten", "Stellungen an der syrischen Grenze" lie on either side, and the neighbour is no party to an
 * act on them.
 */
final class BorderNames {
  private BorderNames() {}

  /** Whether a border noun lies on the way from {@code t} up to {@code top} ({@code top} included, {@code t} not). */
  static boolean acrossBorder(SentenceView s, int top, int t) {
    for (int cur = s.head(t), guard = 0; cur >= 0 && guard < s.size(); cur = s.head(cur), guard++) {
      if (border(s, cur)) {
        return true;
      }
      if (cur == top) {
        return false;
      }
    }
    return false;
  }

  private static boolean border(SentenceView s, int tok) {
    return s.upos(tok).equals("NOUN")
        && (s.grammar().is(EventGrammar.Kind.BORDER, s.lemma(tok)) || s.grammar().is(EventGrammar.Kind.BORDER, s.word(tok)));
  }
}
