package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.model.Modality;
import org.chronik.pipeline.events.ModalCoding.Coded;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * A cooperative act its actor refuses to do ("weigerten sich, dem Kosovo den Status eines Staates zu verleihen",
 * "lehnte es ab, mit der Opposition zu verhandeln") did not happen, but the refusal did: it is a rejection
 * (modality.tsv {@code REFUSED} governors over a zu-infinitive, the code by {@code REFUSE_CODE}), told as the
 * refusing verb is told ("weigerte sich": asserted; "könnte sich weigern": hypothetical). Stateless.
 */
final class RefusedActs {
  /** The relations by which the refused act's clause hangs on the refusing verb. */
  private static final Set<String> COMPLEMENT = Set.of("xcomp", "ccomp");

  private RefusedActs() {}

  /** The rejection coded for the act at {@code trigger} refused by the verb above its clause, or null. */
  static Coded coded(EventCoder.Knowledge knowledge, SentenceView s, int trigger, String code) {
    ModalityCues cues = knowledge.cues();
    int clause = s.clauseHead(trigger);
    int verb = clause < 0 ? -1 : s.head(clause);
    // the parser may also hang the infinitive as a clause on the verb ("weigerte sich, … freizulassen" as acl)
    boolean complement = verb >= 0 && (COMPLEMENT.contains(s.baseRel(clause)) || s.baseRel(clause).equals("acl") && s.isVerbal(verb));
    if (!complement || !Infinitives.hasZu(s, clause)
        || !cues.is(Kind.REFUSED, Where.GOVERNOR, s.lemma(verb)) && !cues.is(Kind.REFUSED, Where.INFINITIVE, s.lemma(verb))) {
      return null;
    }
    String refusal = cues.refuseCode(code);
    return refusal == null ? null : new Coded(refusal, knowledge.modality().classify(s, verb, -1));
  }
}
