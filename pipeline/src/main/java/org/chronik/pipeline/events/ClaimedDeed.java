package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * A past deed told in the subjunctive as the content of a speech verb that follows it, with a speaker of its own who is
 * none of the act's agents: "Die Landespartei habe den Einsatz verhindert, argumentierte der Landeshauptmann". The deed
 * is the speaker's claim about the agent, not an act told by the article; the default target a domestic act takes
 * (X→X) is no guess to make on it (README "A claimed deed keeps no domestic default"). Stateless.
 */
final class ClaimedDeed {
  /** The relations that join a following speech verb to the clause it reports. */
  private static final Set<String> JOINS = Set.of("conj", "parataxis", "ccomp");

  private ClaimedDeed() {}

  /** Whether the act at {@code verb} is such a claimed deed of the sources, reported by another speaker. */
  static boolean told(SentenceView s, int verb, List<ActorRef> sources, Predicate<String> cueVerb) {
    if (!reportedPerfect(s, verb)) {
      return false;
    }
    for (int c : s.children(verb)) {
      if (c > verb && JOINS.contains(s.baseRel(c)) && cueVerb.test(s.lemma(c)) && otherSpeaker(s, c, sources)) {
        return true; // "X habe verhindert, argumentierte Y"
      }
    }
    int h = s.head(verb);
    return h > verb && JOINS.contains(s.baseRel(verb)) && cueVerb.test(s.lemma(h)) && otherSpeaker(s, h, sources);
  }

  /**
   * "habe … verhindert", "sei … eingeschritten": a perfect auxiliary (grammar.tsv {@code PERFECT_AUX}, {@code
   * STATIVE_AUX}) whose tag has a subjunctive feature ({@code SUBJUNCTIVE_FEATURE}).
   */
  private static boolean reportedPerfect(SentenceView s, int verb) {
    EventGrammar g = s.grammar();
    return s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("aux")
        && (g.is(EventGrammar.Kind.PERFECT_AUX, s.lemma(c)) || g.is(EventGrammar.Kind.STATIVE_AUX, s.lemma(c)))
        && s.xpos(c) != null && g.tagFeatures(s.xpos(c)).stream().anyMatch(f -> g.is(EventGrammar.Kind.SUBJUNCTIVE_FEATURE, f)));
  }

  /** Whether the speech verb has a subject that names someone, and none of the act's sources. */
  private static boolean otherSpeaker(SentenceView s, int cue, List<ActorRef> sources) {
    for (int c : s.children(cue)) {
      if (!s.baseRel(c).equals("nsubj")) {
        continue;
      }
      Mention m = s.anyMention(c);
      ActorRef a = m == null ? null : m.actor();
      return a == null ? "PROPN".equals(s.upos(c)) || "NOUN".equals(s.upos(c))
          : sources.stream().noneMatch(x -> x.id().equals(a.id()));
    }
    return false;
  }
}
