package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.Dependents.datives;
import static org.chronik.pipeline.events.Dependents.objects;
import static org.chronik.pipeline.events.Dependents.pastKicker;

import java.util.List;
import java.util.Set;

/**
 * The subject a verb's clause has, its own or one it shares: an infinitive or a coordinated verb
 * without one takes its governor's ("China ist bereit, X zu unterstützen", "trafen sich und
 * unterzeichneten"; an active verb coordinated with a passive one its patient: "wurden beschossen und
 * erwiderten das Feuer"); after a verb of object control the one asked ("warnte Peking davor, … zu
 * unterstützen"). Read by the subject slot (SlotReader) and by the pronoun binding (Anaphora).
 */
final class ClauseSubject {
  /** Relations inside one clause's object or adverbial phrase ("die Proteste als rechtmäßig"). */
  private static final Set<String> PHRASE_RELATIONS = Set.of("obj", "iobj", "obl", "nmod", "appos", "amod", "advmod");

  /** Verbs whose object, not subject, is the one who would do what their infinitive says. */
  private final Set<String> objectControl;
  private final AnaphorWords words;

  ClauseSubject(Set<String> objectControl, AnaphorWords words) {
    this.objectControl = objectControl;
    this.words = words;
  }

  /** The subject of a verb, its own or its governor's; empty when it has none. */
  List<Integer> of(SentenceView s, int verb) {
    int perfect = ClauseLinks.perfectGovernor(s, verb);
    int cur = perfect >= 0 && s.subjects(verb).isEmpty() ? perfect : verb; // "hatte Charkiw … angegriffen"
    for (int level = 0; cur >= 0 && level < 3; level++) {
      if (level > 0 && objectControl.contains(s.lemma(cur))) {
        // "warnte Peking davor, … zu unterstützen": the one warned is the one who would act
        List<Integer> objects = objects(s, cur, -1);
        objects.addAll(datives(s, cur, -1));
        if (!objects.isEmpty()) {
          return objects.subList(0, 1);
        }
      }
      List<Integer> subjects = s.subjects(cur);
      if (subjects.isEmpty() && level > 0 && s.isPassive(cur) && !s.isPassive(verb) && s.baseRel(verb).equals("conj")
          && s.head(verb) == cur && !Infinitives.hasZu(s, verb)) {
        // "IDF-Soldaten wurden beschossen und erwiderten das Feuer": the active conjunct shares the passive's patient
        // (not a zu-infinitive the parser coordinated: "wurde angewiesen, dem FBI zu helfen" tells no help given)
        subjects = Dependents.dependentsExact(s, cur, "nsubj:pass");
      }
      if (!subjects.isEmpty()) {
        int demonstrative = words.demonstrativeOn(s, subjects.get(0));
        return List.of(demonstrative >= 0 ? demonstrative : pastKicker(s, subjects.get(0)));
      }
      String rel = s.baseRel(cur);
      int up = s.head(cur);
      if (rel.equals("conj") && up >= 0 && up < cur && !s.isVerbal(up) && s.isVerbal(cur)) {
        // "bezeichnete die Proteste als rechtmäßig und forderte X auf": the parser hung the second verb on the
        // last word of the first clause; it shares that clause's subject
        int clause = objectClause(s, up);
        if (clause < 0 || clause > cur) {
          break;
        }
        up = clause;
      }
      if (rel.equals("acl") && up >= 0 && s.inTime(up) && Infinitives.hasZu(s, cur)) {
        up = s.head(up); // "beschloss am Montag, … einzurichten": the parser hung the infinitive on the time
      } else if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") && Infinitives.hasZu(s, cur))) {
        break;
      }
      cur = up;
    }
    return List.of();
  }

  /**
   * The verb whose object or adverbial phrase the word is part of, climbing only through that phrase's
   * relations (never through a subject or an unlabelled "dep" of another clause); -1 when there is none.
   */
  private static int objectClause(SentenceView s, int word) {
    int cur = word;
    for (int level = 0; cur >= 0 && level < 4; level++) {
      if (!PHRASE_RELATIONS.contains(s.baseRel(cur))) {
        return -1;
      }
      cur = s.head(cur);
      if (cur >= 0 && s.isVerbal(cur)) {
        return cur;
      }
    }
    return -1;
  }
}
