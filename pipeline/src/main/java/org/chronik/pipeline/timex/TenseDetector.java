package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * The tense of each clause of a parsed sentence. Verbs are the tokens with a verb POS tag; the lexicon's
 * readings of each verb form tell which can be finite, a participle or an infinitive. The finite verb
 * of a clause is its first auxiliary with a finite reading, else its first verb with one. Then:
 * perfect auxiliary + another verb that can be a participle is past (Perfekt, "habe gesagt" of reported
 * speech), or pluperfect when the auxiliary is itself past ("hatte … gesagt") — unless the auxiliary is
 * a stative one ("sein") and no participle is of a verb that forms its perfect with it: then it is a
 * state passive in the auxiliary's own tense ("war verboten"), or the future for a present one of
 * planning ("ist geplant"); future auxiliary + another verb that can be an infinitive, and no
 * participle, is future, and so is a prospective modal in the present with an infinitive that is not a
 * perfect one ("soll … stattfinden", "soll gewählt werden"); any other verb with a perfect infinitive
 * is past ("soll gereist sein"); otherwise the finite verb's own form (Präteritum or present). A clause without
 * a verb takes the tense of the nearest clause that has one.
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
      if (i == tokens.size() || is(rules.clauseBreakUpos(), tokens.get(i).upos())) {
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
    List<Token> verbs = tokens.stream().filter(t -> is(rules.verbUpos(), t.upos())).toList();
    Token finite = verbs.stream().filter(t -> is(rules.auxiliaryUpos(), t.upos()) && canBe(t, rules.finiteTags())).findFirst()
        .orElseGet(() -> verbs.stream().filter(t -> canBe(t, rules.finiteTags()) || verbTags(t).isEmpty()).findFirst().orElse(null));
    if (finite == null) {
      return Tense.UNKNOWN;
    }
    boolean participle = verbs.stream().anyMatch(t -> t != finite && canBe(t, rules.participleTags()));
    boolean infinitive = verbs.stream().anyMatch(t -> t != finite && canBe(t, rules.infinitiveTags()));
    String lemma = finite.lemma() == null ? finite.text().toLowerCase(Locale.ROOT) : finite.lemma();
    Tense own = form(finite, lemma);
    if (rules.perfectAuxiliary().contains(lemma) && participle) {
      if (rules.stativeAuxiliary().contains(lemma) && verbs.stream().noneMatch(t -> t != finite && endsIn(t, rules.stativeExceptions()))) {
        // a state passive: "war verboten" past, "ist verboten" present, "ist geplant" to come
        boolean planned = verbs.stream().anyMatch(t -> t != finite && endsIn(t, rules.prospectiveStative()));
        return own == Tense.PRESENT && planned ? Tense.FUTURE : own;
      }
      return own == Tense.PAST ? Tense.PLUPERFECT : Tense.PAST;
    }
    if (!rules.futureAuxiliary().contains(lemma) && perfectInfinitive(verbs, finite)) {
      return Tense.PAST; // a modal with a perfect infinitive reports the past: "soll abgereist sein"
    }
    if (rules.futureAuxiliary().contains(lemma) && infinitive && !participle && own != Tense.PAST) {
      return Tense.FUTURE;
    }
    if (rules.prospectiveAuxiliary().contains(lemma) && infinitive && own == Tense.PRESENT && !perfectInfinitive(verbs, finite)) {
      return Tense.FUTURE; // "soll im Oktober stattfinden", "soll gewählt werden"; not "soll gereist sein"
    }
    return own;
  }

  /** Präteritum or present, from the form of the finite verb itself. */
  private Tense form(Token verb, String lemma) {
    List<String> tags = verbTags(verb);
    boolean past = has(tags, rules.pastTags());
    boolean present = has(tags, rules.presentTags());
    if (!tags.isEmpty()) { // known word: Konjunktiv II alone ("wäre") counts as present
      return past && !present ? Tense.PAST : Tense.PRESENT;
    }
    String w = verb.text().toLowerCase(Locale.ROOT);
    boolean ending = rules.pastEndings().stream().anyMatch(w::endsWith);
    return ending && !w.equals(lemma) ? Tense.PAST : Tense.PRESENT;
  }

  /** True for a participle with a perfect auxiliary's infinitive: "abgereist sein", "gesagt haben". */
  private boolean perfectInfinitive(List<Token> verbs, Token finite) {
    boolean participle = verbs.stream().anyMatch(t -> t != finite && canBe(t, rules.participleTags()));
    return participle && verbs.stream().anyMatch(t -> t != finite && canBe(t, rules.infinitiveTags())
        && rules.perfectAuxiliary().contains(t.lemma() == null ? t.text().toLowerCase(Locale.ROOT) : t.lemma()));
  }

  /** True for a participle whose lemma ends in one of {@code endings} ("gereist": reisen). */
  private boolean endsIn(Token verb, List<String> endings) {
    if (!canBe(verb, rules.participleTags())) {
      return false;
    }
    String lemma = verb.lemma() == null ? verb.text().toLowerCase(Locale.ROOT) : verb.lemma().toLowerCase(Locale.ROOT);
    return endings.stream().anyMatch(lemma::endsWith);
  }

  private boolean canBe(Token verb, List<String> markers) {
    return has(verbTags(verb), markers);
  }

  private static boolean has(List<String> tags, List<String> markers) {
    return tags.stream().anyMatch(tag -> markers.stream().anyMatch(tag::contains));
  }

  /** The lexicon's verb readings of a form, as written or else lower-cased (sentence-initial verbs). */
  private List<String> verbTags(Token verb) {
    List<String> tags = verbTags(verb.text());
    return tags.isEmpty() ? verbTags(verb.text().toLowerCase(Locale.ROOT)) : tags;
  }

  private List<String> verbTags(String word) {
    return lexiconTags.apply(word).stream().filter(t -> t.startsWith(rules.verbTag())).toList();
  }

  /** Null-safe membership: tokens may come without a tag. */
  private static boolean is(Set<String> tags, String tag) {
    return tag != null && tags.contains(tag);
  }
}
