package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The target of an act noun told as the subject of a verb of aim that takes a case object, no preposition
 * (grammar.tsv {@code AIM_CASE}: "gelten"): "Der Anschlag galt einem Posten der Armee", "Die Angriffe galten
 * den Stellungen der Rebellen". The object is what the act was aimed at, so it is the noun's target phrase
 * wherever the noun's own phrases name none; an act told so never takes the sides of an act told before in
 * their place (the AIM verbs with a preposition, "richtete sich gegen", are read by Dependents). Stateless.
 */
final class AimedObject {
  private AimedObject() {}

  /** The case objects of the {@code AIM_CASE} verb whose subject is the act noun {@code noun}; empty when none. */
  static List<Integer> of(SentenceView s, int noun) {
    int verb = s.head(noun);
    List<Integer> out = new ArrayList<>();
    if (verb < 0 || !s.baseRel(noun).equals("nsubj") || !s.grammar().is(EventGrammar.Kind.AIM_CASE, s.lemma(verb))) {
      return out;
    }
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      // the parser writes the dative as obj, iobj or obl:arg; a phrase with a preposition is no case object
      if ((rel.equals("obj") || rel.equals("iobj") || rel.equals("obl")) && s.preposition(c) == null) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether the act noun is told with such an object: it names its own target, found as an actor or not. */
  static boolean aimed(SentenceView s, int noun) {
    return !of(s, noun).isEmpty();
  }
}
