package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The sources of one act named as a list ("die EU, die EZB sowie der IWF") are one side: their
 * partner is the rule's prepositional phrase ("mit Griechenland") or object, never one of them, unless
 * a reflexive or reciprocal word says they acted with each other ("einigten sich", "miteinander").
 * Convention and counts: lang/de/events/README.md, "Two acts in one sentence".
 */
final class SubjectList {
  /** A list this long acts as one side when nothing says its members acted with each other. */
  static final int ONE_SIDE = 3;

  private SubjectList() {}

  /**
   * The partner named in a phrase the parser hung on one of the sources instead of the trigger ("führen
   * die EU, die EZB sowie der IWF mit Griechenland"): an actor of another side in a phrase with one of
   * the rule's target prepositions, with its conjuncts. Only for a mutual act and a source token that
   * names its actor itself: on a noun the phrase says where ("die Unruhen im afrikanischen Burundi").
   * Empty when there is none.
   */
  static List<Arg> partner(SentenceView s, EventRule rule, List<Arg> sources) {
    List<String> prepositions = rule.target().stream().filter(x -> x.type() == Slot.Type.PREP && x.arg() != null).map(Slot::arg).toList();
    List<Arg> out = new ArrayList<>();
    if (!rule.mutual() || prepositions.isEmpty()) {
      return out;
    }
    for (Arg source : sources) {
      if (source.token() < 0 || s.mention(source.token()) == null) {
        continue;
      }
      for (int c : s.children(source.token())) {
        String p = s.preposition(c);
        if (!s.baseRel(c).equals("nmod") || p == null || !prepositions.contains(p.toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        addActor(s, c, sources, out);
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("conj")) {
            addActor(s, g, sources, out);
          }
        }
      }
    }
    return out;
  }

  private static void addActor(SentenceView s, int tok, List<Arg> sources, List<Arg> out) {
    ActorRef a = ActorPhrase.actorRefOf(s, tok);
    if (a != null && a.country() != null && sources.stream().noneMatch(x -> Sides.same(x.actor(), a))
        && out.stream().noneMatch(x -> x.actor().id().equals(a.id()))) {
      out.add(new Arg(a, tok));
    }
  }

  /**
   * True when the sources of a mutual act without a partner are a list of {@link #ONE_SIDE} or more
   * sides and no reflexive pronoun on the trigger ("trafen sich") or reciprocal adverb says they acted
   * with each other: the talks the troika holds are held with someone the sentence does not name.
   */
  static boolean oneSide(SentenceView s, int trigger, List<Arg> sources, boolean reciprocal) {
    if (reciprocal || reflexive(s, trigger)) {
      return false;
    }
    List<ActorRef> sides = new ArrayList<>();
    for (Arg a : sources) {
      if (sides.stream().noneMatch(x -> Sides.same(x, a.actor()))) {
        sides.add(a.actor());
      }
    }
    return sides.size() >= ONE_SIDE;
  }

  private static boolean reflexive(SentenceView s, int trigger) {
    for (int head : new int[] {trigger, s.clauseHead(trigger)}) {
      for (int c : s.children(head)) {
        if (s.grammar().is(EventGrammar.Kind.REFLEXIVE, s.word(c))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Source × target pairs; coordinated actors of a mutual act without a target pair up with each other. */
  static List<Arg[]> pairs(List<Arg> sources, List<Arg> targets, boolean mutual) {
    List<Arg[]> out = new ArrayList<>();
    if (!targets.isEmpty()) {
      for (Arg a : sources) {
        for (Arg b : targets) {
          if (!a.actor().id().equals(b.actor().id())) {
            out.add(new Arg[] {a, b});
          }
        }
      }
    } else if (mutual) {
      for (int x = 0; x < sources.size(); x++) {
        for (int y = x + 1; y < sources.size(); y++) {
          if (!Sides.same(sources.get(x).actor(), sources.get(y).actor())) {
            out.add(new Arg[] {sources.get(x), sources.get(y)});
          }
        }
      }
    }
    return out;
  }
}
