package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;

/**
 * Whether a word stands in quoted words (a direct or partial quotation, not its speaker or cue): an
 * act noun there that re-mentions nothing ("„Wir nehmen die Gebiete ein, von denen Raketenangriffe
 * ausgehen“") is the speaker's word on any side's acts, and takes no actors from the acts the
 * article told around the quotation. Stateless.
 */
final class QuotedWords {
  private QuotedWords() {}

  static boolean contain(List<Quote> quotes, Span word) {
    for (Quote q : quotes) {
      boolean quoted = q.type() == QuoteType.DIRECT || q.type() == QuoteType.PARTIAL;
      if (quoted && q.span().contains(word) && (q.speakerSpan() == null || !q.speakerSpan().contains(word))
          && (q.cue() == null || !q.cue().contains(word))) {
        return true;
      }
    }
    return false;
  }
}
