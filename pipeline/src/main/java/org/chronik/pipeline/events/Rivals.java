package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Two parties named as the subject of a fight for power or control with no opponent named ("In Libyen
 * kämpfen die Regierung und die Rebellen um die Kontrolle der Hauptstadt") fight each other: one
 * symmetric event between them. Only for a material-conflict rule (quad 4), a subject of exactly two
 * actors and a phrase of a {@code CONTEST_CASE} preposition ("um") on the trigger whose noun is a
 * {@code CONTESTED} prize of grammar.tsv ("Macht", "Kontrolle"): allies fighting side by side for
 * something else ("kämpfen um Einfluss", "kämpfen für die Freiheit") are no rivals.
 */
final class Rivals {
  private Rivals() {}

  /** The pair fighting each other, or an empty list. */
  static List<Arg[]> pair(SentenceView s, int trigger, int quad, List<Arg> sources) {
    List<Arg> sides = new ArrayList<>();
    for (Arg a : sources) {
      if (sides.stream().noneMatch(x -> x.actor().id().equals(a.actor().id()))) {
        sides.add(a);
      }
    }
    if (quad != 4 || sides.size() != 2 || !contest(s, trigger)) {
      return List.of();
    }
    return List.<Arg[]>of(new Arg[] {sides.get(0), sides.get(1)});
  }

  private static boolean contest(SentenceView s, int trigger) {
    EventGrammar g = s.grammar();
    for (int c : s.children(trigger)) {
      String p = s.preposition(c);
      if (p != null && g.is(EventGrammar.Kind.CONTEST_CASE, p) && g.is(EventGrammar.Kind.CONTESTED, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
