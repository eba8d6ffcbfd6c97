package org.chronik.pipeline.events;

import java.util.Set;

/**
 * The occasion adverbs of {@code words/occasion-adverbs.txt} ("dabei") for the parse selector: a
 * sentence whose act may take the doer of the sentence before (OccasionAgent) needs that sentence's tree.
 */
public final class OccasionWords {
  private OccasionWords() {}

  /** The adverbs, lower case. */
  public static Set<String> adverbs(EventLexicon lexicon) {
    return lexicon.lists().words(OccasionAgent.ADVERBS);
  }
}
