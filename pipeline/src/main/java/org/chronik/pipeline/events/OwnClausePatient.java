package org.chronik.pipeline.events;

import java.util.Set;

/**
 * A passive conjunct that is a clause of its own: it has its own passive auxiliary and its own
 * dative patient ("X wurde festgenommen, dem Team des ZDF wurde verboten, zu berichten"). Such a
 * clause in a comma list of state acts does not share the first conjunct's patient, as an elliptic
 * conjunct does ("wurde festgenommen und dem Richter vorgeführt": no auxiliary of its own).
 */
final class OwnClausePatient {
  /** The universal relations of a dative patient phrase of a passive. */
  private static final Set<String> DATIVE = Set.of("iobj", "obl:arg");

  private OwnClausePatient() {}

  /** True when the passive verb has a passive auxiliary and a dative patient of its own. */
  static boolean has(SentenceView s, int verb) {
    boolean auxiliary = false;
    boolean dative = false;
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      auxiliary |= rel.equals("aux:pass");
      dative |= DATIVE.contains(rel) && s.children(c).stream().noneMatch(k -> s.deprel(k).equals("case"));
    }
    return auxiliary && dative;
  }
}
