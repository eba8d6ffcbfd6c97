package org.chronik.eval.quotes;

import java.util.List;
import org.chronik.model.Span;

/**
 * One annotated quotation of the Wikinews quotation corpus.
 *
 * @param type Direct, Indirect, Reported, FreeIndirect or IndirectFreeIndirect
 * @param spans the quotation's character spans (usually one)
 * @param speaker the spans naming the speaker; empty when the annotators gave none
 */
public record GoldQuote(String type, List<Span> spans, List<Span> speaker) {
  public GoldQuote {
    spans = List.copyOf(spans);
    speaker = List.copyOf(speaker);
  }

  public boolean overlaps(Span span) {
    return spans.stream().anyMatch(s -> s.overlaps(span));
  }

  /** The gold speaker words, lowercased and joined. */
  public String speakerText(String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : speaker) {
      b.append(s.of(text).toLowerCase(java.util.Locale.ROOT)).append(' ');
    }
    return b.toString();
  }

  public boolean speakerOverlaps(Span span) {
    return speaker.stream().anyMatch(s -> s.overlaps(span));
  }
}
