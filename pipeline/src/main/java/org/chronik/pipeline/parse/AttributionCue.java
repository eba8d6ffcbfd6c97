package org.chronik.pipeline.parse;

import java.util.List;
import org.chronik.pipeline.quotes.CueEntry;

/**
 * An attribution phrase of the quote lexicon ("laut", "nach Angabe", "so") and whether it may
 * stand at a word of a tagged sentence: each of its words is the word's text or may be its lemma
 * (particles joined or not), and a phrase whose speaker is the next noun ({@code speaker=next},
 * "…“, so der Minister") follows punctuation with no verb after it, as the quote finder requires.
 */
final class AttributionCue {
  private final List<TriggerWords> words;
  private final boolean speakerNext;

  AttributionCue(CueEntry entry) {
    this.words = entry.words().stream().map(w -> new TriggerWords(List.of(w))).toList();
    this.speakerNext = "next".equals(entry.role("speaker"));
  }

  boolean mayStartAt(TaggedSentence s, int i) {
    if (i + words.size() > s.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (words.get(k).candidates(s.lemma(i + k), s.text(i + k), s.all(), false).isEmpty()) {
        return false;
      }
    }
    if (speakerNext) {
      if (i == 0 || !s.punct(i - 1)) {
        return false;
      }
      for (int k = i + 1; k < s.size(); k++) {
        if (s.verbal(k)) {
          return false;
        }
      }
    }
    return true;
  }
}
