package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The agent a hyphen compound names in the occasion of an agentless passive of force: "Bei einem
 * Taliban-Angriff wurden zwölf Polizisten getötet", "Durch den PKK-Anschlag wurden Soldaten verletzt". The
 * occasion or agent phrase (grammar.tsv OCCASION, AGENT) of the passive is a compound whose last part is
 * an act noun of the lexicon with a root the passive's code takes its agent from (codebooks/implicit-actors.tsv
 * agent_from: an attack for a killing) and whose first part, joined by a hyphen, names an actor: that actor did
 * the act, so no default (the dyad in force, the one fighting side, the hidden attackers of the scene) may
 * stand in for it. The parser splits such a compound ("Taliban - Angriff") and hangs either part on the
 * other. A state as first part ("bei einem US-Luftangriff") is left to the noun's own rule. Stateless.
 */
final class CompoundAgent {
  private static final String HYPHEN = "-";
  /** Relations by which the parser hangs one part of a split compound on the other. */
  private static final Set<String> PARTS = Set.of("flat", "compound", "appos", "nmod", "amod");

  /** Kinds of mention that are no group acting: places, events, and states. */
  private static final Set<ActorType> NOT_AGENTS = Set.of(ActorType.LOCATION, ActorType.EVENT, ActorType.COUNTRY);

  private CompoundAgent() {}

  /**
   * The sources of the act at {@code verb}: {@code found} when the sentence named any or the verb is no agentless
   * passive of a code that takes kindred agents; else the actor a compound of its occasion phrase names, if any.
   */
  static List<Arg> sources(SentenceView s, int verb, String code, EventCoder.Knowledge knowledge, List<Arg> found) {
    if (!found.isEmpty() || !s.isPassive(verb) || !knowledge.implicitActors().continuesKindredActs(code)) {
      return found;
    }
    Set<String> roots = knowledge.implicitActors().agentFrom(code);
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      if (p == null || !s.baseRel(c).equals("obl")
          || !s.grammar().is(EventGrammar.Kind.OCCASION, p) && !s.grammar().is(EventGrammar.Kind.AGENT, p)) {
        continue;
      }
      Arg agent = firstPart(s, c, knowledge.lexicon(), roots);
      if (agent != null) {
        return List.of(agent);
      }
    }
    return found;
  }

  /** The actor of the first part of a "<actor>-<act noun>" compound in the phrase headed by {@code phrase}, or null. */
  static Arg firstPart(SentenceView s, int phrase, EventLexicon lexicon, Set<String> roots) {
    for (int noun = Math.max(2, phrase - 2); noun < s.size(); noun++) {
      boolean inPhrase = noun == phrase || s.head(noun) == phrase && PARTS.contains(s.baseRel(noun));
      int first = noun - 2;
      boolean joined = inPhrase && s.word(noun - 1).equals(HYPHEN)
          && (first == phrase || s.head(first) == noun || s.head(first) == phrase || s.head(noun) == first);
      Mention m = joined ? actor(s.anyMention(first)) : null;
      if (m != null && actNoun(s, noun, lexicon, roots)) {
        return new Arg(m.actor(), first);
      }
    }
    return null;
  }

  /**
   * A mention of a group or body that can act, with a country or without ("IS", "Taliban", "PKK"): no place, no
   * event, and no state — a state's compound ("US-Luftangriff") is read by the act noun's own rule, whose
   * {@code compound} slot names the state.
   */
  private static Mention actor(Mention m) {
    return m == null || NOT_AGENTS.contains(m.actor().type()) ? null : m;
  }

  /** The noun is a lexicon act noun whose rules code an act of one of {@code roots}. */
  private static boolean actNoun(SentenceView s, int noun, EventLexicon lexicon, Set<String> roots) {
    if (!s.upos(noun).equals("NOUN") && !s.upos(noun).equals("PROPN")) {
      return false;
    }
    for (String form : List.of(s.lemma(noun) == null ? "" : s.lemma(noun), s.word(noun))) {
      if (lexicon.rulesFor(EventRule.Kind.NOUN, form).stream().anyMatch(r -> roots.contains(r.code().substring(0, 2)))) {
        return true;
      }
    }
    return false;
  }
}
