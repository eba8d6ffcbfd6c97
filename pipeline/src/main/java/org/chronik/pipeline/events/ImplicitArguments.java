package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/**
 * The actors a sentence leaves out: the agent of an agentless act and the target of an act whose
 * target phrase names no actor, from the last sentences (Discourse) or, by CAMEO code, from
 * codebooks/implicit-actors.tsv. One per document.
 */
final class ImplicitArguments {
  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;
  private final FocusCountry countries;
  private final Discourse discourse;

  ImplicitArguments(EventCoder.Knowledge knowledge, ArgumentFinder finder, FocusCountry countries, Discourse discourse) {
    this.knowledge = knowledge;
    this.finder = finder;
    this.countries = countries;
    this.discourse = discourse;
  }

  /**
   * The agent of an act the sentence reports without one: the agent of the same kind of act in the
   * last sentences; else, for acts of a state (codebooks/implicit-agents.tsv), the authorities of the
   * country where it happens, unless the target itself is only a place ("Gewalt im Sudan"). Never an
   * actor of a target's country for the former.
   */
  Discourse.Antecedent agent(SentenceView s, int paragraphStart, int trigger, String code, List<ActorRef> targets,
      boolean stateMayAct) {
    Discourse.Antecedent a = discourse.agent(s.sentence.index(), paragraphStart, code.substring(0, 2), targets);
    if (a != null || !stateMayAct || knowledge.implicitActors().agent(code) != ImplicitActors.Agent.STATE) {
      return a;
    }
    String country = knowledge.places().country(s, trigger);
    if (country == null) {
      country = countries.focus();
    }
    String state = country;
    // a state does not act on itself: "der ukrainische Botschafter" read at country level is Ukraine
    boolean itself = targets.stream().anyMatch(t -> t.type() == ActorType.COUNTRY && t.country().equals(state));
    return country == null || itself ? null : new Discourse.Antecedent(government(country), null, true);
  }

  /** The government of a country, as the implicit agent or target of an act. */
  private ActorRef government(String country) {
    return new ActorRef("state:" + country, "Government of " + countries.name(country), ActorType.ORGANIZATION, country, "GOV", null);
  }

  /**
   * The target of an act whose target slots name no actor (codebooks/implicit-actors.tsv): the focus
   * country's government ("Die Opposition kritisierte das Gesetz"), never for its own side.
   */
  ActorRef target(SentenceView s, int trigger, RuleMatcher.Match match, List<ActorRef> sources) {
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    // the act has content that names no actor: a target phrase ("kritisierte das Gesetz") or the
    // rule's required object ("verlangte eine Untersuchung")
    boolean phrase = finder.hasPhrase(s, trigger, match.anchor(), rule.target(), verb)
        || match.anchor() >= 0 && ActorPhrase.actorOf(s, match.anchor()) == null;
    String focus = countries.focus();
    for (ImplicitActors.Target kind : knowledge.implicitActors().targets(rule.code())) {
      if (kind == ImplicitActors.Target.OWN_COUNTRY) {
        String own = sources.size() == 1 ? sources.get(0).country() : null;
        if (own != null && own.length() == 3 && sources.get(0).type() != ActorType.COUNTRY) {
          return countries.actor(own); // the state itself as a country names no separate target
        }
        continue;
      }
      ActorRef t = focus != null && (phrase || kind == ImplicitActors.Target.GOVERNMENT_ALWAYS) ? government(focus) : null;
      if (t != null && sources.stream().noneMatch(x -> Sides.same(x, t))) {
        return t;
      }
    }
    return null;
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
