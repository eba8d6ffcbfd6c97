package org.chronik.pipeline.events;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * A clause's own negation (modality.tsv NEGATED … dependent, carrier): "hat X nicht verurteilt",
 * "verhängte keine Sanktionen", "nicht mehr zu beschießen". Used by {@link ModalityDetector}.
 */
final class ClauseNegation {
  private final ModalityCues cues;

  ClauseNegation(ModalityCues cues) {
    this.cues = cues;
  }

  /** A verb whose object is negated by its determiner ("erwartet von X keine Lösung", "griff keine Zivilisten an"). */
  boolean objectNegated(SentenceView s, int verb) {
    for (int o : s.children(verb)) {
      if (s.baseRel(o).equals("obj")) {
        for (int d : s.children(o)) {
          if (s.baseRel(d).equals("det") && (cues.is(Kind.NEGATED, Where.DEPENDENT, s.lemma(d)) || cues.is(Kind.NEGATED, Where.DEPENDENT, s.word(d)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A negation word hung on the head, or on an adverb below it that carries one ("nicht mehr"). */
  boolean below(SentenceView s, int head) {
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if ((rel.equals("advmod") || rel.equals("det") || rel.equals("cc") || rel.equals("neg"))
          && (cues.is(Kind.NEGATED, Where.DEPENDENT, s.lemma(c)) || cues.is(Kind.NEGATED, Where.DEPENDENT, s.word(c)))) {
        return true;
      }
      // "nicht mehr zu beschießen": the parser may hang the negation on the adverb it scopes with
      if (rel.equals("advmod") && (cues.is(Kind.NEGATED, Where.CARRIER, s.lemma(c)) || cues.is(Kind.NEGATED, Where.CARRIER, s.word(c)))
          && below(s, c)) {
        return true;
      }
    }
    return false;
  }
}
