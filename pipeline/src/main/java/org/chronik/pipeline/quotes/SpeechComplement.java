package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.Tokens;

/**
 * The clause a speech verb reports ("Y sagte, man werde …", "machte klar, dass …", "Die Preise
 * steigen, sagte sie"), told apart from a second predicate the parser hung below the verb.
 */
final class SpeechComplement {
  /** Relations from a speech verb to the clause it reports. */
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "parataxis", "xcomp");

  private final QuoteLexicon lexicon;

  SpeechComplement(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The clause the speech verb at {@code verb} reports, or null. */
  Span of(DocumentView doc, DependencyTree tree, int verb) {
    for (int c : complementCandidates(tree, verb)) {
      String rel = tree.token(c).deprel();
      if (rel != null && COMPLEMENTS.contains(rel.split(":")[0]) && isClause(tree, c) && reportsSomething(tree, verb, c)) {
        return tree.subtreeSpan(c);
      }
      // the parser often hangs a reported clause as a relative or coordinated clause: take it when it is marked as reported
      boolean misattached = rel != null && (rel.startsWith("acl") || rel.equals("conj")) && c > verb && afterComma(tree, c);
      if (misattached && isClause(tree, c) && (tree.child(c, "mark") >= 0 || doc.reportedMood(tree, c))) {
        return tree.subtreeSpan(c);
      }
    }
    // "Die Preise steigen, sagte sie": the speech verb hangs off the clause it reports
    Token v = tree.token(verb);
    if ("parataxis".equals(v.deprel()) && v.head() >= 0 && v.head() < verb) {
      int head = v.head();
      int first = -1;
      int last = -1;
      for (int k = 0; k < verb; k++) {
        if (tree.dominates(head, k) && !tree.dominates(verb, k) && !tree.isPunct(k)) {
          first = first < 0 ? k : first;
          last = k;
        }
      }
      if (first >= 0) {
        return new Span(tree.token(first).begin(), tree.token(last).end());
      }
    }
    return null;
  }

  /** The verb's dependents, and those of a particle or predicative word it has ("machte klar, dass …"). */
  private static List<Integer> complementCandidates(DependencyTree tree, int verb) {
    List<Integer> out = new ArrayList<>(tree.children(verb));
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (c > verb && ("compound:prt".equals(rel) || "advmod".equals(rel) && "ADJ".equals(tree.token(c).upos()))) {
        out.addAll(tree.children(c));
      }
    }
    return out;
  }

  /** The clause starts after a comma: the first token of its subtree follows one. */
  private static boolean afterComma(DependencyTree tree, int head) {
    for (int k = 0; k < head; k++) {
      if (tree.dominates(head, k)) {
        // the parser may hang the comma on the clause itself
        return tree.token(k).text().equals(",") || k > 0 && tree.token(k - 1).text().equals(",");
      }
    }
    return head > 0 && tree.token(head - 1).text().equals(",");
  }

  /**
   * Whether the complement at {@code head} of the speech verb at {@code verb} is reported content.
   * A clause of its own always is: with a subject ("betonte, die Regierung werde helfen"), an
   * auxiliary, copula or conjunction of its own ("erklärte, dass …", "sagte, heute werde nicht
   * verhandelt"), or as a zu-infinitive ("kündigte an, die Hilfen zu erhöhen", "versprach, die
   * Gespräche fortzusetzen"). Without any of these, a participle after a speech verb in the perfect
   * is a second predicate of the same subject that the parser hung below the verb ("hatte die
   * Souveränität betont, die Invasion aber nicht verurteilt"): something done, not said. Other bare
   * complements are kept, since the parser often loses the subject of a real reported clause ("sagte
   * Rice, die USA hielten sich an …").
   */
  private boolean reportsSomething(DependencyTree tree, int verb, int head) {
    for (String rel : new String[] {"nsubj", "expl", "csubj", "aux", "cop", "mark"}) {
      if (tree.child(head, rel) >= 0) {
        return true;
      }
    }
    for (int c : tree.children(head)) {
      if ("PART".equals(tree.token(c).upos()) && lexicon.isInfinitiveMarker(tree.token(c).text())) {
        return true;
      }
    }
    ComplementShapes shapes = lexicon.complements();
    if (shapes == null) {
      return true;
    }
    String word = tree.token(head).text();
    return shapes.isZuInfinitive(word) || !(perfect(tree, verb, shapes) && shapes.isParticiple(word));
  }

  /** The speech verb stands in the perfect: a perfect auxiliary hangs below it, or it hangs below one. */
  private static boolean perfect(DependencyTree tree, int verb, ComplementShapes shapes) {
    for (int c : tree.children(verb)) {
      if (isPerfectAuxiliary(tree.token(c), shapes)) {
        return true;
      }
    }
    Token v = tree.token(verb);
    return v.head() >= 0 && isPerfectAuxiliary(tree.token(v.head()), shapes);
  }

  private static boolean isPerfectAuxiliary(Token t, ComplementShapes shapes) {
    return "AUX".equals(t.upos()) && shapes.isPerfectAuxiliary(t.lemma());
  }

  private static boolean isClause(DependencyTree tree, int head) {
    Token t = tree.token(head);
    return Tokens.isVerb(t) || tree.child(head, "cop") >= 0 || tree.child(head, "aux") >= 0 || tree.child(head, "nsubj") >= 0;
  }
}
