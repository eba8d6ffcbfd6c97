package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import org.chronik.eval.GoldDocument.GoldQuote;
import org.chronik.eval.GoldDocument.NotQuote;
import org.chronik.model.Quote;

/**
 * Quotes: a system quote matches a gold quote when its span contains the located {@code begins}
 * snippet. A system quote is correct when it matches a gold quote and contains no not_quote text
 * (a span that swallows a name in quotation marks is wrong). Speaker accuracy is over correct system
 * quotes: the speaker's canonical name must be one of the gold speakers of the quote it matches
 * (case, accents and hyphens folded).
 */
public final class QuoteScorer {
  private QuoteScorer() {}

  public static LayerScore score(List<GoldQuote> gold, List<NotQuote> notQuotes, List<Quote> system, String body) {
    int correct = 0;
    int speakerRight = 0;
    List<String> unmatched = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    boolean[] found = new boolean[gold.size()];
    for (Quote q : system) {
      if (q.span() == null) {
        unmatched.add("quote without span: " + Excerpt.quote(String.valueOf(q.text())));
        continue;
      }
      NotQuote notQuote = notQuotes.stream().filter(n -> q.span().contains(n.span())).findFirst().orElse(null);
      GoldQuote first = null;
      for (int g = 0; g < gold.size(); g++) {
        if (notQuote == null && q.span().contains(gold.get(g).span())) {
          found[g] = true;
          first = first == null ? gold.get(g) : first;
        }
      }
      String speaker = q.speaker() == null ? null : q.speaker().name();
      if (first == null) {
        unmatched.add(Excerpt.of(body, q.span()) + " by " + speaker
            + (notQuote == null ? "" : " (not a quote: " + Excerpt.quote(notQuote.text()) + ")"));
        continue;
      }
      correct++;
      if (first.speaker().stream().anyMatch(s -> Names.same(s, speaker))) {
        speakerRight++;
      } else {
        wrong.add(Excerpt.of(body, q.span()) + " by " + speaker + ", gold " + String.join(" | ", first.speaker()));
      }
    }
    RequiredRecall recall = RequiredRecall.of(gold, GoldQuote::required, g -> found[g],
        g -> Excerpt.quote(g.begins()) + " by " + String.join(" | ", g.speaker()));
    return new LayerScore(new Counts(system.size(), correct, recall.required(), recall.found(), correct, speakerRight), recall.missed(),
        unmatched, wrong);
  }
}
