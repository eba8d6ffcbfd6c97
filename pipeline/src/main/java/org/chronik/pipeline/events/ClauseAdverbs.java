package org.chronik.pipeline.events;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Reads the adverbs and tense of a trigger's clause that are not its modality: reciprocal and mutual
 * adverbs ("gegenseitig", "gemeinsam"), the past perfect and a present-tense intent. Cues come from
 * {@link ModalityCues}. Used through {@link ModalityDetector}.
 */
final class ClauseAdverbs {
  private final ModalityCues cues;

  ClauseAdverbs(ModalityCues cues) {
    this.cues = cues;
  }

  boolean mutualAdverb(SentenceView s, int trigger) {
    return adverb(s, trigger, Kind.MUTUAL) || reciprocalAdverb(s, trigger);
  }

  /**
   * True when a reciprocal adverb says the coordinated actors did the act to each other ("warfen
   * sich gegenseitig … vor", "stritten miteinander"), not something together.
   */
  boolean reciprocalAdverb(SentenceView s, int trigger) {
    if (adverb(s, trigger, Kind.RECIPROCAL)) {
      return true;
    }
    // the parser often hangs it on the object as an adjective: "warfen sich gegenseitig Provokationen vor"
    for (int o : s.children(trigger)) {
      if (s.baseRel(o).equals("obj")) {
        for (int c : s.children(o)) {
          if (s.baseRel(c).equals("amod") && cues.is(Kind.RECIPROCAL, Where.DEPENDENT, s.word(c))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean adverb(SentenceView s, int trigger, Kind kind) {
    int clause = s.clauseHead(trigger);
    for (int head : new int[] {trigger, clause}) {
      for (int c : s.children(head)) {
        if (cues.is(kind, Where.DEPENDENT, s.lemma(c)) || cues.is(kind, Where.DEPENDENT, s.word(c))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An intent told in the present tense ("Die Opposition will die Proteste ausweiten"): it holds
   * when the article is written, not on the last day the story told.
   */
  boolean presentIntent(SentenceView s, int trigger) {
    for (int c : s.children(s.clauseHead(trigger))) {
      if (s.deprel(c).equals("aux") && cues.is(Kind.PRESENT_INTENT, Where.FORM, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause is in the past perfect ("hatte … getroffen", "waren … zusammengetroffen"). */
  boolean pluperfect(SentenceView s, int trigger) {
    int clause = s.clauseHead(trigger);
    for (int head = clause, level = 0; head >= 0 && level < 3; head = s.head(head), level++) {
      for (int c : s.children(head)) {
        // the parser may call the "sein" of a perfect ("waren … zusammengetroffen") a passive auxiliary or a copula
        boolean auxiliary = s.deprel(c).startsWith("aux") || s.deprel(c).equals("cop") && s.upos(head).equals("VERB");
        if (auxiliary && cues.is(Kind.PLUPERFECT, Where.FORM, s.word(c))) {
          return true;
        }
      }
      if (!s.baseRel(head).equals("conj")) {
        break;
      }
    }
    return false;
  }
}
