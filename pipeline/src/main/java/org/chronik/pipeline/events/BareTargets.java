package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition narrows what a verb's act is, never who a preposition names: a verb pattern with an
 * object or dependent condition ("fordern" + "Bestrafung") reads, after its own target slots, the
 * prepositional target slots of the bare pattern of its verb ("fordern": "von X", "in einer Note an
 * X"). The most specific pattern wins at a token (RuleMatcher), so without this a party named by such
 * a phrase is lost. Only prepositional slots: the other slots a specific pattern leaves out it leaves
 * out on purpose (the genitive of "Freilassung" is the detainee, not the one asked; the object of "zu
 * Streiks aufrufen" is the callers' own members).
 */
final class BareTargets {
  private BareTargets() {}

  static List<EventRule> inherit(List<EventRule> rules) {
    Map<String, List<Slot>> bare = new HashMap<>();
    for (EventRule r : rules) {
      if (r.kind() == EventRule.Kind.VERB && !conditioned(r) && !r.reflexive()) {
        for (String lemma : r.lemmas()) {
          List<Slot> slots = bare.computeIfAbsent(lemma, k -> new ArrayList<>());
          r.target().stream().filter(t -> t.type() == Slot.Type.PREP && !slots.contains(t)).forEach(slots::add);
        }
      }
    }
    List<EventRule> out = new ArrayList<>(rules.size());
    for (EventRule r : rules) {
      out.add(r.kind() == EventRule.Kind.VERB && conditioned(r) ? withTargets(r, bare) : r);
    }
    return out;
  }

  /** A pattern with a condition on its object, a dependent or its doer ("treffen" with a weapon as subject is no bare "treffen"). */
  private static boolean conditioned(EventRule r) {
    return !r.objects().isEmpty() || !r.dependents().isEmpty() || !r.subj().isEmpty() || !r.labels().isEmpty();
  }

  private static EventRule withTargets(EventRule r, Map<String, List<Slot>> bare) {
    List<Slot> target = new ArrayList<>(r.target());
    for (String lemma : r.lemmas()) {
      bare.getOrDefault(lemma, List.of()).stream().filter(t -> !target.contains(t)).forEach(target::add);
    }
    if (target.size() == r.target().size()) {
      return r;
    }
    return new EventRule(r.id(), r.kind(), r.lemmas(), r.objects(), r.dependents(), r.unless(), r.nosubj(), r.subj(), r.labels(), r.reflexive(),
        r.mutual(), r.source(), List.copyOf(target), r.code(), r.examples(), r.nearMisses(), r.origin());
  }
}
