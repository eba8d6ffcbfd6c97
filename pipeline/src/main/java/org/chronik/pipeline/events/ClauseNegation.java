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

  /**
   * A verb coordinated with a negated verb that shares one auxiliary with it: "weil die Polizei den Opfern
   * nicht helfen und die Täter festnehmen konnte", "Die Armee konnte die Stadt nicht halten und die Brücke
   * sprengen" — the negation scopes over both infinitives. Not when each verb is finite or has its own
   * auxiliary ("half nicht und nahm die Täter fest": two clauses), when the conjunct has a subject of its
   * own, or after a contrasting word ({@code CONTRAST} rows of modality.tsv: "nicht nur …, sondern auch").
   */
  boolean sharedWithConjunct(SentenceView s, int verb) {
    int first = s.head(verb);
    if (!s.baseRel(verb).equals("conj") || first < 0 || !s.isVerbal(first) || !below(s, first) || below(s, verb)) {
      return false;
    }
    boolean ownAux = hasAux(s, verb);
    if (ownAux == hasAux(s, first) || !nonFinite(s, ownAux ? first : verb)) {
      return false;
    }
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if (rel.equals("nsubj") || rel.equals("csubj")
          || (rel.equals("cc") || rel.equals("advmod")) && cues.is(Kind.NEGATED, Where.CONTRAST, s.word(c).toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasAux(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("aux"));
  }

  /** An infinitive: its word is its lemma ("festnehmen"), never "nahm … fest" or "festgenommen". */
  private static boolean nonFinite(SentenceView s, int verb) {
    return s.word(verb).equalsIgnoreCase(s.lemma(verb));
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
