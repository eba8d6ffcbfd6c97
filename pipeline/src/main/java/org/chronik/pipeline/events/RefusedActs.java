package org.chronik.pipeline.events;

import org.chronik.model.Modality;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * A cooperative act its actor refuses to do ("weigerte sich, mit der Opposition zu verhandeln",
 * "weigern sich, dem Kosovo den Status zu verleihen"): the refused act did not happen, but the refusal
 * did; it is coded as the rejection of that act (modality.tsv REFUSED governors, REFUSAL_CODE table:
 * 04 → 125, 05 → 120, 06 → 121, 07 → 122, 08 → 124, …), told as the refusing verb is told. Acts
 * without a row (words, demands, force) stay a mere hypothetical: refusing to criticise is no
 * rejection of anyone.
 */
final class RefusedActs {
  private RefusedActs() {}

  /** The rejection's code and modality, or null when the act is no refused cooperative act. */
  static ModalCoding.Coded refusal(ModalityCues cues, ModalityDetector modality, SentenceView s, int trigger, String code) {
    String refused = cues.refusalCode(code);
    int governor = governor(cues, s, trigger);
    if (refused == null || governor < 0) {
      return null;
    }
    Modality told = modality.classify(s, governor, -1); // "weigerte sich nicht", "soll sich weigern"
    return new ModalCoding.Coded(refused, told);
  }

  /** The refusing verb whose infinitive or clause the verbal trigger heads, or -1. */
  static int governor(ModalityCues cues, SentenceView s, int trigger) {
    if (!s.isVerbal(trigger)) {
      return -1;
    }
    int clause = s.clauseHead(trigger);
    if (clause < 0) {
      return -1;
    }
    String rel = s.baseRel(clause);
    int head = s.head(clause);
    // the parser may hang the infinitive as a clause on the verb ("weigerte sich, … freizulassen" as acl)
    boolean embedded = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") && head >= 0 && s.isVerbal(head);
    return embedded && head >= 0
        && cues.is(Kind.REFUSED, Where.GOVERNOR, s.lemma(head)) ? head : -1;
  }
}
