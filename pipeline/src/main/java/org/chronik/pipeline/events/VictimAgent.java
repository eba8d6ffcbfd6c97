package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;

/**
 * The agent of an agentless act of force on a named side whose agent the last sentences do not give
 * (Discourse reaches two sentences back): the one side that used force on that same side earlier in
 * the paragraph, named there as its agent ("Militante beschossen den Süden Israels mit Raketen. Schulen wurden geschlossen. …
 * Am Abend wurde israelisches Gebiet von 30 Raketen getroffen" → the militants). A paragraph tells one
 * scene; a new paragraph may tell another conflict. Not when kindred acts on that side in the paragraph
 * came from two sides, nor when the act stands in quoted words or in a party's reported speech ("Ein
 * Sprecher der Armee sagte, …"), where the speaker's words, not the scene, say who acted; a source named
 * for a fact ("laut der Zeitung X", "nach Angaben der Behörden": no actor of a state or group) is no party. README "Agent of the paragraph's attacks on a side".
 */
final class VictimAgent {
  private final Discourse discourse;
  private final Anaphora anaphora;

  VictimAgent(Discourse discourse, Anaphora anaphora) {
    this.discourse = discourse;
    this.anaphora = anaphora;
  }

  /**
   * The one side among the agents of the acts of these roots told from the paragraph's start up to this
   * sentence on one of {@code targets}' sides, if it may act on them; else null. Without that act's date:
   * an act told sentences later is an act of its own, dated by its own sentence.
   */
  Discourse.Antecedent agent(SentenceView s, int trigger, int paragraphStart, Set<String> roots, List<ActorRef> targets) {
    if (targets.isEmpty() || targets.stream().anyMatch(t -> t.country() == null) || spoken(s.token(trigger).span())) {
      return null;
    }
    Discourse.Act one = null;
    for (Discourse.Act x : discourse.namedActs(paragraphStart, s.sentence.index(), roots)) {
      if (targets.stream().noneMatch(t -> Sides.same(t, x.target()))) {
        continue; // force on another side: not this scene's attacker of these targets
      }
      if (one != null && !Sides.same(one.source(), x.source())) {
        return null; // two sides struck them in this paragraph: which one struck now is not said
      }
      one = one == null ? x : one;
    }
    return one == null || !Discourse.against(one.source(), targets) ? null : new Discourse.Antecedent(one.source(), null);
  }

  /** The word stands in quoted words, or in indirect speech of a speaker that is a party (an actor with a country, not a news medium). */
  boolean spoken(org.chronik.model.Span word) {
    return QuotedWords.contain(anaphora.quotes(), word) || anaphora.quotes().stream().anyMatch(q -> q.type() == org.chronik.model.QuoteType.INDIRECT
        && q.span().contains(word) && q.speaker() != null && q.speaker().country() != null && !"MED".equals(q.speaker().sector()));
  }
}
