package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of an act that need not hang on its trigger, where {@link UnknownParty} also looks for a
 * party the act is aimed at before {@link ImplicitTarget} gives it the focus government by default: the
 * rule's anchor (its required object) and the word of its dependent condition, which may sit under a
 * conjoined verb ("demonstrieren seit Tagen und fordern den Rücktritt des Stadtrats") or deeper than
 * the trigger's own argument phrases.
 */
final class ActPhrases {
  private ActPhrases() {}

  static List<Integer> beyondTrigger(int trigger, RuleMatcher.Match match) {
    List<Integer> out = new ArrayList<>();
    for (int w : new int[] {match.anchor(), match.extra()}) {
      if (w >= 0 && w != trigger) {
        out.add(w);
      }
    }
    return out;
  }
}
