package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.Mention;

/**
 * An act noun that someone claims: "Eine Gruppe bekannte sich zu dem Anschlag", "Die Miliz übernahm
 * die Verantwortung für die Angriffe". The claim names the act's author: the claimant, named as an
 * actor or not, and never the agent of an earlier act the noun might re-mention (its target may be that
 * act's: "Zu den Anschlägen bekannte sich die Gruppe X" re-mentions attacks told before). The claim words are
 * {@code CLAIM} in lang/de/events/grammar.tsv (a verb the noun hangs on, or a noun it hangs on whose
 * verb's subject claims).
 */
final class ClaimedActs {
  private ClaimedActs() {}

  /** The claim word the act noun hangs on ("bekennen", "Verantwortung"), or -1 when the noun is claimed by nobody. */
  static int claim(SentenceView s, int noun) {
    int h = s.head(noun);
    return h >= 0 && s.grammar().is(EventGrammar.Kind.CLAIM, s.lemma(h)) ? h : -1;
  }

  /** The claimant named as an actor: the subject of the claim verb, or of the verb whose object the claim noun is; null if none. */
  static Mention claimant(SentenceView s, int claim) {
    int verb = s.isVerbal(claim) ? claim : s.head(claim);
    if (verb < 0) {
      return null;
    }
    List<Integer> subjects = s.subjects(verb);
    return subjects.isEmpty() ? null : ActorPhrase.actorOf(s, subjects.get(0));
  }
}
