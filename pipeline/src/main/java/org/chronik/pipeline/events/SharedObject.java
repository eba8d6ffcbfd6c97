package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.IntFunction;
import org.chronik.model.Mention;

/**
 * The object a coordinated verb shares with the verb before it. A second verb that has no subject of
 * its own and no object, or only a number or an adjective standing for the first verb's object
 * ("tötete sieben Demonstranten und nahm fünf fest", "umstellte das Gebäude und stürmte es" is the
 * pronoun's own), acts on the first verb's object: "nachdem die Armee die Stadt eingekesselt und
 * beschossen hatte". A second verb with a subject of its own keeps its own reading ("Russland griff die
 * Ukraine an, und die USA protestierten"). Read from the tree: relations and parts of speech only.
 */
final class SharedObject {
  private SharedObject() {}

  /** The objects of {@code verb}: its own, or those of the verb it is a conjunct of when its own are elided. */
  static List<Integer> of(SentenceView s, int verb, List<Integer> own) {
    int first = s.head(verb);
    if (first < 0 || !s.baseRel(verb).equals("conj") || !s.isVerbal(verb) || !s.isVerbal(first)
        || !s.subjects(verb).isEmpty() || s.isPassive(first) || !own.stream().allMatch(o -> elided(s, o))) {
      return own;
    }
    List<Integer> shared = Dependents.objects(s, first, -1).stream().filter(o -> o < verb && !elided(s, o)).toList();
    return shared.isEmpty() ? own : shared;
  }

  /**
   * The patient of a passive verb coordinated with an active one whose subject it shares: "Der Papst kam
   * in Lima an und wurde vom Staatschef Perus empfangen" (the Pope was received). The active verb's
   * subject is read as its own subject slot reads it ({@code subjects}). Empty when the
   * passive verb has a subject of its own or the first verb is passive too (read as such elsewhere); a
   * subject the actors stage knows without a country is left to the act's default, as before, and so is
   * an active clause whose object stands before its subject ("Der Anwalt hatte Beamte beschuldigt", parsed
   * with the officials as the subject).
   */
  static List<Integer> patientOfActive(SentenceView s, int verb, IntFunction<List<Integer>> subjects) {
    int first = s.head(verb);
    if (first < 0 || !s.baseRel(verb).equals("conj") || !s.isVerbal(first) || s.isPassive(first) || !s.subjects(verb).isEmpty()
        || s.children(verb).stream().anyMatch(c -> s.deprel(c).equals("nsubj:pass"))) {
      return List.of();
    }
    List<Integer> subject = subjects.apply(first);
    if (subject.stream().anyMatch(x -> Dependents.objects(s, first, -1).stream().anyMatch(o -> o < x))) {
      return List.of(); // an object before the subject: the parse of who did what in the first clause is in doubt
    }
    return subject.stream().filter(x -> x < verb && !countryless(s, x)).toList();
  }

  private static boolean countryless(SentenceView s, int token) {
    Mention m = s.anyMention(token);
    return m != null && m.actor() != null && m.actor().country() == null;
  }

  /** A number or adjective heading the object with no noun and no actor of its own: "fünf", "weitere". */
  private static boolean elided(SentenceView s, int token) {
    String pos = s.upos(token);
    boolean standIn = pos.equals("NUM") || pos.equals("ADJ") || pos.equals("DET");
    return standIn && s.anyMention(token) == null
        && s.children(token).stream().noneMatch(c -> s.upos(c).equals("NOUN") || s.upos(c).equals("PROPN"));
  }
}
