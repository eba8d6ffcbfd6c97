package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/**
 * The agent of an act its sentence tells without one (an agentless passive, a re-mentioned act noun):
 * from the acts before it (Discourse), the one side acting in the scene (SceneActors), the hidden
 * attackers of a place, or the authorities of the state where it happens. Split from ImplicitArguments.
 */
final class PassiveAgent {
  /** The word list of the rules whose agent is the host state of the foreigners they fall on. */
  static final String HOST_ACTS = "host-acts";

  /** The act whose agent is sought: its sentence, trigger, matched rule and how far back it may reach. */
  record Act(SentenceView s, int trigger, RuleMatcher.Match match, Discourse.Reach reach) {}

  /** The scene's helpers shared with ImplicitArguments. */
  record Scene(StateScene scene, ImplicitTarget defaults, SceneActors players, UnknownAttackers attackers) {}

  private final EventCoder.Knowledge knowledge;
  private final Discourse discourse;
  private final Anaphora anaphora;
  private final StateScene scene;
  private final ImplicitTarget defaults;
  private final SceneActors players;
  private final UnknownAttackers attackers;
  private final OccasionAgent occasions; // "Die Polizei durchsuchte … Dabei wurden …": the doer of the act before
  private final VictimAgent victims; // "… Am Abend wurde israelisches Gebiet von Raketen getroffen": who struck that side before

  PassiveAgent(ImplicitParts parts, Scene helpers) {
    this.knowledge = parts.knowledge();
    this.discourse = parts.discourse();
    this.anaphora = parts.anaphora();
    this.scene = helpers.scene();
    this.defaults = helpers.defaults();
    this.players = helpers.players();
    this.attackers = helpers.attackers();
    this.occasions = new OccasionAgent(knowledge.lexicon().lists(), anaphora);
    this.victims = new VictimAgent(discourse, anaphora);
  }

  /**
   * The agent of an act the sentence reports without one: the agent of the same kind of act in the
   * last sentences; else, for acts of a state (codebooks/implicit-agents.tsv), the authorities of the
   * country where it happens (the focus country only when the sentence names no place), unless the
   * target itself is only a place ("Gewalt im Sudan"). Never an
   * actor of a target's country for the former.
   */
  Discourse.Antecedent agent(Act act, List<ActorRef> targets, boolean stateMayAct) {
    SentenceView s = act.s();
    Discourse.Reach reach = act.reach();
    int trigger = act.trigger();
    RuleMatcher.Match match = act.match();
    String code = match.rule().code();
    // a passive takes the agent of kindred acts ("Die Armee begann eine Offensive. Dabei wurden …
    // getötet"); a re-mentioned act noun ("Der Angriff …") only that of its own kind
    Set<String> roots = match.rule().kind() == EventRule.Kind.VERB ? knowledge.implicitActors().agentFrom(code)
        : Set.of(code.substring(0, 2));
    Discourse.Antecedent a = AbroadAgent.keep(knowledge, s, code, discourse.agent(s.sentence.index(), reach, roots, targets));
    if (a != null && match.rule().kind() == EventRule.Kind.NOUN
        && discourse.otherSideHere(s.sentence.index(), knowledge.implicitActors().agentFrom(code), a.actor())) {
      return null; // the sentence tells another side's attacks: the act noun is one of those
    }
    if (a == null && match.rule().kind() == EventRule.Kind.VERB) {
      a = occasions.agent(s, trigger, code, reach.paragraphStart(), targets);
    }
    if (a == null && match.rule().kind() == EventRule.Kind.NOUN) {
      a = attackers.byNoun(s, trigger, code, targets); // "Bei einem Anschlag in Oslo starben acht Menschen"
    }
    if (a == null && match.rule().kind() == EventRule.Kind.VERB && knowledge.implicitActors().continuesKindredActs(code)) {
      a = victims.agent(s, trigger, reach.paragraphStart(), roots, targets); // the one side that struck these targets in this paragraph
      a = a != null ? a : discourse.soleAgent(s.sentence.index(), roots, targets); // the one side that has fought in this article so far
      a = a != null ? a : attackers.inPassive(s, trigger, code, targets); // "Bei Unruhen in X …", "Bei einem Anschlag in X …"
    }
    if (a == null && stateMayAct && match.rule().kind() == EventRule.Kind.VERB) {
      a = AbroadAgent.keep(knowledge, s, code, sceneAgent(s, trigger, reach, code, targets));
    }
    if (a != null || !stateMayAct || knowledge.implicitActors().agent(code) != ImplicitActors.Agent.STATE && !hostAct(s, trigger, match)) {
      return a;
    }
    String state = scene.country(s, trigger);
    ActorRef by = state == null ? null : defaults.authority(state, code, s.lemma(trigger)); // acts not on itself ("der ukrainische Botschafter" read as Ukraine) nor its own organ
    boolean itself = by == null || targets.stream().anyMatch(t -> state.equals(t.country()) && (t.type() == ActorType.COUNTRY || by.sector().equals(t.sector()) && !"GOV".equals(t.sector())));
    return itself ? null : new Discourse.Antecedent(by, null, true);
  }

  /**
   * An act only the state that hosts another state's envoys, peacekeepers or aid workers performs on
   * them ({@code words/host-acts.txt}: summoning an ambassador, expelling diplomats, declaring one
   * unwelcome), whatever its code's row in codebooks/implicit-actors.tsv: told without an agent, it is
   * the act of the state where it happens ("Der deutsche Botschafter wurde in Ankara einbestellt"); not
   * in reported speech, where a deed told as done is the speaker's testimony (SpeakerAgent) and the place
   * named may be only where he spoke ("Ein Sprecher der Regierung in Warschau sagte, X sei ausgewiesen worden").
   */
  private boolean hostAct(SentenceView s, int trigger, RuleMatcher.Match match) {
    return knowledge.lexicon().lists().words(HOST_ACTS).contains(match.rule().id().toLowerCase(java.util.Locale.ROOT))
        && !inSpeech(s.token(trigger).span());
  }

  /** The word stands in quoted words or the content of indirect speech (not the speaker's name or the cue). */
  private boolean inSpeech(org.chronik.model.Span word) {
    return anaphora.quotes().stream().anyMatch(q -> q.type() != org.chronik.model.QuoteType.REPORTED && q.span().contains(word)
        && (q.speakerSpan() == null || !q.speakerSpan().contains(word)) && (q.cue() == null || !q.cue().contains(word)));
  }

  /**
   * The one side that acted in the last sentences (SceneActors), for a verb whose clause has no subject
   * or only "man"; not for an act noun without an owner, which is often no act at all ("die Haltung
   * gegenüber Sanktionen").
   */
  Discourse.Antecedent sceneAgent(SentenceView s, int trigger, Discourse.Reach reach, String code, List<ActorRef> targets) {
    if (!anaphora.clauseSubject().of(s, trigger).isEmpty() && !anaphora.impersonalSubject(s, trigger)) {
      return null;
    }
    return players.agent(s, trigger, reach, knowledge.implicitActors().sceneSectors(code), targets);
  }
}
