package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;

/**
 * Who states a judgment in his own words (slot {@code speaker}): a predicate noun with a copula inside
 * the content of a direct or indirect quotation is the speaker's verdict on the clause's subject, as a
 * verb of calling would be ("Aus Ankara hieß es, die Politik Athens sei ein Verstoß gegen den
 * Vertrag" is "Ankara nannte die Politik Athens einen Verstoß"; "Die Wahl sei eine Farce, so der
 * Außenminister"). The quotation's cue is a verb of this sentence or a {@code SPEAKING_PHRASE} ("so X");
 * its speaker is named in this sentence, has a country and is no news medium. Returns the head of the
 * speaker's phrase, whose mention the slot reads; empty for a predicate without copula ("die Verletzung
 * des Abkommens wurde gerügt"), for words outside any quotation, for a speaker named elsewhere, and for
 * an attribution phrase "laut X", "nach Angaben X".
 */
final class JudgingSpeaker {
  private static final String MEDIA = "MED";

  private JudgingSpeaker() {}

  static List<Integer> of(SentenceView s, int trigger, List<Quote> quotes) {
    if (!s.hasCopula(trigger)) {
      return List.of();
    }
    Span at = s.token(trigger).span();
    for (Quote q : quotes) {
      boolean content = q.type() == QuoteType.INDIRECT || q.type() == QuoteType.DIRECT;
      if (content && q.span().contains(at) && q.cue() != null && q.speaker() != null && q.speaker().country() != null
          && !MEDIA.equals(q.speaker().sector()) && q.speakerSpan() != null && s.sentence.span().contains(q.speakerSpan())
          && !q.speakerSpan().contains(at) && SpeakerAgent.spokenBy(s, q)) {
        int head = phraseHead(s, q.speakerSpan());
        return head < 0 ? List.of() : List.of(head);
      }
    }
    return List.of();
  }

  /** The token of the span whose head lies outside it. */
  private static int phraseHead(SentenceView s, Span span) {
    for (int i = 0; i < s.size(); i++) {
      int h = s.head(i);
      if (span.contains(s.token(i).span()) && (h < 0 || !span.contains(s.token(h).span()))) {
        return i;
      }
    }
    return -1;
  }
}
