package org.chronik.pipeline.events;

import org.chronik.model.ActorRef;
import org.chronik.model.Modality;

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

  static Coded of(EventCoder.Knowledge knowledge, SentenceView s, int trigger, int anchor, String ruleCode, ActorRef source) {
    ModalityDetector modality = knowledge.modality();
    Modality mod = modality.classify(s, trigger, anchor);
    String code = knowledge.stateActs().code(ruleCode, source); // a state's "protest" is a complaint
    String refrain = mod == Modality.NEGATED ? modality.refrainCode(code) : null;
    if (refrain != null && modality.refrained(s, trigger, anchor)) {
      return new Coded(refrain, Modality.INTENT); // "werde nicht zurückschlagen": intent to de-escalate
    }
    if (mod == Modality.ASSERTED && modality.untoldPurpose(s, trigger, code)) {
      mod = Modality.HYPOTHETICAL; // "reisten an, um die Polizei anzugreifen": aimed at, not told as done
    }
    if (code.startsWith("03")) {
      mod = mod == Modality.ASSERTED ? Modality.INTENT : mod;
    } else if (mod == Modality.INTENT) {
      String recoded = modality.intentCode(code);
      code = recoded == null ? code : recoded;
    }
    return new Coded(code, mod);
  }
}
