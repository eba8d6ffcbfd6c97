package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.CueKind;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.Tokens;

/**
 * Finds reported speech without quotation marks in one sentence: the clause a speech verb governs
 * ("Y sagte, man werde …"), a sentence attributed by a phrase ("Laut X ist …"), and a sentence in
 * the reported mood that goes on with the last speaker's words ("China sei gewillt …").
 */
final class IndirectSpeech {
  /** Relations from a speech verb to the clause it reports. */
  private static final Set<String> COMPLEMENTS = Set.of("ccomp", "parataxis", "xcomp");
  /** Clauses shorter than this many words are not taken as reported speech. */
  private static final int MIN_WORDS = 3;
  /** A clause mostly in quotation marks is a direct quotation, not indirect speech. */
  private static final double MAX_MARKED = 0.5;

  private final QuoteLexicon lexicon;

  IndirectSpeech(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A reported clause and the cues that attribute it. */
  record Found(Span span, List<Cue> cues, boolean needsCarriedSpeaker, QuoteType type) {
    Found(Span span, List<Cue> cues, boolean needsCarriedSpeaker) {
      this(span, cues, needsCarriedSpeaker, QuoteType.INDIRECT);
    }
  }

  List<Found> find(DocumentView doc, int s) {
    DependencyTree tree = doc.trees.get(s);
    List<Cue> cues = doc.cues.get(s);
    List<Found> found = new ArrayList<>();
    boolean verbCue = false;
    for (Cue cue : cues) {
      boolean predicate = cue.kind() == CueKind.REPORT && !cue.attribution(); // "ist der Meinung, dass …"
      if (cue.kind() != CueKind.VERB && !predicate || cue.attribution()) {
        continue;
      }
      verbCue = true;
      Span clause = complement(doc, tree, cue.anchor());
      Span before = s > 0 && statementFirst(doc, tree, cue.anchor()) ? tree(doc, s - 1) : null;
      if (clause != null && accept(doc, tree, clause)) {
        found.add(new Found(clause, List.of(cue), false));
      } else if (before != null) {
        // "Niemand wurde verletzt. Das teilte die Polizei mit.": the sentence before is what was said
        if (accept(doc, doc.trees.get(s - 1), before)) {
          found.add(new Found(before, List.of(cue), false));
        }
      } else if (clause == null) {
        Span act = ReportedSpeech.find(doc, tree, cue);
        if (act != null && accept(doc, tree, act) && found.stream().noneMatch(f -> f.span().overlaps(act))) {
          found.add(new Found(act, List.of(cue), false, QuoteType.REPORTED));
        }
      }
    }
    // "Laut X ist …", "Wie X mitteilte, sei …", "Nach Angaben X …": the clause an attribution phrase stands in
    List<Cue> attributing = cues.stream().filter(c -> c.attribution() || c.isAnaphor()).toList();
    for (Cue cue : attributing) {
      Span clause = attributedClause(tree, cue);
      if (clause != null && accept(doc, tree, clause)
          && found.stream().noneMatch(f -> f.type() == QuoteType.INDIRECT && f.span().overlaps(clause))) {
        found.add(new Found(clause, attributing, false));
      }
    }
    // an act attributed by a phrase ("Laut X forderte Y …") is reported with its attribution: indirect speech
    found.removeIf(f -> f.type() == QuoteType.REPORTED
        && found.stream().anyMatch(o -> o.type() == QuoteType.INDIRECT && o.span().overlaps(f.span())));
    if (verbCue || !found.isEmpty()) {
      return found;
    }
    Span sentence = tree.subtreeSpan(root(tree));
    if (accept(doc, tree, sentence) && doc.reportedMood(s)) {
      found.add(new Found(sentence, List.of(), true));
    }
    return found;
  }

  /** The speech verb's first word is a pronoun standing for a statement, as its object or (misparsed) subject ("Dies bestätigte X"). */
  private static boolean statementFirst(DocumentView doc, DependencyTree tree, int verb) {
    int first = 0;
    while (first < tree.size() && tree.isPunct(first)) {
      first++;
    }
    if (first >= tree.size() || tree.token(first).head() != verb) {
      return false;
    }
    String rel = tree.token(first).deprel();
    boolean argument = rel != null && (rel.startsWith("obj") || rel.startsWith("nsubj"));
    String upos = tree.token(first).upos();
    return argument && doc.attribution().morphology().refersToStatement(tree.token(first).text()) && ("PRON".equals(upos) || "DET".equals(upos));
  }

  /** The whole of sentence s. */
  private static Span tree(DocumentView doc, int s) {
    DependencyTree t = doc.trees.get(s);
    return t.subtreeSpan(root(t));
  }

  /** The main clause an attribution phrase or clause modifies: the subtree of the nearest verb above it that is not the cue's own. */
  private static Span attributedClause(DependencyTree tree, Cue cue) {
    // a "wie"-clause hangs on the clause it attributes; a phrase stands inside it
    int v = cue.kind() == CueKind.VERB || cue.kind() == CueKind.CLAUSE ? tree.token(cue.anchor()).head() : cue.anchor();
    for (int steps = 0; v >= 0 && steps < tree.size(); steps++) {
      if (Tokens.isVerb(tree.token(v)) || tree.child(v, "cop") >= 0) {
        return tree.subtreeSpan(v);
      }
      v = tree.token(v).head();
    }
    return tree.subtreeSpan(root(tree));
  }

  /** The clause the speech verb at {@code verb} reports, or null. */
  private Span complement(DocumentView doc, DependencyTree tree, int verb) {
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

  private static boolean accept(DocumentView doc, DependencyTree tree, Span clause) {
    int words = 0;
    for (Token t : tree.sentence().tokens()) {
      if (clause.contains(t.span()) && !"PUNCT".equals(t.upos())) {
        words++;
      }
    }
    return words >= MIN_WORDS && doc.markedShare(clause) < MAX_MARKED;
  }

  private static int root(DependencyTree tree) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).head() < 0) {
        return i;
      }
    }
    return 0;
  }
}
