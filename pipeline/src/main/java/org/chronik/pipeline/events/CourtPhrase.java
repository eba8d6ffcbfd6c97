package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.Mention;

/**
 * The court of a passive charge or sentence, named by where the case is heard rather than by an agent
 * phrase: "Der General ist vor dem Haager Tribunal angeklagt", "Sie wurde vor einem Gericht in Minsk
 * verurteilt". A {@code COURT_CASE} phrase (grammar.tsv: "vor") on a passive {@code COURT_VERB}
 * ("anklagen", "verurteilen") is the verb's agent when the verb has no agent phrase of its own; the
 * slot keeps it only when it names an actor, so an agentless passive without one still takes the state
 * of its scene. Read by SlotReader's subject slot of a passive.
 */
final class CourtPhrase {
  private CourtPhrase() {}

  /** The heads of the court phrases of a passive court verb; empty when it is none or has none. */
  static List<Integer> of(SentenceView s, int verb) {
    EventGrammar g = s.grammar();
    if (!s.isPassive(verb) || !g.is(EventGrammar.Kind.COURT_VERB, s.lemma(verb))) {
      return List.of();
    }
    return Dependents.prepDependents(s, verb, g.all(EventGrammar.Kind.COURT_CASE)).stream()
        .filter(c -> named(s, c)).toList();
  }

  /**
   * The phrase names an actor by itself: a court whose country is only the article's focus ("vor einem
   * Gericht in Minsk" in a story told from Vienna) is left to the scene, which reads the place.
   */
  private static boolean named(SentenceView s, int c) {
    Mention m = s.anyMention(c);
    return m != null && m.actor() != null && !m.countryFromFocus();
  }
}
