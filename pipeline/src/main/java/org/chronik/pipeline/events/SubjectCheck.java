package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;

/**
 * Checks the parser's subjects against grammatical case and swaps a subject with an object where
 * the word forms rule the parse out: "China hatte der EU gedroht" (the parser's subject "der EU" can
 * only be dative or genitive, so China is the subject), "Deutschland warf der Parteichef Defizite
 * vor" (only "der Parteichef" can be nominative). Acts only when exactly one other phrase fits. When
 * case cannot tell, a subject that is an act ("Eine Forderung der EU lehnte Israel ab") cannot do an
 * act: the one other phrase that names an actor is the subject, unless the verb is one whose subject
 * is the stimulus and whose object the one affected ("Die Raketentests Nordkoreas beunruhigen Japan").
 * When case tells nothing at all, word order does ({@link WordOrder}). A haben perfect without a
 * subject gets one from its other phrases ({@link PerfectSubject}).
 */
final class SubjectCheck {
  private SubjectCheck() {}

  static void repair(SentenceView s, CaseReader cases, SentenceView.Context context, String[] corrected) {
    for (int verb = 0; verb < s.size(); verb++) {
      if (!s.upos(verb).equals("VERB")) {
        continue;
      }
      ClausePreposition.repair(s, cases, verb, corrected); // "Als Kämpfer die Stadt einnahmen": the opener read as a preposition
      List<Integer> subjects = new ArrayList<>();
      List<Integer> others = new ArrayList<>();
      // in a haben perfect the parser's "passive subject" is an object ("hat die Kommission angegriffen")
      // (not a zu-infinitive under a full verb haben: "hat Gelegenheit, die Auflagen zu erfüllen")
      boolean perfect = s.passiveSubjectIsObject(verb) && s.children(verb).stream()
          .noneMatch(c -> s.deprel(c).equals("mark") && s.grammar().is(EventGrammar.Kind.INFINITIVE, s.word(c)));
      for (int c : s.children(verb)) {
        String rel = s.deprel(c);
        if (rel.equals("nsubj")) {
          subjects.add(c);
        } else if ((rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:arg") || perfect && rel.equals("nsubj:pass"))
            && s.preposition(c) == null && nominal(s, c)) {
          others.add(c);
        }
      }
      if (subjects.isEmpty()) {
        // no subject at all, two "passive subjects" of a haben perfect: the one only nominative is the subject;
        // else the first phrase that may be nominative and agrees with "haben" (PerfectSubject)
        List<Integer> nominative = perfect && others.size() > 1
            ? others.stream().filter(o -> cases.cases(s, o).equals(Set.of(Case.NOM))).toList() : List.of();
        if (nominative.size() == 1) {
          corrected[nominative.get(0)] = "nsubj";
        } else {
          PerfectSubject.repair(s, cases, verb, corrected);
        }
        continue;
      }
      if (subjects.size() == 1 && leadingNoun(s, cases, verb, subjects.get(0), corrected)) {
        continue;
      }
      if (subjects.size() != 1 || others.isEmpty()) {
        continue;
      }
      int subject = subjects.get(0);
      others.removeIf(o -> apposition(s, subject, o)); // "nannte Venizelos, der frühere Chef der Pasok, die Abmachung …"
      if (others.isEmpty()) {
        continue;
      }
      Set<Case> own = cases.cases(s, subject);
      boolean cannotBeSubject = !own.isEmpty() && !own.contains(Case.NOM);
      List<Integer> fitting = new ArrayList<>();
      for (int o : others) {
        Set<Case> c = cases.cases(s, o);
        boolean fits = cannotBeSubject ? c.isEmpty() || c.contains(Case.NOM) : c.equals(Set.of(Case.NOM)) && !own.equals(Set.of(Case.NOM));
        if (fits) {
          fitting.add(o);
        }
      }
      if (fitting.isEmpty() && !cannotBeSubject && (own.isEmpty() || own.contains(Case.ACC)) && s.upos(subject).equals("NOUN")
          && s.mention(subject) == null && context.actNoun().test(s.lemma(subject)) && !context.stimulusVerb().test(s.lemma(verb))) {
        for (int o : others) {
          Set<Case> c = cases.cases(s, o);
          if (s.mention(o) != null && (c.isEmpty() || c.contains(Case.NOM)) && NumberAgreement.mayAgree(s, cases, verb, o)) {
            fitting.add(o); // an act noun as subject with an actor as object: the parser read it object-first
          }
        }
      }
      if (cannotBeSubject && fitting.size() > 1) {
        fitting.retainAll(RelativeSubject.preferred(s, cases, verb, fitting)); // "die Staaten, die der Ukraine Waffen geliefert haben"
      }
      if (fitting.size() > 1) {
        fitting.removeIf(o -> s.mention(o) == null); // of several phrases that may be the subject, the one naming an actor
      }
      if (fitting.isEmpty() && !cannotBeSubject) {
        // a relative pronoun has its noun's number ("die Waffen, die China … geliefert hat": plural "die", singular "hat")
        int antecedent = s.upos(subject).equals("PRON") ? RelativePronoun.antecedent(s, subject) : -1;
        int numbered = antecedent >= 0 ? antecedent : subject;
        fitting.addAll(NumberAgreement.agreeingInstead(s, cases, verb, numbered, others)); // "ein Abenteuer … wollen die Amerikaner verhindern"
      }
      if (fitting.isEmpty() && !cannotBeSubject && !own.equals(Set.of(Case.NOM))) {
        fitting.addAll(WordOrder.earlierActor(s, cases, subject, others));
      }
      if (fitting.size() == 1) {
        int other = fitting.get(0);
        corrected[other] = "nsubj";
        corrected[subject] = own.contains(Case.DAT) && !own.contains(Case.ACC) ? "iobj" : "obj";
      }
    }
  }

  /**
   * A nominalised adjective that opens the sentence, which the parser read as an adverb ("Bewaffnete
   * griffen … Soldaten an"), is the subject when the lexicon knows the word itself (not a word it ends
   * in: "Deutlich") as a noun that may be nominative;
   * the parser's subject after the verb, if it may be accusative, is the object. The agent stays
   * unnamed; the ones attacked are not their own attackers.
   */
  private static boolean leadingNoun(SentenceView s, CaseReader cases, int verb, int subject, String[] corrected) {
    if (subject < verb || !s.children(verb).contains(0) || !s.upos(0).equals("ADJ") || !s.deprel(0).equals("advmod")) {
      return false;
    }
    Set<Case> lead = cases.cases(s, 0);
    Set<Case> own = cases.cases(s, subject);
    if (!cases.knownNoun(s, 0) || !lead.contains(Case.NOM) || !(own.isEmpty() || own.contains(Case.ACC))) {
      return false;
    }
    corrected[0] = "nsubj";
    corrected[subject] = "obj";
    return true;
  }

  /**
   * A phrase set off by a comma right after the subject's own phrase ("Venizelos, der frühere Chef der
   * Pasok, …") is the subject's apposition, though the parser hung it on the verb as an object: its
   * nominative tells nothing about who the subject is.
   */
  private static boolean apposition(SentenceView s, int subject, int other) {
    int first = other;
    int last = subject;
    for (int t = 0; t < s.size(); t++) {
      if (s.upos(t).equals("PUNCT")) {
        continue; // the parser hangs the commas on either phrase
      }
      if (t < first && ActorPhrase.dominates(s, other, t)) {
        first = t;
      }
      if (t > last && ActorPhrase.dominates(s, subject, t)) {
        last = t;
      }
    }
    return first > subject && first >= 2 && last == first - 2 && s.word(first - 1).equals(",");
  }

  private static boolean nominal(SentenceView s, int t) {
    String u = s.upos(t);
    return u.equals("NOUN") || u.equals("PROPN") || u.equals("PRON");
  }
}
