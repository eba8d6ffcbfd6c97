package org.chronik.pipeline.events;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * An act noun a factive governor speaks of (modality.tsv FACTIVE … governor: condemning, criticising,
 * welcoming, protesting against, responding to, investigating, mourning, apologising for) has happened:
 * "Die Ukraine verlangte, dass sich Russland für die Angriffe der Armee auf Polen entschuldigt" tells the
 * attacks, though the apology is only demanded. Holds when the governor takes the noun as its object or
 * by a preposition and the noun's event has its source inside the noun's own phrase; an act noun with no
 * agent of its own, or one a non-factive verb holds ("forderte Sanktionen der EU"), is not presupposed.
 * Stateless.
 */
final class PresupposedActs {
  private PresupposedActs() {}

  static boolean presupposed(ModalityCues cues, SentenceView s, int trigger, int sourceToken) {
    if (s.isVerbal(trigger) || sourceToken < 0 || sourceToken == trigger || !ActorPhrase.dominates(s, trigger, sourceToken)) {
      return false;
    }
    int governor = s.head(trigger);
    if (governor < 0 || !cues.is(Kind.FACTIVE, Where.GOVERNOR, s.lemma(governor))) {
      return false;
    }
    String rel = s.baseRel(trigger);
    return rel.equals("obj") || rel.equals("obl") || rel.equals("iobj");
  }
}
