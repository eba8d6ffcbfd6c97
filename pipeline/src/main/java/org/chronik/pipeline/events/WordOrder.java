package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;

/**
 * Where case cannot tell subject from object, a reader takes the first of two actors as the subject
 * ("Japan soll Indien besuchen", "Die EU müsste der Türkei helfen"): the object-first reading needs a
 * case form that marks it. The parser often reads such clauses the other way round, above all with a
 * modal or auxiliary before the infinitive.
 */
final class WordOrder {
  private WordOrder() {}

  /**
   * The one object phrase that names an actor, stands before the parser's subject and may be
   * nominative, when the subject names an actor too and may be other than nominative; else none.
   */
  static List<Integer> earlierActor(SentenceView s, CaseReader cases, int subject, List<Integer> objects) {
    if (s.mention(subject) == null) {
      return List.of();
    }
    List<Integer> before = objects.stream()
        .filter(o -> o < subject && s.mention(o) != null && mayBeNominative(cases.cases(s, o)))
        .toList();
    return before.size() == 1 ? before : List.of();
  }

  private static boolean mayBeNominative(Set<Case> c) {
    return c.isEmpty() || c.contains(Case.NOM);
  }
}
