package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
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
  /** Clauses shorter than this many words are not taken as reported speech. */
  private static final int MIN_WORDS = 3;
  /** A clause mostly in quotation marks is a direct quotation, not indirect speech. */
  private static final double MAX_MARKED = 0.5;

  private final SpeechComplement complements;

  IndirectSpeech(QuoteLexicon lexicon) {
    this.complements = new SpeechComplement(lexicon);
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
      Span clause = complements.of(doc, tree, cue.anchor());
      Span before = s > 0 && statementFirst(doc, tree, cue.anchor()) ? tree(doc, s - 1) : null;
      if (clause != null && accept(doc, tree, clause)) {
        found.add(new Found(clause, withPhrases(cue, cues, clause), false));
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

  /**
   * A speech verb that names no speaker, an agentless passive ("Syrien wird aufgefordert, …, so der
   * Minister"), is said by the attribution phrase of its sentence outside the reported clause: the
   * phrase's cues go with the verb's, and {@link Attribution} takes its speaker when the verb has none.
   */
  private static List<Cue> withPhrases(Cue verb, List<Cue> cues, Span clause) {
    if (verb.speaker() != null) {
      return List.of(verb);
    }
    List<Cue> with = new ArrayList<>(List.of(verb));
    cues.stream().filter(c -> c.attribution() && c.speaker() != null && !clause.overlaps(c.span())).forEach(with::add);
    return with;
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
