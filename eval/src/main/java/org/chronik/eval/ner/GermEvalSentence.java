package org.chronik.eval.ner;

import java.util.List;

/**
 * One sentence of the GermEval 2014 NER data.
 *
 * @param url the source address from the sentence's {@code #} line
 * @param date the date from the {@code #} line ("2010-01-16"), or null
 * @param tags the outer-layer BIO tags as in the file ("B-PER", "I-LOCderiv", "O")
 */
public record GermEvalSentence(String url, String date, List<String> tokens, List<String> tags) {
  public GermEvalSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException("tokens and tags differ in length");
    }
  }
}
