package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * A word piece: a token, or a part of a hyphenated token ("US-Präsident" gives "US" and "Präsident").
 * Hyphen tokens themselves are no pieces. Whether the tokenizer split at the hyphen or not, the
 * pieces are the same, so dictionary forms are written as pieces too.
 *
 * @param hyphenBefore the body has a hyphen right before the piece (it is the tail of a compound)
 * @param hyphenAfter the body has a hyphen right after the piece (it is the first part of a compound)
 * @param token the token the piece comes from (for its NER tag and part of speech)
 */
record Piece(String text, int begin, int end, int sentence, Token token, boolean hyphenBefore, boolean hyphenAfter) {

  Span span() {
    return new Span(begin, end);
  }

  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean inCompound() {
    return hyphenBefore || hyphenAfter;
  }

  /** True when the tagger calls it a name, or, for tokens without tags, when it is capitalized. */
  boolean taggedName() {
    if (!tagged()) {
      return capitalized();
    }
    return "PER".equals(token.ner()) || "PROPN".equals(token.upos());
  }

  /** False for plain token lists without a tagger's output. */
  boolean tagged() {
    return token.upos() != null;
  }

  static List<Piece> of(String body, List<Sentence> sentences) {
    List<Piece> pieces = new ArrayList<>();
    for (Sentence sentence : sentences) {
      int lastBegin = -1;
      for (Token token : sentence.tokens()) {
        if (token.begin() == lastBegin) {
          continue; // second syntactic word of a contraction ("am" = "an dem") shares the surface
        }
        lastBegin = token.begin();
        split(body, sentence.index(), token, pieces);
      }
    }
    return pieces;
  }

  private static void split(String body, int sentence, Token token, List<Piece> out) {
    int begin = Math.max(0, Math.min(token.begin(), body.length()));
    int end = Math.max(begin, Math.min(token.end(), body.length()));
    String text = body.substring(begin, end);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isHyphen(text.charAt(i)) || text.charAt(i) == '/') {
        if (i > start) {
          int b = begin + start;
          int e = begin + i;
          out.add(new Piece(text.substring(start, i), b, e, sentence, token,
              b > 0 && isHyphen(body.charAt(b - 1)), e < body.length() && isHyphen(body.charAt(e))));
        }
        start = i + 1;
      }
    }
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }
}
