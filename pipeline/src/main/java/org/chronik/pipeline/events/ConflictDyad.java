package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;

/**
 * The conflict dyad in force: an agentless act of force whose patient names no actor ("Einigen von ihnen wurde in den
 * Rücken geschossen", "Weitere Dörfer seien bombardiert worden") in an article that has told acts of force takes both
 * sides of the latest of them (its own root or the kindred roots of codebooks/implicit-actors.tsv, column agent_from:
 * 18, 19, 20; 17 as well for a beating), however far back. A widening of {@link KindredPassive#continues}, which
 * reaches two sentences of the paragraph and only rules whose patient is the accusative object, to the whole article
 * and to rules whose target is a prepositional phrase ("auf X schießen": told without it, the act is aimed at the side
 * struck before). Also in a party's reported speech ("…, so Kreise des Kongresses"): the speaker reports the scene.
 *
 * <p>Guards: the sentence names its own agent (a "von"/"durch" phrase); the rule's target is an owner (a genitive:
 * "Raketen wurden abgefangen" falls on the side that fired them); the patient is itself an act, or names people of no
 * known side ("Drei Soldaten wurden getötet") or someone's people ("seine Anhänger"), or the parse gives no patient; the verb's occasion is an act
 * noun naming its own sides ("bei Zusammenstößen zwischen X und Y": that act's dyad, not the latest); the words stand
 * in quotes, where the speaker says who acted; two sides struck the latest act's target side in the article; an occasion adverb
 * ("Dabei wurden …") ties the act to the sentence before, which KindredPassive and OccasionAgent read. A place of a third country ("In Mali wurden Dörfer bombardiert") is
 * the act's target (PlaceTargets), so the act has a target and is not this class's. README "The conflict dyad in force (pas45)".
 */
final class ConflictDyad {
  static final String INDEFINITES = "occasion-indefinites";
  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;
  private final Discourse discourse;
  private final KindredPassive kindred;
  private final Anaphora anaphora;

  ConflictDyad(EventCoder.Knowledge knowledge, ArgumentFinder finder, Discourse discourse, KindredPassive kindred, Anaphora anaphora) {
    this.knowledge = knowledge;
    this.finder = finder;
    this.discourse = discourse;
    this.kindred = kindred;
    this.anaphora = anaphora;
  }

  /** Both sides of the latest act of force before this agentless act told with no actor on either side, or null. */
  Discourse.Act of(SentenceView s, int verb, RuleMatcher.Match match) {
    EventRule rule = match.rule();
    String code = rule.code();
    if (!s.isPassive(verb) || !KindredPassive.has(rule.source(), Slot.Type.NSUBJ) || KindredPassive.has(rule.target(), Slot.Type.GEN)
        || !knowledge.implicitActors().continuesKindredActs(code) || kindred.actAsPatient(s, verb)
        || StateScene.agentPhrase(s, verb) || HiddenAgentPhrase.on(s, verb) || QuotedWords.contain(anaphora.quotes(), s.token(verb).span())
        || !finder.countryless(s, verb, match.anchor(), rule.target(), true).isEmpty() || ownedPatient(s, verb) || namedOccasion(s, verb) || occasionAdverb(s, verb)) {
      return null;
    }
    Set<String> occasion = newOccasion(s, verb);
    Set<String> roots = occasion.isEmpty() ? knowledge.implicitActors().agentFrom(code) : occasion;
    Discourse.Act act = discourse.act(s.sentence.index(), Discourse.Reach.ARTICLE, roots);
    return act == null || act.source().id().equals(act.target().id()) || twoSides(s.sentence.index(), roots, act) ? null : act;
  }

  /**
   * Acts of these roots named in the article struck the latest act's target side from two sides ("Die türkische Luftwaffe
   * bombardierte … Irakische Truppen beschossen …"): which one struck now is not said.
   */
  private boolean twoSides(int sentence, Set<String> roots, Discourse.Act latest) {
    return discourse.namedActs(0, sentence, roots).stream().anyMatch(x -> Sides.same(x.target(), latest.target())
        && !(Sides.same(x.source(), latest.source()) || x.source().country() != null && x.source().country().equals(latest.source().country())
        && x.source().sector() != null && x.source().sector().equals(latest.source().sector())));
  }

  /**
   * No passive subject on the verb nor, for a coordinated verb, on the verb it is coordinated with (a clause the parser
   * broke: what the act fell on is not read), or one with a possessive or a genitive ("seine Anhänger", "die Häuser der
   * Familie"): someone's, not the struck side's.
   */
  private static boolean ownedPatient(SentenceView s, int verb) {
    List<Integer> patients = patients(s, verb);
    if (patients.isEmpty() && s.baseRel(verb).equals("conj") && s.head(verb) >= 0) {
      patients = patients(s, s.head(verb));
    }
    return patients.isEmpty() || patients.stream().flatMap(p -> s.children(p).stream())
        .anyMatch(m -> s.deprel(m).equals("det:poss") || s.baseRel(m).equals("nmod") && s.preposition(m) == null);
  }

  private static List<Integer> patients(SentenceView s, int verb) {
    return s.children(verb).stream().filter(c -> s.deprel(c).equals("nsubj:pass")).toList();
  }

  /** "Dabei wurden Ziele bombardiert" (words/occasion-adverbs.txt): the act happened at what the sentence before told, no act told further back. */
  private boolean occasionAdverb(SentenceView s, int verb) {
    Set<String> adverbs = knowledge.lexicon().lists().words(OccasionAgent.ADVERBS);
    return s.children(verb).stream().anyMatch(c -> adverbs.contains(s.lemma(c).toLowerCase(java.util.Locale.ROOT)));
  }

  /** An oblique act noun of the verb naming sides of its own ("bei Kämpfen zwischen Armee und Rebellen"). */
  private boolean namedOccasion(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.baseRel(c).equals("obl") && !knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(c)).isEmpty() && namesActor(s, c, 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roots of an oblique act noun with an indefinite article ({@code words/occasion-indefinites.txt}: "bei einem
   * Anschlag", "bei mehreren Überfällen"), else none: the sentence tells an act of that kind, so only the latest act of
   * its own roots lends its dyad ("Bei einem Luftangriff wurden Dörfer zerstört" after air strikes: the same side; "bei
   * einem Anschlag" after air strikes: another act, whose agent the sentence does not say).
   */
  private Set<String> newOccasion(SentenceView s, int verb) {
    Set<String> indefinite = knowledge.lexicon().lists().words(INDEFINITES);
    for (int c : s.children(verb)) {
      List<EventRule> rules = s.baseRel(c).equals("obl") ? knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(c)) : List.of();
      if (!rules.isEmpty() && s.children(c).stream().anyMatch(d -> s.baseRel(d).equals("det") && indefinite.contains(s.lemma(d).toLowerCase(java.util.Locale.ROOT)))) {
        return rules.stream().map(r -> r.code().substring(0, 2)).collect(java.util.stream.Collectors.toSet());
      }
    }
    return Set.of();
  }

  private static boolean namesActor(SentenceView s, int word, int depth) {
    for (int c : s.children(word)) {
      org.chronik.model.Mention m = s.anyMention(c);
      if (m != null && m.actor() != null || depth > 0 && namesActor(s, c, depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
