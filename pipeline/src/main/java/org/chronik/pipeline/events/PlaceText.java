package org.chronik.pipeline.events;

/** The written extent of a place phrase: a place noun with the name in apposition to it ("Stadt Jos"). Stateless. */
final class PlaceText {
  private PlaceText() {}

  /** The end of a place noun with the name in apposition to it ("Stadt Jos", "Dorf Bab al-Hawa"), or of the noun alone. */
  static int nameAfter(SentenceView s, int noun) {
    int last = noun; // only the words right after the noun: "Provinz Idlib und Hama" ends at Idlib
    for (int c : s.children(noun)) {
      if (c == last + 1 && (s.baseRel(c).equals("appos") || s.baseRel(c).equals("flat"))) {
        last = c;
        for (int f : s.children(c)) {
          last = f == last + 1 && s.baseRel(f).equals("flat") ? f : last;
        }
      }
    }
    return s.token(last).span().end();
  }
}
