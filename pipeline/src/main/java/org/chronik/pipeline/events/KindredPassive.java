package org.chronik.pipeline.events;

import java.util.List;

/**
 * Agentless passives of violence read by their slots: whether one continues the kindred act told
 * just before, and whether its patient is itself an act. Part of {@link ImplicitArguments}. Stateless.
 */
final class KindredPassive {
  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;

  KindredPassive(EventCoder.Knowledge knowledge, ArgumentFinder finder) {
    this.knowledge = knowledge;
    this.finder = finder;
  }

  /**
   * An agentless passive of a violent act whose patient names no one ("Dabei wurden 40 Ziele
   * angegriffen", "Weitere Dörfer wurden bombardiert") continues the kindred act told just before:
   * it takes that act's agent and target. Not when the patient is people the actors stage could not
   * place ("Drei Soldaten wurden getötet": whose soldiers is not said), and not when the rule's
   * target is not its patient.
   */
  boolean continues(SentenceView s, int i, RuleMatcher.Match match) {
    EventRule rule = match.rule();
    // only where the patient is the target (tgt=obj): "Raketen wurden abgefangen" (tgt=gen, the
    // missiles' owner) is the attacked side's answer, not the attacker's act again
    return s.isPassive(i) && has(rule.source(), Slot.Type.NSUBJ) && has(rule.target(), Slot.Type.OBJ)
        && knowledge.implicitActors().continuesKindredActs(rule.code())
        && !actAsPatient(s, i) && finder.countryless(s, i, match.anchor(), rule.target(), true).isEmpty();
  }

  static boolean has(List<Slot> slots, Slot.Type type) {
    return slots.stream().anyMatch(x -> x.type() == type);
  }

  /**
   * An agentless passive whose patient is itself an act ("Die chinesische Zensur gegen … wurde
   * verschärft", "Die Blockade … wurde geräumt") has no implicit agent: the actors hanging on that
   * act's noun belong to the noun's own rule.
   */
  boolean actAsPatient(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("nsubj:pass") && !knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(c)).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
