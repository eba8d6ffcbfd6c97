package org.chronik.pipeline.events;

/** The written extent of a place phrase: a place noun with the name in apposition to it ("Stadt Jos"). Stateless. */
final class PlaceText {
  private PlaceText() {}

  /** The end of a place noun with the name in apposition to it ("Stadt Jos", "Dorf Bab al-Hawa"), or of the noun alone. */
  static int nameAfter(SentenceView s, int noun) {
    int end = s.token(noun).span().end();
    for (int c : s.children(noun)) {
      if (c > noun && (s.baseRel(c).equals("appos") || s.baseRel(c).equals("flat"))) {
        end = Math.max(end, s.token(c).span().end());
        for (int f : s.children(c)) {
          end = s.baseRel(f).equals("flat") ? Math.max(end, s.token(f).span().end()) : end;
        }
      }
    }
    return end;
  }
}
