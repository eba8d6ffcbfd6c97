package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.Quote;

/**
 * The target of a verb act whose sentence names its agent but no target, told just after an event between
 * that agent and one other side: the act continues the dyad and is aimed at the other side ("Die USA
 * kamen Iran entgegen. Ihrerseits stellten die USA Bedingungen" → Iran). Only for the CAMEO codes of
 * {@code words/dyad-codes.txt} (acts that are always aimed at someone; {@code dyad-codes-noun.txt}: intents about
 * an act noun), only when all agents are of one
 * country and the acts of this sentence and the two before (Discourse reach) that involve that country
 * have exactly one other country on their other side; and only for an asserted act told in the article's
 * own voice or its agent's, in a sentence that names no actor of a third country (README "A dyad continued").
 * Part of {@link ImplicitArguments}; one per document.
 */
final class DyadTarget {
  static final String CODES = "dyad-codes";
  /** Code prefixes that continue a dyad only when the rule reads an act noun ("kündigte den Abzug an"). */
  static final String NOUN_CODES = "dyad-codes-noun";
  /** The code prefixes whose act, with no dyad in reach, continues its agent's latest dyad anywhere before (README "A dyad continued from afar"). */
  static final String FAR_CODES = "dyad-codes-far";
  /** The relations of a verb's objects. */
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final String EXPLETIVE = "expl";
  /** The CAMEO sector of news media. */
  private static final String MEDIA = "MED";
  private static final Set<String> ALL_ROOTS = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(r -> String.format("%02d", r))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Discourse discourse;
  private final EventCoder.Knowledge knowledge;
  private final Set<String> farCodes;
  private final ParallelActs parallels;
  private final ModalityDetector modality;
  private final List<Quote> quotes;
  private final java.util.function.IntFunction<SentenceView> sentences;

  DyadTarget(Discourse discourse, EventCoder.Knowledge knowledge, List<Quote> quotes, java.util.function.IntFunction<SentenceView> sentences) {
    this.discourse = discourse;
    this.sentences = sentences;
    this.knowledge = knowledge;
    this.farCodes = knowledge.lexicon().lists().words(FAR_CODES);
    this.parallels = knowledge.parallels();
    this.modality = knowledge.modality();
    this.quotes = quotes;
  }

  /**
   * The one other side of the dyad the agents of the verb act at {@code verb} were just part of, or null;
   * never when an agent is an object in its sentence ("Der Rat rief die Regierung zur Umkehr auf und
   * beschloss, …": a shared subject the parse gave the object, not an act of the object), nor when the
   * verb's own object names an actor.
   */
  ActorRef other(SentenceView s, int verb, RuleMatcher.Match match, int paragraphStart, List<ArgumentFinder.Arg> found) {
    String code = match.rule().code();
    boolean near = continues(knowledge, code, match);
    boolean far = farCodes.stream().anyMatch(code::startsWith);
    if (found.isEmpty() || !near && !far || found.stream().anyMatch(a -> objectOf(s, a.token())) || actorObject(s, verb)) {
      return null;
    }
    List<ActorRef> agents = found.stream().map(ArgumentFinder.Arg::actor).toList();
    String country = agents.get(0).country();
    if (country == null || agents.stream().anyMatch(a -> !country.equals(a.country()))
        || modality.classify(s, verb, match.anchor()) != Modality.ASSERTED || othersWords(s, verb, agents)) {
      return null;
    }
    int sentence = s.sentence.index();
    Discourse.Reach reach = new Discourse.Reach(sentence, paragraphStart);
    List<ActorRef> others = new ArrayList<>();
    boolean here = false; // the other side met in this very sentence ("verlangte auch die Freilassung einer Lehrerin, die Teheran festnahm")
    for (int r = 1; r <= 20 && near; r++) {
      Discourse.Act act = discourse.act(sentence, reach, Set.of(String.format("%02d", r)));
      ActorRef other = act == null ? null : side(act, agents, country);
      add(others, other);
      here |= other != null && act.sentence() == sentence;
    }
    // none in reach: the latest sentence before whose acts the agents' country took part in; only for persons who
    // speak (a named politician answers across paragraphs, a body or a country named by an adjective is often only
    // mentioned: "Regierungskreise bestätigten einen Bericht"), and not when the sentence names another actor of
    // the agents' own country (words to its own public)
    boolean persons = agents.stream().allMatch(a -> a.type() == ActorType.PERSON);
    int farFrom = -1;
    for (int k = sentence - 1; k >= 0 && far && persons && others.isEmpty() && !ownOther(s, agents, country); k--) {
      discourse.acts(k, k, ALL_ROOTS, false).forEach(act -> add(others, side(act, agents, country)));
      farFrom = k;
    }
    // "Der Demokrat X sagte, die Einigung sei gut. Der Republikaner Y zeigte sich enttäuscht": the words just before are
    // another party's, whom the reaction answers (a sentence of the scene without a verb of saying leaves the dyad), not the dyad told further back (README "A far dyad yields to the words just before")
    SentenceView before = farFrom >= 0 && farFrom < sentence - 1 && others.size() == 1 ? sentences.apply(sentence - 1) : null;
    if (before != null && spoken(before) && anotherParty(before, agents, others.get(0).country())) {
      return null;
    }
    // "Auch Teheran übte Kritik": a parallel act, not an answer; unless its own sentence tells the dyad
    boolean one = others.size() == 1 && !thirdCountry(s, country, others.get(0).country()) && (here || !parallels.told(s, verb, List.of()));
    return one ? others.get(0) : null;
  }

