package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * A weapon or munition told as the doer of a violent act: "Bomben zerstörten ein Büro", "Die Rakete
 * traf ein Krankenhaus", "Das Gebiet wurde von Raketen getroffen". An analyst codes the side that fired
 * it: the owner the weapon's own phrase names ("israelische Bomben", "Raketen der Hamas", "US-Drohnen"),
 * else the agent of the latest violent act in this or the two sentences before ("Die Armee flog
 * Luftangriffe. Bomben zerstörten …"). With neither there is no agent. A weapon as object ("lieferte
 * Raketen", "fing Raketen ab") is never read. Words: {@code words/weapons.txt}; the acts it reads:
 * {@code words/weapon-acts.txt}, loaded once per language ({@link Words}); one instance per document
 * (it reads the document's discourse).
 */
final class WeaponAgents {
  static final String WEAPONS = "weapons";
  static final String ACTS = "weapon-acts";
  static final String HIDDEN = UnknownAttackers.HIDDEN;
  /** Length of a CAMEO root among the code prefixes of {@link #ACTS}. */
  private static final int ROOT = 2;

  private final Words words;
  private final Discourse discourse;
  private final UnknownAttackers hidden;

  /**
   * The weapon words, the code prefixes of the acts a weapon may do, the roots of those that fire one, and
   * the means whose doer hides (UnknownAttackers). Immutable.
   */
  record Words(Set<String> weapons, Set<String> acts, Set<String> firing, Set<String> hidden) {
    static Words from(WordLists lists) {
      Set<String> acts = lists.words(ACTS);
      return new Words(lists.words(WEAPONS), acts, acts.stream().filter(a -> a.length() == ROOT).collect(Collectors.toUnmodifiableSet()),
          lists.words(HIDDEN));
    }
  }

  WeaponAgents(Words words, Discourse discourse, UnknownAttackers hidden) {
    this.words = words;
    this.discourse = discourse;
    this.hidden = hidden;
  }

  /**
   * The side that fired the weapon the act at {@code verb} has as its active subject or passive agent,
   * or null: the owner named on the weapon when it may act on the targets, else (only with a target)
   * the agent of the latest violent act in this or the two sentences before (in the paragraph, or the
   * sentence just before it) that may act on them; else, for a means whose doer hides ("Eine Autobombe
   * tötete …"), the unknown attackers of the scene's country.
   */
  Discourse.Antecedent agent(SentenceView s, int verb, String code, int paragraphStart, List<ArgumentFinder.Arg> found) {
    if (words.acts().stream().noneMatch(code::startsWith)) {
      return null;
    }
    int weapon = RuleConditions.doerWith(s, verb, words.weapons());
    List<ActorRef> targets = found.stream().map(ArgumentFinder.Arg::actor).toList();
    if (weapon < 0) {
      return hidden.byMeans(s, verb, code, targets); // "Ein Brandsatz verletzte …": no weapon of a state
    }
    ActorRef owner = owner(s, weapon);
    if (owner != null) {
      return Discourse.against(owner, targets) ? new Discourse.Antecedent(owner, null) : null;
    }
    Discourse.Antecedent firing = targets.isEmpty() ? null
        : discourse.agent(s.sentence.index(), new Discourse.Reach(s.sentence.index(), paragraphStart), words.firing(), targets);
    return firing != null ? firing : hidden.byMeans(s, verb, code, targets);
  }

  /**
   * The actor the weapon's phrase names as its owner: a country adjective, a genitive or a compound's
   * first part ("russische Raketen", "Granaten der Armee", "US-Drohnen"); never a prepositional phrase
   * ("Raketen auf Israel" names the target).
   */
  static ActorRef owner(SentenceView s, int weapon) {
    for (int c : s.children(weapon)) {
      String rel = s.baseRel(c);
      boolean attribute = rel.equals("amod") || rel.equals("nmod") || rel.equals("compound") || rel.equals("flat");
      Mention m = attribute && s.preposition(c) == null ? s.mention(c) : null;
      if (m != null && m.actor().country() != null) {
        return m.actor();
      }
    }
    return null;
  }
}
