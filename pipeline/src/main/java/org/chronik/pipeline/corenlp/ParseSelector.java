package org.chronik.pipeline.corenlp;

import java.util.BitSet;
import java.util.List;
import org.chronik.model.Sentence;

/**
 * Decides which sentences get a dependency parse, from the cheap layers (tokens, POS, NER) of the
 * whole text. A sentence left out keeps its tokens, POS and entity tags and gets no tree (every head
 * -1, every relation {@code dep}), as CoreNLP gives without its parser. Must be thread-safe and give
 * the same answer for the same input.
 */
public interface ParseSelector {
  /** Every sentence: CoreNLP's full output. */
  ParseSelector ALL = (text, sentences) -> {
    BitSet all = new BitSet();
    all.set(0, sentences.size());
    return all;
  };

  /**
   * @param text the text the sentences were read from (their spans point into it)
   * @param sentences the tagged sentences, without dependencies and lemmas
   * @return the indexes of the sentences to parse
   */
  BitSet select(String text, List<Sentence> sentences);
}
