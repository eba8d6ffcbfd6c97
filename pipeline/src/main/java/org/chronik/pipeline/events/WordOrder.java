package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;

/**
 * Where case cannot tell subject from object, a reader takes the first of two actors as the subject
 * ("Japan soll Indien besuchen", "Die EU müsste der Türkei helfen"): the object-first reading needs a
 * case form that marks it. The parser often reads such clauses the other way round, above all with a
 * modal or auxiliary before the infinitive, and in relative clauses whose pronoun is as ambiguous as the
 * name after it ("Japan, das China drohte").
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
        .filter(o -> o < subject && namesActor(s, o) && mayBeNominative(cases.cases(s, o)))
        .toList();
    return before.size() == 1 ? before : List.of();
  }

  /**
   * The phrase names an actor, itself or as a relative pronoun through its noun: "Japan, das China mit
   * Konsequenzen drohte" (the parser took "das" for the object and China for the subject).
   */
  private static boolean namesActor(SentenceView s, int o) {
    if (s.mention(o) != null) {
      return true;
    }
    int antecedent = s.upos(o).equals("PRON") ? RelativePronoun.antecedent(s, o) : -1;
    return antecedent >= 0 && ActorPhrase.actorOf(s, antecedent) != null;
  }

  private static boolean mayBeNominative(Set<Case> c) {
    return c.isEmpty() || c.contains(Case.NOM);
  }
}
