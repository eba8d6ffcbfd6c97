package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * The tense of each clause of a parsed sentence, from the finite verb and the verbs around it:
 * auxiliary of the perfect + participle is past (Perfekt, Plusquamperfekt, "habe gesagt" of reported
 * speech); future auxiliary + infinitive is future; otherwise the finite verb's own form, told by the
 * lexicon (Präteritum vs present) or, for unknown words, by its ending. A clause without a finite verb
 * takes the tense of the nearest clause that has one.
 */
final class TenseDetector {
  private final TenseRules rules;
  private final Function<String, List<String>> lexiconTags;

  /** @param lexiconTags the lexicon's tags for a word form; empty when the word is unknown */
  TenseDetector(TenseRules rules, Function<String, List<String>> lexiconTags) {
    this.rules = rules;
    this.lexiconTags = lexiconTags;
  }

  /** The tense of every token's clause, indexed like the sentence's tokens. */
  Tense[] tenses(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Tense[] out = new Tense[tokens.size()];
    List<int[]> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || is(rules.clauseBreak(), tokens.get(i).xpos())) {
        if (i > start) {
          clauses.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    List<Tense> clauseTense = new ArrayList<>();
    for (int[] c : clauses) {
      clauseTense.add(clause(tokens.subList(c[0], c[1])));
    }
    for (int k = 0; k < clauses.size(); k++) {
      Tense t = clauseTense.get(k);
      for (int d = 1; t == Tense.UNKNOWN && d < clauses.size(); d++) { // nearest clause with a verb
        t = k - d >= 0 && clauseTense.get(k - d) != Tense.UNKNOWN ? clauseTense.get(k - d)
            : k + d < clauses.size() ? clauseTense.get(k + d) : Tense.UNKNOWN;
      }
      for (int i = clauses.get(k)[0]; i < clauses.get(k)[1]; i++) {
        out[i] = t;
      }
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = i > 0 ? out[i - 1] : Tense.UNKNOWN; // the punctuation between clauses
      }
    }
    return out;
  }

  Tense clause(List<Token> tokens) {
    Token finite = null;
    boolean participle = false;
    boolean infinitive = false;
    for (Token t : tokens) {
      if (finite == null && is(rules.finite(), t.xpos())) {
        finite = t;
      }
      participle |= is(rules.participle(), t.xpos());
      infinitive |= is(rules.infinitive(), t.xpos());
    }
    if (finite == null) {
      return Tense.UNKNOWN;
    }
    String lemma = finite.lemma() == null ? finite.text().toLowerCase(Locale.ROOT) : finite.lemma();
    Tense own = form(finite, lemma);
    if (is(rules.perfectAuxiliary(), lemma) && participle) {
      return Tense.PAST;
    }
    if (is(rules.futureAuxiliary(), lemma) && infinitive && !participle && own != Tense.PAST) {
      return Tense.FUTURE;
    }
    return own;
  }

  /** Null-safe membership: tokens may come without a tag. */
  private static boolean is(java.util.Set<String> tags, String tag) {
    return tag != null && tags.contains(tag);
  }

  private List<String> verbTags(String word) {
    return lexiconTags.apply(word).stream().filter(t -> t.startsWith(rules.verbTag())).toList();
  }

  /** Präteritum or present, from the form of the finite verb itself. */
  private Tense form(Token verb, String lemma) {
    String word = verb.text();
    List<String> tags = verbTags(word);
    if (tags.isEmpty()) {
      tags = verbTags(word.toLowerCase(Locale.ROOT));
    }
    boolean past = tags.stream().anyMatch(tag -> rules.pastTags().stream().anyMatch(tag::contains));
    boolean present = tags.stream().anyMatch(tag -> rules.presentTags().stream().anyMatch(tag::contains));
    if (!tags.isEmpty()) { // known word: Konjunktiv II alone ("wäre") counts as present
      return past && !present ? Tense.PAST : Tense.PRESENT;
    }
    String w = word.toLowerCase(Locale.ROOT);
    boolean ending = rules.pastEndings().stream().anyMatch(w::endsWith);
    return ending && !w.equals(lemma) ? Tense.PAST : Tense.PRESENT;
  }
}
