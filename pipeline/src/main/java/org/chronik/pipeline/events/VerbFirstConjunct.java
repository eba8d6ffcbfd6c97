package org.chronik.pipeline.events;

/**
 * A finite verb right after the conjunction that joins it to a verb with its own subject before it
 * ("China kritisierte die USA und drohte Washington mit Gegenmaßnahmen") opens a clause without a
 * subject of its own: it shares the first one's, since a second clause with a subject would put it,
 * or another phrase, before the verb ("und Washington drohte", "und dann drohte Washington"). A name
 * the parser made that verb's subject after it is its bare argument ("obl:arg", read by the slots as
 * the dative or the object), and the verb takes the first clause's subject (ClauseSubject).
 */
final class VerbFirstConjunct {
  private VerbFirstConjunct() {}

  static void repair(SentenceView s, String[] corrected) {
    for (int verb = 1; verb < s.size(); verb++) {
      int first = s.head(verb);
      if (!s.deprel(verb).equals("conj") || !s.isFinite(verb) || !s.upos(verb - 1).equals("CCONJ") || first < 0 || first >= verb
          || !s.isVerbal(first) || !hasSubjectBefore(s, first, verb)) {
        continue;
      }
      for (int c : s.children(verb)) {
        if (c > verb && s.deprel(c).equals("nsubj")) {
          corrected[c] = "obl:arg";
        }
      }
    }
  }

  private static boolean hasSubjectBefore(SentenceView s, int first, int verb) {
    return s.children(first).stream().anyMatch(c -> c < verb && s.deprel(c).equals("nsubj"));
  }
}
