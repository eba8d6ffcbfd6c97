package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;

/**
 * Whether the thing a domestic act is about was told just before with a foreign party: the act's object is a
 * re-mention (a definite or demonstrative noun, "das Urteil", "diese Forderung", or a demonstrative pronoun "das")
 * and the sentence just before names an actor or place of another country or an international body. What a state's
 * own people judge, reject or show then may be that party's affair, not their own state's (README "A thing told
 * abroad keeps no domestic default"). Stateless.
 */
final class ToldAbroad {
  private static final String DEMONSTRATIVE = "PRO:DEM";
  /** The relations of the act's own object ("nannte das Urteil …"), not of a time or place phrase ("am Dienstag"). */
  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "obl:arg", "nsubj:pass");

  private ToldAbroad() {}

  /** Whether one of the act's object words re-mentions a thing and the sentence before names a party abroad. */
  static boolean before(SentenceView s, int trigger, List<Integer> things, Anaphora anaphora, String focus) {
    // the act's own object, not a noun deeper in its phrase ("eine Abstimmung, sollte der Rat nicht …") nor a time ("am Dienstag")
    boolean remention = things.stream().anyMatch(h -> h >= 0 && s.head(h) == trigger && OBJECTS.contains(s.deprel(h))
        && (anaphora.definite(s, h) || demonstrative(s, h)));
    if (!remention) {
      return false;
    }
    SentenceView previous = anaphora.sentence(s.sentence.index() - 1);
    return previous != null && FocusAim.namesAbroad(previous, focus);
  }

  private static boolean demonstrative(SentenceView s, int token) {
    return "PRON".equals(s.upos(token)) && s.xpos(token) != null && s.xpos(token).startsWith(DEMONSTRATIVE);
  }
}
