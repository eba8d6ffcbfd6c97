package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;
import org.chronik.pipeline.events.CaseReader.Number;

/**
 * The subject of a perfect with a finite "haben" and no subject in the parse. The German model reads
 * the participle as a passive and writes the subject as its passive subject or object ("Am Freitag
 * hatten die Streitkräfte der Türkei bei einem Angriff Kommandeure getötet": "Streitkräfte" obj,
 * "Kommandeure" nsubj:pass). An active clause with a finite auxiliary has its subject in the clause:
 * the first of those phrases that may be nominative and agrees in number with the auxiliary is it;
 * a passive subject beside it is an object. A coordinated participle shares the first conjunct's
 * subject and is left alone, as is a clause where no phrase fits. Under a finite modal or future
 * auxiliary the "haben" is an infinitive ("sollen 80 Personen eine Wache angegriffen haben"): that
 * auxiliary is the one the subject agrees with, and the model may write the subject, a bare noun phrase
 * naming an actor, as an oblique; such a phrase is read too.
 */
final class PerfectSubject {
  private PerfectSubject() {}

  static void repair(SentenceView s, CaseReader cases, int verb, String[] corrected) {
    int aux = finitePerfectAuxiliary(s, verb, cases);
    // "hat noch Gelegenheit, die Auflagen zu erfüllen": haben with a zu-infinitive is no perfect
    if (aux < 0 || s.baseRel(verb).equals("conj") || Infinitives.hasZu(s, verb)) {
      return;
    }
    List<Integer> phrases = new ArrayList<>();
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      boolean object = rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("obl:arg") && s.preposition(c) == null
          || rel.equals("obl") && s.preposition(c) == null && s.mention(c) != null && c < verb;
      if (object && nominal(s, c) && !Dependents.isReflexive(s, c)) {
        phrases.add(c);
      }
    }
    Set<Number> auxNumbers = cases.verbNumbers(s, aux);
    for (int p : phrases) {
      if (maySubject(s, cases, p, auxNumbers)) {
        corrected[p] = "nsubj";
        for (int o : phrases) {
          if (o != p && s.deprel(o).equals("nsubj:pass")) {
            corrected[o] = "obj";
          }
        }
        return;
      }
    }
  }

  /**
   * The finite auxiliary of the verb's haben perfect, or -1: the "haben" itself, or, when another
   * auxiliary stands beside it ("soll … getötet haben", "wird … getötet haben"), that one, since the
   * "haben" is then an infinitive.
   */
  private static int finitePerfectAuxiliary(SentenceView s, int verb, CaseReader cases) {
    int perfect = -1;
    int other = -1;
    for (int c : s.children(verb)) {
      if (Voice.perfectAuxiliary(s, c)) {
        perfect = perfect < 0 ? c : perfect;
      } else if (s.deprel(c).equals("aux") && other < 0) {
        other = c;
      }
    }
    int finite = other >= 0 && perfect >= 0 ? other : perfect;
    return finite >= 0 && !cases.verbNumbers(s, finite).isEmpty() ? finite : -1;
  }

  /** May be nominative and agree with the auxiliary; coordinated phrases ("Israel und die USA") are plural. */
  private static boolean maySubject(SentenceView s, CaseReader cases, int phrase, Set<Number> auxNumbers) {
    Set<Case> own = cases.cases(s, phrase);
    if (!own.isEmpty() && !own.contains(Case.NOM)) {
      return false;
    }
    boolean coordinated = s.children(phrase).stream().anyMatch(c -> s.baseRel(c).equals("conj"));
    Set<Number> numbers = coordinated ? Set.of(Number.PLURAL) : cases.subjectNumbers(s, phrase);
    return numbers.isEmpty() || numbers.stream().anyMatch(auxNumbers::contains);
  }

  private static boolean nominal(SentenceView s, int t) {
    String u = s.upos(t);
    return u.equals("NOUN") || u.equals("PROPN") || u.equals("PRON");
  }
}
