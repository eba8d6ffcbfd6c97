package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/**
 * Violence whose doer hides: a bomb told as the doer ("Zwei Autobomben töteten 31 Menschen", "durch eine
 * Bombe getötet") or an agentless passive at an attack or a riot ("Bei einem Anschlag in Quetta wurden
 * 14 Polizisten getötet", "Sieben Polizisten wurden durch Steinwürfe verletzt"). An analyst codes such
 * violence as the country's conflict with itself: the unknown attackers of the country where it happens
 * (codebooks/unknown-attackers.tsv, by code prefix) on the victims the sentence names. The means and
 * occasions that tell a hidden doer are {@code words/hidden-attacks.txt}: bombs, explosive devices, attacks,
 * massacres, stone-throwing — never an explosion or a crash, nor a rocket, drone or jet, which a state
 * fires. Asked only after every named or earlier doer (a weapon's owner, a kindred act in reach, a claim,
 * the article's one fighting side) was looked for. Never when the sentence names an actor of another
 * country, when a victim is of another country or only a place, or when a victim is a rioter or rebel.
 * One per document (it reads the document's scene); the words are the language's, loaded once.
 */
final class UnknownAttackers {
  static final String TABLE = "/codebooks/unknown-attackers.tsv";
  static final String HIDDEN = "hidden-attacks";
  /** Sectors of victims the hidden attackers are not taken to have struck: their own side. */
  private static final Set<String> OWN_SIDE = Set.of("OPP", "REB");
  private static final ScenePeople ATTACKERS = ScenePeople.load(TABLE);

  private final Set<String> hidden;
  private final StateScene scene;
  private final PlaceFinder places;

  UnknownAttackers(Set<String> hidden, StateScene scene, PlaceFinder places) {
    this.hidden = hidden;
    this.scene = scene;
    this.places = places;
  }

  /**
   * Whether an act noun is a hidden attack told by a verb of dying ("Bei einem Anschlag in Oslo starben acht
   * Menschen", "kamen bei dem Massaker ums Leben"): it heads that verb's occasion or agent phrase (Victims) and
   * is a word of {@code hidden-attacks.txt}. Such a noun is agentless when it names no doer of its own.
   */
  boolean dyingAt(SentenceView s, int noun) {
    return Victims.verbOf(s, noun) >= 0 && RuleConditions.isWord(s, noun, hidden);
  }

  /**
   * The hidden attackers of an agentless attack noun told by a verb of dying ({@link #dyingAt}), only when the
   * sentence itself places it: a place phrase names a place of the scene's country and none names one outside
   * ("in Oslo", "auf einen Markt in Bagdad"). An attack on people of a country told without a place may be abroad.
   */
  Discourse.Antecedent byNoun(SentenceView s, int noun, String code, List<ActorRef> targets) {
    if (!dyingAt(s, noun)) {
      return null;
    }
    int verb = Victims.verbOf(s, noun);
    String country = scene.namedCountry(s, verb);
    return country == null || !places.namesPlaceOnlyIn(s, country, c -> false) ? null : ofScene(s, verb, code, targets);
  }

  /** The hidden attackers of the scene when the doer of the act at {@code verb} (subject, or passive agent phrase) is a hidden means. */
  Discourse.Antecedent byMeans(SentenceView s, int verb, String code, List<ActorRef> targets) {
    return RuleConditions.doerWith(s, verb, hidden) < 0 ? null : ofScene(s, verb, code, targets);
  }

  /**
   * The agent of an agentless passive violent act at a scene: the rioters of an unrest (UnrestScene), else
   * the hidden attackers when an occasion or agent phrase of the verb names a hidden means or attack.
   */
  Discourse.Antecedent inPassive(SentenceView s, int verb, String code, List<ActorRef> targets) {
    Discourse.Antecedent rioters = UnrestScene.shared().agent(s, verb, code, scene.namedCountry(s, verb), targets);
    return rioters != null || !s.isPassive(verb) || !attackPhrase(s, verb) ? rioters : ofScene(s, verb, code, targets);
  }

  /** An occasion ("bei dem Anschlag") or agent phrase ("durch Steinwürfe") of the verb headed by a hidden means or attack. */
  private boolean attackPhrase(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      boolean phrase = p != null && s.baseRel(c).equals("obl")
          && (s.grammar().is(EventGrammar.Kind.OCCASION, p) || s.grammar().is(EventGrammar.Kind.AGENT, p));
      if (phrase && RuleConditions.isWord(s, c, hidden)) {
        return true;
      }
    }
    return false;
  }

  private Discourse.Antecedent ofScene(SentenceView s, int verb, String code, List<ActorRef> targets) {
    String country = scene.namedCountry(s, verb);
    if (country == null || targets.isEmpty() || UnrestScene.foreignActor(s, country)
        || targets.stream().anyMatch(t -> !country.equals(t.country()) || t.type() == ActorType.COUNTRY || OWN_SIDE.contains(t.sector()))) {
      return null;
    }
    ActorRef attackers = ATTACKERS.of(code, country);
    return attackers == null ? null : new Discourse.Antecedent(attackers, null, true);
  }
}
