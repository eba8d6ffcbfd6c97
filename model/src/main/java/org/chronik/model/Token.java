package org.chronik.model;

/**
 * One word of a sentence. Indices are 0-based within the sentence; {@code head} is -1 for the root.
 * Multi-word tokens (German "am" = "an dem") become several tokens sharing the surface span; {@code
 * text} is then the syntactic word ("an", "dem") and {@code surface} the characters of the body.
 *
 * @param lemma the lemma; for a separable verb the joined infinitive ("zusichern" for "sichert … zu")
 * @param xpos the fine morphological tag; for German the lexicon tag of the chosen reading, e.g.
 *     {@code VER:3:SIN:PRT:NON} (Präteritum), {@code VER:3:SIN:KJ1:NON} (Konjunktiv I), {@code
 *     SUB:NOM:PLU:FEM}; null when the lexicon does not know the word
 * @param ner the entity tag of the recognizer (PER, LOC, ORG, MISC) or "O"
 */
public record Token(
    int index,
    String text,
    String surface,
    Span span,
    String lemma,
    String upos,
    String xpos,
    String ner,
    int head,
    String deprel) {

  public Token withLemma(String newLemma) {
    return new Token(index, text, surface, span, newLemma, upos, xpos, ner, head, deprel);
  }

  public Token withLemma(String newLemma, String newXpos) {
    return new Token(index, text, surface, span, newLemma, upos, newXpos, ner, head, deprel);
  }

  /** The dependency relation without its subtype, in lower case ("nmod:poss" → "nmod"); "" when there is none. */
  public String baseRel() {
    if (deprel == null) {
      return "";
    }
    int c = deprel.indexOf(':');
    return (c < 0 ? deprel : deprel.substring(0, c)).toLowerCase(java.util.Locale.ROOT);
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}
