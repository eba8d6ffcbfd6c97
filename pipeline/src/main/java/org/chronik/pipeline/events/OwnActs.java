package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * When an act noun that a verb event took as its object ("verurteilte die Angriffe Russlands auf die
 * Ukraine") is an event of its own: only when the noun names its own agent in its own phrase (a
 * genitive, a "von" phrase, a nationality adjective) and that agent is no side of the verb event's
 * source. Its targets are the ones its own phrase names; a demand, appeal or offer that the verb
 * answers (rejects, meets, takes up) was addressed to the answering actor ({@code
 * codebooks/answered-acts.tsv}). Nothing is taken from context. Immutable.
 */
final class OwnActs {
  static final String RESOURCE = "/codebooks/answered-acts.tsv";

  /** The verb event that took the noun: its code, trigger, rule and sources. */
  record Taker(String code, int verb, EventRule rule, List<Arg> sources) {}

  private final Set<String> pairs;

  private OwnActs(Set<String> pairs) {
    this.pairs = Set.copyOf(pairs);
  }

  /** The standard table, {@link #RESOURCE}; the coder loads it once into its knowledge. */
  static OwnActs load() {
    return load(RESOURCE);
  }

  static OwnActs load(String resource) {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(OwnActs.class, resource), resource);
    Set<String> pairs = new HashSet<>();
    for (Tsv.Row row : table.rows()) {
      String answer = table.get(row, "answer");
      String answered = table.get(row, "answered");
      if (!answer.matches("\\d{2,4}") || !answered.matches("\\d{2,4}")) {
        throw new IllegalArgumentException(row.where() + ": expected two code prefixes: \"" + String.join("\t", row.fields()) + "\"");
      }
      pairs.add(answer + ">" + answered);
    }
    return new OwnActs(pairs);
  }

  /**
   * The noun event's actors, or null when the noun stays part of the verb's act (no agent of its own,
   * or one on the verb source's side).
   */
  ImplicitArguments.Filled fill(SentenceView s, int noun, EventRule rule, Taker taker, List<Arg> sources, List<Arg> targets) {
    List<Arg> own = own(s, noun, taker, sources);
    if (own.isEmpty()) {
      return null;
    }
    List<Arg> ownTargets = targets.stream().filter(t -> t.token() >= 0).toList();
    if (ownTargets.isEmpty()) {
      ownTargets = hungOnVerb(s, noun, rule, taker);
    }
    return new ImplicitArguments.Filled(own, answered(s, noun, rule.code(), taker, own, ownTargets), false, null);
  }

  /**
   * A prepositional phrase right after the noun that the parser hung on the verb ("verurteilte den Angriff
   * Nordkoreas | auf Südkorea"), when the noun's rule reads that preposition as its target and the verb's
   * rule does not.
   */
  private static List<Arg> hungOnVerb(SentenceView s, int noun, EventRule rule, Taker taker) {
    List<Arg> out = new ArrayList<>();
    for (int c : s.children(taker.verb())) {
      String preposition = s.preposition(c);
      if (c > noun && preposition != null && reads(rule, preposition) && !reads(taker.rule(), preposition) && adjacent(s, noun, c)) {
        ActorRef actor = ActorPhrase.actorRefOf(s, c);
        if (actor != null) {
          out.add(new Arg(actor, c));
        }
      }
    }
    return out;
  }

  private static boolean reads(EventRule rule, String preposition) {
    return rule.target().stream().anyMatch(slot -> slot.type() == Slot.Type.PREP && preposition.equals(slot.arg()));
  }

  /** Every token between the noun and the phrase belongs to one of the two. */
  private static boolean adjacent(SentenceView s, int noun, int phrase) {
    for (int t = noun + 1; t < phrase; t++) {
      if (!ActorPhrase.dominates(s, noun, t) && !ActorPhrase.dominates(s, phrase, t)) {
        return false;
      }
    }
    return true;
  }

  /** The sources named in the noun's own phrase that are no side of the verb event's sources. */
  private static List<Arg> own(SentenceView s, int noun, Taker taker, List<Arg> sources) {
    List<Arg> own = new ArrayList<>();
    for (Arg a : sources) {
      if (a.token() >= 0 && ActorPhrase.dominates(s, noun, a.token())
          && taker.sources().stream().noneMatch(v -> Sides.same(v.actor(), a.actor()))) {
        own.add(a);
      }
    }
    return own;
  }

  /**
   * The targets of a noun act the verb's act answers ("lehnte die Forderung Polens ab", "ging auf die
   * Forderung Irans ein"): the answering actors, when the noun's own phrase names an agent of its own
   * but no target.
   */
  List<Arg> answered(SentenceView s, int noun, String nounCode, Taker taker, List<Arg> sources, List<Arg> targets) {
    if (!targets.isEmpty() || !answers(taker.code(), nounCode) || own(s, noun, taker, sources).isEmpty()) {
      return targets;
    }
    return taker.sources().stream().filter(t -> t.token() >= 0).toList();
  }

  /** Whether an act of {@code answer} answers one of {@code answered} (any listed prefixes of the two). */
  boolean answers(String answer, String answered) {
    for (int a = 2; a <= answer.length(); a++) {
      for (int b = 2; b <= answered.length(); b++) {
        if (pairs.contains(answer.substring(0, a) + ">" + answered.substring(0, b))) {
          return true;
        }
      }
    }
    return false;
  }
}
