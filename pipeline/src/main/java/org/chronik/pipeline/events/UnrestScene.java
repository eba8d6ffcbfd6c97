package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * Violence at a scene of unrest that names no one who did it: "Bei Unruhen in der Provinz wurden 35
 * Menschen getötet". An agentless passive of a violent act whose occasion phrase (grammar.tsv
 * {@code OCCASION}) is headed by a plural noun of unrest ({@code UNREST}: riots, clashes) that names
 * no party of its own ({@code UNREST_PARTY} phrases, a genitive or compound actor) is the act of the
 * rioters of the country where it happens (codebooks/unrest-agents.tsv, by code prefix), as an analyst
 * codes an unrest with no sides named: that country against itself. Never when the sentence names an
 * actor of another country, and never on victims who are themselves rioters, protesters or rebels (whom
 * the police more likely killed). Stateless.
 */
final class UnrestScene {
  static final String AGENTS = "/codebooks/unrest-agents.tsv";
  /** Sectors of victims the rioters are not taken to have struck: their own side, or armed opponents of the state. */
  private static final Set<String> OWN_SIDE = Set.of("OPP", "REB");

  private static final UnrestScene SHARED = new UnrestScene(ScenePeople.load(AGENTS));

  private final ScenePeople agents;

  private UnrestScene(ScenePeople agents) {
    this.agents = agents;
  }

  /** The scene read with the shipped table. */
  static UnrestScene shared() {
    return SHARED;
  }

  /**
   * The rioters of {@code country} as the agent of the passive violent act at {@code verb}, or null:
   * when its occasion phrase is an unrest that names no party, the sentence names no actor of another
   * country, and the victims ({@code targets}) are all of that country and none of a rioting or armed side.
   */
  Discourse.Antecedent agent(SentenceView s, int verb, String code, String country, List<ActorRef> targets) {
    if (country == null || !s.isPassive(verb) || occasion(s, verb) < 0 || foreignActor(s, country)
        || targets.isEmpty() || targets.stream().anyMatch(t -> !country.equals(t.country()) || OWN_SIDE.contains(t.sector()))) {
      return null;
    }
    ActorRef rioters = agents.of(code, country);
    return rioters == null ? null : new Discourse.Antecedent(rioters, null, true);
  }

  /** The plural unrest noun heading an occasion phrase of the verb that names no party of its own, or -1. */
  static int occasion(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      if (p != null && s.baseRel(c).equals("obl") && s.grammar().is(EventGrammar.Kind.OCCASION, p)
          && s.grammar().is(EventGrammar.Kind.UNREST, s.lemma(c)) && s.plural(c) && !namesParty(s, c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether the unrest noun names who took part: a party phrase ("zwischen Polizei und Demonstranten",
   * "mit der Polizei") or a genitive or compound actor that is no country or place ("die Krawalle der
   * Fans" names no actor and so no party; "bei den chinesischen Unruhen" names the scene).
   */
  private static boolean namesParty(SentenceView s, int noun) {
    for (int c : s.children(noun)) {
      String p = s.preposition(c);
      if (p != null && s.grammar().is(EventGrammar.Kind.UNREST_PARTY, p)) {
        return true;
      }
      Mention m = s.mention(c);
      String rel = s.baseRel(c);
      if (p == null && (rel.equals("nmod") || rel.equals("compound")) && m != null && m.actor().type() != ActorType.COUNTRY
          && m.actor().type() != ActorType.LOCATION) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names an acting actor of a country other than the scene's. */
  static boolean foreignActor(SentenceView s, String country) {
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.mention(k);
      if (m != null && m.actor().country() != null && !country.equals(m.actor().country())) {
        return true;
      }
    }
    return false;
  }
}
