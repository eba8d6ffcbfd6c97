package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;

/**
 * An act told as the doer of another ("Er verhängte den Ausnahmezustand. Der Ausnahmezustand
 * untersagt Versammlungen"; "Der Angriff tötete zwölf Menschen"): the subject of an active verb is
 * a definite act noun of the lexicon naming no actor, so the act is its author's: the agent of the
 * last act of that noun's kind the article told (Discourse). One per document.
 */
final class ActingAct {
  private final EventLexicon lexicon;
  private final Discourse discourse;
  private final Anaphora anaphora;

  ActingAct(EventLexicon lexicon, Discourse discourse, Anaphora anaphora) {
    this.lexicon = lexicon;
    this.discourse = discourse;
    this.anaphora = anaphora;
  }

  /**
   * The agent of the act the verb's subject re-mentions, not on the side of any of {@code targets};
   * null when the verb is passive, its subject is no definite act noun, or no act of its kind was told.
   */
  Discourse.Antecedent agent(SentenceView s, int verb, List<ActorRef> targets) {
    if (s.isPassive(verb)) {
      return null;
    }
    for (int subject : s.subjects(verb)) {
      Set<String> roots = new HashSet<>();
      lexicon.rulesFor(EventRule.Kind.NOUN, s.lemma(subject)).forEach(r -> roots.add(r.code().substring(0, 2)));
      if (!roots.isEmpty() && anaphora.definite(s, subject)) {
        return discourse.agentOfLast(s.sentence.index(), roots, targets);
      }
    }
    return null;
  }
}
