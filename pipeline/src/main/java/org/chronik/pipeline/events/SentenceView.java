package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/** A parsed sentence with child lists and the actor mentions found on each token. */
final class SentenceView {
  final Sentence sentence;
  final String body;
  private final List<List<Integer>> children = new ArrayList<>();
  private final TokenMentions onTokens;
  /** Relations corrected by the case check, or null where the parser's stand. */
  private final String[] corrected;
  /** Heads with the outer preposition of a stacked pair moved onto its noun ({@link StackedPrepositions}). */
  private final int[] heads;

  private final EventGrammar grammar;
  private final CaseReader cases;

  /** What every sentence of a document is read with: the body, its annotations and the language's knowledge. */
  record Context(String body, List<Mention> mentions, List<org.chronik.model.TimeExpression> times, CaseReader cases,
      EventGrammar grammar, java.util.function.Predicate<String> actNoun, java.util.function.Predicate<String> stimulusVerb) {}

  SentenceView(Sentence parsed, Context context) {
    Sentence sentence = RelativeDeterminer.repair(parsed, context.grammar());
    this.sentence = sentence;
    this.body = context.body();
    this.grammar = context.grammar();
    this.cases = context.cases();
    int n = sentence.size();
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    heads = StackedPrepositions.heads(sentence);
    corrected = new String[n];
    TopicLabel.repair(sentence, heads, corrected);
    DativeDeterminer.repair(sentence, heads, corrected, context.grammar());
    for (int i = 0; i < n; i++) {
      if (heads[i] >= 0 && heads[i] < n) {
        children.get(heads[i]).add(i);
      }
    }
    onTokens = new TokenMentions(sentence, context.mentions(), context.times());
    Voice.markFutures(this, corrected);
    CountedObject.repair(this, corrected);
    VerbFirstConjunct.repair(this, corrected);
    SubjectCheck.repair(this, context.cases(), context, corrected);
  }

  int size() {
    return sentence.size();
  }

  EventGrammar grammar() {
    return grammar;
  }

  /** What the language's word forms say about case, number and gender. */
  CaseReader cases() {
    return cases;
  }


  /** True when the token is part of a time expression ("am Dienstag", "im März 2024"). */
  boolean inTime(int i) {
    return onTokens.inTime(i);
  }

  Token token(int i) {
    return sentence.token(i);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  int head(int i) {
    return heads[i];
  }

  String deprel(int i) {
    String d = corrected[i] != null ? corrected[i] : sentence.token(i).deprel();
    return d == null ? "" : d.toLowerCase(Locale.ROOT);
  }

  /** The relation without its subtype: "nmod:poss" → "nmod". */
  String baseRel(int i) {
    String d = deprel(i);
    int c = d.indexOf(':');
    return c < 0 ? d : d.substring(0, c);
  }

  String lemma(int i) {
    Token t = sentence.token(i);
    String l = t.lemma() == null || t.lemma().isBlank() ? t.text() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return sentence.token(i).text().toLowerCase(Locale.ROOT);
  }

  String upos(int i) {
    String u = sentence.token(i).upos();
    return u == null ? "" : u;
  }

  String xpos(int i) {
    String x = sentence.token(i).xpos();
    return x == null ? "" : x;
  }

  /** True when the token's tag marks it plural (the language's {@code PLURAL_FEATURE}: "VER:3:PLU:PRT"). */
  boolean plural(int i) {
    return grammar.pluralTag(xpos(i));
  }

  /** Any mention on the token, places included. */
  Mention anyMention(int i) {
    return onTokens.any(i);
  }

  /** All acting actors a token stands for: one, or several for a plural reference ("beide Länder"). */
  List<Mention> mentions(int i) {
    return onTokens.acting(i);
  }

  /** The mention on the token when it names an actor that can act: a country-level key, not a place. */
  Mention mention(int i) {
    Mention m = anyMention(i);
    return m != null && TokenMentions.acts(m) ? m : null;
  }

  /** The preposition of a nominal dependent ("mit" for "mit Putin"), or null. */
  String preposition(int i) {
    for (int c : children(i)) {
      if (baseRel(c).equals("case") && !upos(c).equals("PUNCT")) {
        return lemmaOrWord(c);
      }
    }
    return null;
  }

  private String lemmaOrWord(int c) {
    // contracted forms ("zur" → "zu der") carry the preposition as the syntactic word
    return word(c);
  }

  boolean isVerbal(int i) {
    String u = upos(i);
    return u.equals("VERB") || u.equals("AUX");
  }

  /** A verb form with person or an imperative, by the language's {@code FINITE_TAG} rows (VER:3:SIN:PRT, VVFIN). */
  boolean isFinite(int i) {
    return isVerbal(i) && grammar.isTag(EventGrammar.Kind.FINITE_TAG, xpos(i));
  }

  /** A finite verb, or a main verb the lexicon does not know (no tag) heading the sentence. */
  boolean hasFiniteVerb() {
    for (int i = 0; i < size(); i++) {
      if (isFinite(i) || isVerbal(i) && xpos(i).isEmpty() && head(i) < 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the verb is passive ({@link Voice#isPassive}). */
  boolean isPassive(int verb) {
    return Voice.isPassive(this, verb);
  }

  /** True when the parser's nsubj:pass of an active verb is its object ({@link Voice#passiveSubjectIsObject}). */
  boolean passiveSubjectIsObject(int verb) {
    return Voice.passiveSubjectIsObject(this, verb);
  }

  /** Subjects of a verb: nsubj, or for a "sein" perfect the parser's nsubj:pass. */
  List<Integer> subjects(int verb) {
    return Voice.subjects(this, verb);
  }

  /** The clause a token belongs to: itself if verbal, else the nearest verbal (or predicative) ancestor. */
  int clauseHead(int i) {
    int cur = i;
    int guard = 0;
    while (cur >= 0 && guard++ < size()) {
      if (isVerbal(cur) || hasCopula(cur)) {
        return cur;
      }
      cur = head(cur);
    }
    return i;
  }

  /**
   * The noun a relative pronoun stands for: the pronoun opens a clause attached to that noun ("die
   * Ukraine, die von Russland angegriffen wurde"; "der Minister, dem X vorwarf"); -1 for any other
   * token. Read from the tree, so no word list is needed.
   */
  int antecedent(int i) {
    int clause = head(i);
    if (!upos(i).equals("PRON") || clause < 0 || !baseRel(clause).equals("acl")) {
      return -1;
    }
    int noun = head(clause);
    if (noun < 0 || noun >= i) {
      return -1;
    }
    for (int t = noun + 1; t < i; t++) {
      boolean inClause = t == clause || head(t) == clause || head(t) >= 0 && head(head(t)) == clause;
      if (inClause && !upos(t).equals("PUNCT") && !upos(t).equals("ADP")) {
        return -1;
      }
    }
    return noun;
  }

  boolean hasCopula(int i) {
    for (int c : children(i)) {
      if (deprel(c).equals("cop")) {
        return true;
      }
    }
    return false;
  }
}
