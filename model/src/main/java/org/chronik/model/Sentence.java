package org.chronik.model;

import java.util.List;

/** One sentence: its span in the body and its tokens in order. */
public record Sentence(int index, Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(index, span, newTokens);
  }
}
