package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Mention;

/**
 * Whom a verb of judgement speaks about when it names him in the clause it governs (slot
 * {@code report.nsubj}): "Schweden kritisierte, dass die Türkei den Luftraum verletze", "Dänemark
 * beanstandete, Polen halte sich nicht an die Regeln". The clause is a clausal complement opened by a
 * {@code COMPLEMENTIZER} or by none (reported speech: then in the subjunctive or after a complementizer hung
 * elsewhere, not "hofft auf Investitionen, auch die Ukraine ist zuversichtlich"), or, as the parser often hangs reported speech,
 * a parataxis after the verb in the subjunctive ({@code SUBJUNCTIVE_FEATURE}). Its active subject
 * counts when it names an actor itself (not only in a genitive or attribute: "die Wirtschaft Griechenlands")
 * who is not the speaker's own state body: no pronoun ("beklagte, er sei
 * …": mostly the speaker himself), no passive patient, and not the speaker's own state ("Der russische
 * Präsident kritisierte, dass Russland zu wenig produziere"), while a government may well criticise
 * its opposition.
 */
final class ReportedSubjects {
  private ReportedSubjects() {}

  /** The heads of the subjects the trigger's reported clauses are about; empty when none. */
  static List<Integer> of(SentenceView s, int trigger, ClauseSubject speakers) {
    List<Mention> speaker = new ArrayList<>();
    for (int t : speakers.of(s, trigger)) {
      Mention m = ActorPhrase.actorOf(s, t);
      if (m != null && m.actor() != null) {
        speaker.add(m);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int clause : clauses(s, trigger)) {
      if (s.isPassive(clause)) {
        continue;
      }
      for (int subject : s.subjects(clause)) {
        // the subject itself must name the actor: "dass die Zahl der Touristen aus China steigt" is about a number
        Mention m = s.upos(subject).equals("PRON") ? null : s.mention(subject);
        if (m != null && (m.actor() == null || speaker.stream().noneMatch(x -> Sides.oneState(x.actor(), m.actor())))) {
          out.add(subject);
        }
      }
    }
    return out;
  }

  /** The reported clauses of a verb: a clausal complement without a mark other than a complementizer, or a subjunctive parataxis after it. */
  static List<Integer> clauses(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      if (!(s.isVerbal(c) || s.hasCopula(c))) {
        continue;
      }
      String rel = s.baseRel(c);
      String mark = opener(s, c, "mark");
      boolean complementizer = mark != null && s.grammar().is(EventGrammar.Kind.COMPLEMENTIZER, mark);
      // an unmarked clause is reported speech in the subjunctive, or when a complementizer the parser hung elsewhere
      // stands before it ("hofft, dass China …" with "dass" as dep); "hofft auf mehr Investitionen, auch die Ukraine
      // ist zuversichtlich" is a second sentence, no hope about Ukraine (root46)
      boolean unmarkedReport = mark == null && (subjunctive(s, c) || complementizerBefore(s, verb, c));
      if (rel.equals("ccomp") && (unmarkedReport || complementizer)
          || rel.equals("parataxis") && c > verb && mark == null && subjunctive(s, c)
          || rel.equals("conj") && c > verb && s.grammar().is(EventGrammar.Kind.COMPLEMENTIZER, opener(s, c, "cc"))) {
        // "…, wie die Gespräche verliefen", "…, ob": a clause opened by another word says no such thing;
        // the parser sometimes coordinates a dass-clause with its verb ("dass" as cc): still its content
        out.add(c);
      }
    }
    return out;
  }

  /** A {@code COMPLEMENTIZER} word between the verb and the clause's head, wherever the parser hung it. */
  private static boolean complementizerBefore(SentenceView s, int verb, int clause) {
    for (int t = Math.min(verb, clause) + 1; t < Math.max(verb, clause); t++) {
      if (s.grammar().is(EventGrammar.Kind.COMPLEMENTIZER, s.word(t))) {
        return true;
      }
    }
    return false;
  }

  /** The word of the clause's first dependent with this relation ("mark", "cc"), or null. */
  private static String opener(SentenceView s, int clause, String rel) {
    for (int c : s.children(clause)) {
      if (s.baseRel(c).equals(rel)) {
        return s.word(c);
      }
    }
    return null;
  }

  /** The clause's verb, copula or one of its auxiliaries is in the subjunctive ("habe", "kontrolliere"). */
  private static boolean subjunctive(SentenceView s, int clause) {
    List<Integer> verbs = new ArrayList<>(List.of(clause));
    for (int c : s.children(clause)) {
      if (s.baseRel(c).equals("aux") || s.baseRel(c).equals("cop")) {
        verbs.add(c);
      }
    }
    for (int v : verbs) {
      for (String feature : s.grammar().tagFeatures(s.xpos(v))) {
        if (s.grammar().is(EventGrammar.Kind.SUBJUNCTIVE_FEATURE, feature)) {
          return true;
        }
      }
    }
    return false;
  }
}
