package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;
import org.chronik.pipeline.events.CaseReader.Number;

/**
 * Subject–verb agreement where case cannot tell subject from object: "Ein militärisches Abenteuer
 * der Türkei wollen die Amerikaner verhindern" is object-first, for the singular "ein Abenteuer"
 * cannot be the subject of the plural "wollen"; the one other phrase that may be nominative and
 * agrees with the finite verb is. The finite verb is the clause's finite auxiliary or modal when it
 * has one ("hat … verweigert", "wollen … verhindern"), else the verb itself. Acts only when the
 * words tell one number for the finite verb and none of its numbers for the parser's subject, a name
 * or a noun whose number an article pins, not coordinated (titles of one person: "der Bürgermeister
 * und Senator").
 */
final class NumberAgreement {
  private NumberAgreement() {}

  /** The one other phrase that agrees with the finite verb when the parser's subject cannot; else empty. */
  static List<Integer> agreeingInstead(SentenceView s, CaseReader cases, int verb, int subject, List<Integer> others) {
    Set<Number> finite = finiteNumbers(s, cases, verb);
    if (finite.size() != 1) {
      return List.of();
    }
    // a coordinated subject may be one person's titles ("der Bürgermeister und Justizsenator"): only its word forms count
    Set<Number> own = cases.subjectNumbers(s, subject);
    // and only an article pins a common noun's number ("Bewaffnete" is plural too, though the lexicon may not say so)
    boolean pinned = hasArticle(s, subject) || s.upos(subject).equals("PROPN");
    if (own.isEmpty() || own.stream().anyMatch(finite::contains) || coordinated(s, subject) || !pinned) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int o : others) {
      Set<Case> c = cases.cases(s, o);
      Set<Number> n = numbers(s, cases, o);
      if ((c.isEmpty() || c.contains(Case.NOM)) && n.stream().anyMatch(finite::contains)) {
        out.add(o);
      }
    }
    return out.size() == 1 ? out : List.of();
  }

  /**
   * False when the words tell that the phrase cannot be the subject of the verb's finite form: "Die
   * Sanktionen der EU trafen Russland" cannot have the singular "Russland" as subject of "trafen".
   */
  static boolean mayAgree(SentenceView s, CaseReader cases, int verb, int phrase) {
    Set<Number> finite = finiteNumbers(s, cases, verb);
    Set<Number> own = numbers(s, cases, phrase);
    return finite.size() != 1 || own.isEmpty() || own.stream().anyMatch(finite::contains);
  }

  /** The numbers of the clause's finite form: a finite auxiliary's, else the verb's own. */
  private static Set<Number> finiteNumbers(SentenceView s, CaseReader cases, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).startsWith("aux") && s.isFinite(c)) {
        return cases.verbNumbers(s, c);
      }
    }
    return s.isFinite(verb) ? cases.verbNumbers(s, verb) : Set.of();
  }

  /** Coordinated phrases ("Israel und die USA") are plural; else what the word forms allow. */
  private static Set<Number> numbers(SentenceView s, CaseReader cases, int phrase) {
    return coordinated(s, phrase) ? EnumSet.of(Number.PLURAL) : cases.subjectNumbers(s, phrase);
  }

  private static boolean hasArticle(SentenceView s, int phrase) {
    return s.children(phrase).stream().anyMatch(c -> s.baseRel(c).equals("det") && s.upos(c).equals("DET"));
  }

  private static boolean coordinated(SentenceView s, int phrase) {
    return s.children(phrase).stream().anyMatch(c -> s.baseRel(c).equals("conj"));
  }
}
