package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Set;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.Lemmatizer;

/** A tagged sentence as the parse selector reads it: texts, UPOS and the lemmas a parse would not change. */
final class TaggedSentence {
  private final List<Token> tokens;
  private final String[] tags;
  private final String[] lemmas;
  private final TriggerWords.Words all;

  private TaggedSentence(List<Token> tokens, String[] tags, String[] lemmas, TriggerWords.Words all) {
    this.tokens = tokens;
    this.tags = tags;
    this.lemmas = lemmas;
    this.all = all;
  }

  static TaggedSentence of(Sentence sentence, Lemmatizer lemmatizer) {
    return of(sentence, lemmatizer, null);
  }

  /** The sentence with the finite verbs the tagger misread ({@link MistaggedVerbs}, may be null) read as verbs. */
  static TaggedSentence of(Sentence sentence, Lemmatizer lemmatizer, MistaggedVerbs mistagged) {
    List<Token> tokens = sentence.tokens();
    String[] tags = new String[tokens.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = upos(tokens.get(i));
    }
    if (mistagged != null) {
      for (int v : mistagged.find(tokens.stream().map(Token::text).toList(), List.of(tags))) {
        tags[v] = "VERB";
      }
    }
    String[] lemmas = new String[tokens.size()];
    for (int i = 0; i < lemmas.length; i++) {
      lemmas[i] = lemmatizer.lemma(tokens.get(i).text(), tags[i]);
    }
    if (mistagged != null) { // "wurde streng Überwacht": the lemmatizer lower-cases a capitalised verb
      for (int v : mistagged.capitalised().beforeParse(tokens, List.of(lemmas))) {
        tags[v] = "VERB";
        lemmas[v] = lemmatizer.lemma(tokens.get(v).text(), tags[v]);
      }
    }
    return new TaggedSentence(tokens, tags, lemmas, TriggerWords.Words.of(tokens.stream().map(Token::text).toList()));
  }

  private static String upos(Token t) {
    return t.upos() == null ? "" : t.upos();
  }

  int size() {
    return tokens.size();
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  String upos(int i) {
    return tags[i];
  }

  /** The lemma before separable particles are joined (which needs the parse). */
  String lemma(int i) {
    return lemmas[i];
  }

  boolean verbal(int i) {
    return upos(i).equals("VERB") || upos(i).equals("AUX");
  }

  /** Punctuation as the quote finder counts it: tagged so, or without a letter or digit. */
  boolean punct(int i) {
    return upos(i).equals("PUNCT") || text(i).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  TriggerWords.Words all() {
    return all;
  }

  /** Whether a condition of a rule (one of these words on a word of the sentence) may hold; true for none. */
  boolean mayHold(Set<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    for (int i = 0; i < size(); i++) {
      for (String w : words) {
        if (all.mayContain(lemma(i), text(i), w)) {
          return true;
        }
      }
    }
    return false;
  }
}
