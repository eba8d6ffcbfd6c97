package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.IntFunction;
import org.chronik.model.ActorRef;
import org.chronik.model.Quote;
import org.chronik.model.Span;

/**
 * The speakers an anaphor may stand for (Anaphora): the speaker of the reported speech a word stands
 * in, or of the last quotation before a sentence. Never a news medium, never a speaker without a
 * country. One per document.
 */
final class QuoteSpeakers {
  private static final String MEDIA = "MED";

  private final List<Quote> quotes;
  private final IntFunction<SentenceView> sentences;
  private final int sentencesBack;

  /**
   * @param quotes the document's quotations
   * @param sentences the sentence of an index made available so far, or null
   * @param sentencesBack how many sentences back the last quotation may end
   */
  QuoteSpeakers(List<Quote> quotes, IntFunction<SentenceView> sentences, int sentencesBack) {
    this.quotes = quotes;
    this.sentences = sentences;
    this.sentencesBack = sentencesBack;
  }

  /**
   * The speaker of the reported speech an impersonal subject stands in ("Der Minister teilte mit, man
   * werde … verzichten": the minister's side), when it has a country; null outside reported speech.
   */
  ActorRef speaker(Span word) {
    for (Quote q : quotes) {
      if (q.span().contains(word) && q.speaker() != null && q.speaker().country() != null && !MEDIA.equals(q.speaker().sector())) {
        return q.speaker();
      }
    }
    return null;
  }

  /**
   * The speaker of the last quotation that ends before this sentence, within the last sentences, when
   * it has a country: what "diese Darstellung", "die Aussage" refers back to.
   */
  ActorRef lastSpeaker(SentenceView s) {
    SentenceView first = sentences.apply(Math.max(0, s.sentence.index() - sentencesBack));
    int from = first == null ? s.sentence.span().begin() : first.sentence.span().begin();
    Quote last = null;
    for (Quote q : quotes) {
      boolean before = q.span().end() <= s.sentence.span().begin() && q.span().end() > from;
      if (before && (last == null || q.span().end() > last.span().end())) {
        last = q;
      }
    }
    boolean fits = last != null && last.speaker() != null && last.speaker().country() != null && !MEDIA.equals(last.speaker().sector());
    return fits ? last.speaker() : null;
  }
}
