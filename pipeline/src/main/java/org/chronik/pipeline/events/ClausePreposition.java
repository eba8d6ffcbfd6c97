package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.pipeline.events.CaseReader.Case;

/**
 * A subordinate clause opened by a conjunction that is also a preposition (grammar.tsv
 * {@code CLAUSE_PREPOSITION}: "Als Kämpfer die Stadt Bentiu einnahmen, …"). The German model reads the
 * conjunction as the preposition of the clause's first noun phrase and leaves the verb without a
 * subject. Where the verb is active, has no subject of its own and stands after its phrases (a
 * verb-final clause), and the conjunction opens the clause (first word of the verb's phrase, after a
 * comma or at the start), that phrase is the subject when it may be nominative and agrees with the
 * finite verb. Not a phrase of a main clause ("Als Präsident hat er …": the clause has its subject),
 * nor of a passive ("Als Begründung wurde angegeben").
 */
final class ClausePreposition {
  private ClausePreposition() {}

  static void repair(SentenceView s, CaseReader cases, int verb, String[] corrected) {
    if (s.head(verb) < 0 || s.isPassive(verb) || hasSubject(s, verb)) {
      return;
    }
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if (c > verb && (rel.equals("obj") || rel.equals("obl") || rel.equals("iobj"))) {
        return; // a phrase after the verb: no verb-final clause
      }
    }
    for (int c : s.children(verb)) {
      int opener = opener(s, c);
      if (c > verb || !s.baseRel(c).equals("obl") || opener < 0 || opener != firstOf(s, verb)
          || opener > 0 && !s.upos(opener - 1).equals("PUNCT") || !nominal(s, c)) {
        continue;
      }
      Set<Case> own = cases.cases(s, c);
      if ((own.isEmpty() || own.contains(Case.NOM)) && NumberAgreement.mayAgree(s, cases, verb, c)) {
        corrected[c] = "nsubj";
      }
      return;
    }
  }

  /** The phrase's clause conjunction read as its preposition, or -1. */
  private static int opener(SentenceView s, int phrase) {
    for (int c : s.children(phrase)) {
      if (c < phrase && s.baseRel(c).equals("case") && s.grammar().is(EventGrammar.Kind.CLAUSE_PREPOSITION, s.word(c))) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasSubject(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> s.deprel(c).startsWith("nsubj") || s.deprel(c).startsWith("csubj")
        || s.deprel(c).equals("expl"));
  }

  /** The first word of the verb's phrase, punctuation aside. */
  private static int firstOf(SentenceView s, int verb) {
    int first = verb;
    for (int c : s.children(verb)) {
      if (!s.upos(c).equals("PUNCT")) {
        first = Math.min(first, firstOf(s, c));
      }
    }
    return first;
  }

  private static boolean nominal(SentenceView s, int t) {
    String u = s.upos(t);
    return u.equals("NOUN") || u.equals("PROPN");
  }
}