  /** Whether an act of this code and match may continue a dyad (words/dyad-codes.txt, dyad-codes-noun.txt). */
  static boolean continues(EventCoder.Knowledge knowledge, String code, RuleMatcher.Match match) {
    return knowledge.lexicon().lists().words(CODES).stream().anyMatch(code::startsWith)
        || match.anchor() >= 0 && knowledge.lexicon().lists().words(NOUN_CODES).stream().anyMatch(code::startsWith);
  }

  private static void add(List<ActorRef> others, ActorRef other) {
    if (other != null && others.stream().noneMatch(o -> o.country().equals(other.country()))) {
      others.add(other);
    }
  }

  /** Whether the sentence names an actor of the agents' country who is none of them: a domestic act may be aimed at that one. */
  private static boolean ownOther(SentenceView s, List<ActorRef> agents, String country) {
    for (int t = 0; t < s.size(); t++) {
      Mention m = s.mention(t);
      if (m != null && country.equals(m.actor().country()) && agents.stream().noneMatch(a -> a.id().equals(m.actor().id()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence has a verb of saying ("sagte", "erklärte"): it gives someone's words, not only the scene. */
  private boolean spoken(SentenceView s) {
    for (int t = 0; t < s.size(); t++) {
      if (s.isVerbal(t) && knowledge.attribution().isCueVerb(s.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names a party that is none of the agents and not of the dyad's other country: an actor of the
   * agents' own country (a rival party's speaker) or of a third one (the state whose pledge is doubted); a news agency
   * the words before are taken from ("Die Agentur X bestätigte das Gespräch") is no party.
   */
  private static boolean anotherParty(SentenceView s, List<ActorRef> agents, String other) {
    for (int t = 0; s != null && t < s.size(); t++) {
      Mention m = s.mention(t);
      ActorRef a = m == null ? null : m.actor();
      if (a != null && a.country() != null && a.type() != ActorType.EVENT && !a.country().equals(other) && !MEDIA.equals(a.sector())
          && agents.stream().noneMatch(g -> g.id().equals(a.id()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean objectOf(SentenceView s, int token) {
    return token >= 0 && OBJECTS.contains(s.deprel(token));
  }

  /**
   * Whether the verb's object names an actor the act was not found to aim at ("warf der Regierung vor"),
   * or the verb has an expletive ("Es warf der Regierung vor": the parse read "es" as a filler and the
   * dative object as the subject).
   */
  private static boolean actorObject(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> OBJECTS.contains(s.deprel(c)) && s.mention(c) != null || EXPLETIVE.equals(s.deprel(c)));
  }

  /** Whether the act stands in words another side is quoted with ("X habe blockiert, sagte der Botschafter"). */
  private boolean othersWords(SentenceView s, int verb, List<ActorRef> agents) {
    String country = agents.get(0).country();
    return quotes.stream().anyMatch(q -> q.span().contains(s.token(verb).span())
        && (q.speaker() == null || !country.equals(q.speaker().country())));
  }

  /** Whether the sentence names an actor of neither side: the act may be aimed at that one. */
  private static boolean thirdCountry(SentenceView s, String country, String other) {
    for (int t = 0; t < s.size(); t++) {
      Mention m = s.mention(t);
      String c = m == null ? null : m.actor().country();
      if (c != null && !c.equals(country) && !c.equals(other)) {
        return true;
      }
    }
    return false;
  }

  /** The other side of an act one of whose sides is the agents' country, when it is another country; else null. */
  private static ActorRef side(Discourse.Act act, List<ActorRef> agents, String country) {
    ActorRef other = country.equals(act.source().country()) ? act.target()
        : country.equals(act.target().country()) ? act.source() : null;
    boolean foreign = other != null && other.country() != null && !other.country().equals(country);
    return foreign && agents.stream().noneMatch(a -> Sides.same(a, other)) ? other : null;
  }
}
