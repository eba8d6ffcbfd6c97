package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/** Zu-infinitive clauses ("bereit, X zu unterstützen", "beschloss, Sanktionen einzuführen") as the German parse shows them. */
final class Infinitives {
  private Infinitives() {}

  /**
   * Zu-infinitives without a subject of their own that complete the trigger or its required object
   * ("die Bereitschaft, mit X zu verhandeln", also where the parser hung the clause on the verb); not a
   * purpose clause ("um … zu", an adverbial clause).
   */
  static List<Integer> subjectless(SentenceView s, int trigger, int anchor) {
    List<Integer> out = new ArrayList<>();
    for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
      for (int c : s.children(head)) {
        String rel = s.baseRel(c);
        if ((rel.equals("acl") || rel.equals("xcomp")) && s.isVerbal(c) && hasZu(s, c) && s.subjects(c).isEmpty()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** A zu-infinitive: a "zu" (or "um") of its own, or a form with the zu inside ("einzurichten"). */
  static boolean hasZu(SentenceView s, int verb) {
    if (s.grammar().isTag(EventGrammar.Kind.INFINITIVE_TAG, s.xpos(verb))) {
      return true;
    }
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("mark") && s.grammar().is(EventGrammar.Kind.INFINITIVE, s.word(c))) {
        return true;
      }
    }
    return false;
  }
}
