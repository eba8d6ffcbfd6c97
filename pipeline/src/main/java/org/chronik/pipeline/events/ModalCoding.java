package org.chronik.pipeline.events;

import org.chronik.model.ActorRef;
import org.chronik.model.Modality;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * The modality an act is told in and the code it takes from it: an act stated as intent is recoded
 * to its CAMEO intent code (modality.tsv INTENT_CODE), and an 03x code is intent by itself; a
 * coercive or violent act its actor announces not to do is a promise to yield (REFRAIN_CODE); an
 * armed act that is only another act's purpose is not told as done (UNTOLD_PURPOSE).
 */
final class ModalCoding {
  /** An act's code and modality. */
  record Coded(String code, Modality modality) {}

  private ModalCoding() {}

  static Coded of(EventCoder.Knowledge knowledge, SentenceView s, int trigger, int anchor, String ruleCode, ActorRef source,
      int sourceToken) {
    ModalityDetector modality = knowledge.modality();
    // "verlangte, dass sich X für die Angriffe Ys entschuldigt": a factive governor's act noun is told as done
    Modality mod = PresupposedActs.presupposed(knowledge.cues(), s, trigger, sourceToken)
        ? modality.own(s, trigger, anchor) : modality.classify(s, trigger, anchor);
    String code = knowledge.stateActs().code(ruleCode, source); // a state's "protest" is a complaint
    Coded refused = mod == Modality.HYPOTHETICAL ? RefusedActs.coded(knowledge, s, trigger, code) : null;
    if (refused != null) {
      return refused; // "weigerte sich, mit X zu verhandeln": a rejection (125), not a negotiation
    }
    String refrain = mod == Modality.NEGATED ? modality.refrainCode(code) : null;
    if (refrain != null && modality.refrained(s, trigger, anchor)) {
      return new Coded(refrain, Modality.INTENT); // "werde nicht zurückschlagen": intent to de-escalate
    }
    if (mod == Modality.ASSERTED && untoldPurpose(knowledge.cues(), s, trigger, code)) {
      mod = Modality.HYPOTHETICAL; // "reisten an, um die Polizei anzugreifen": aimed at, not told as done
    }
    if (mod == Modality.ASSERTED && CalledActs.called(knowledge.cues(), s, trigger, code)) {
      mod = Modality.INTENT; // "riefen zu einem Streik am Montag auf": announced, not done
    }
    if (mod == Modality.INTENT && ForecastSpeakers.forecast(knowledge, s, trigger)) {
      mod = Modality.HYPOTHETICAL; // "wird laut Experten beitreten": their forecast, not the actor's intent
    }
    if (code.startsWith("03")) {
      mod = mod == Modality.ASSERTED ? Modality.INTENT : mod;
    } else if (mod == Modality.INTENT) {
      String recoded = modality.intentCode(code);
      code = recoded == null ? code : recoded;
    }
    return new Coded(code, mod);
  }

  /**
   * An armed act given as the purpose of another ("reisten an die Grenze, um Soldaten anzugreifen"):
   * the sentence tells what was aimed at, not that it was done (modality.tsv UNTOLD_PURPOSE). A purpose
   * done by the main act itself ("marschierten auf, um zu protestieren") keeps its codes.
   */
  private static boolean untoldPurpose(ModalityCues cues, SentenceView s, int trigger, String code) {
    int clause = s.clauseHead(trigger);
    if (clause < 0 || !s.baseRel(clause).equals("advcl")
        || cues.all(Kind.UNTOLD_PURPOSE, Where.CODE).stream().noneMatch(code::startsWith)) {
      return false;
    }
    for (int c : s.children(clause)) {
      if (s.deprel(c).equals("mark") && cues.is(Kind.UNTOLD_PURPOSE, Where.MARK, s.word(c))) {
        return true;
      }
    }
    return false;
  }
}
