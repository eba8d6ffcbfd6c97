package org.chronik.eval;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;

/** Scores one system output against its gold file: the one entry point of the scoring rules. */
public final class Scorer {
  private Scorer() {}

  /**
   * @param gold a gold document; its snippets are located in the output's body here
   * @param output the system's annotated document for the same text
   * @throws GoldFormatException when a gold snippet does not occur in the body
   */
  public static DocumentScore score(GoldDocument gold, AnnotatedDocument output) {
    String body = output.article().body();
    GoldDocument g = gold.locate(body);
    LayerScore actors = g.actors() == null ? null
        : ActorScorer.score(g.actors(), output.find(Layer.ACTORS).orElse(List.of()), body);
    LayerScore time = g.timeExpressions() == null ? null
        : TimeScorer.score(g.timeExpressions(), output.find(Layer.TIMEX).orElse(List.of()), body);
    EventScorer.Result events = g.events() == null && g.notEvents() == null ? null
        : EventScorer.score(orEmpty(g.events()), orEmpty(g.notEvents()), output.find(Layer.EVENTS).orElse(List.of()),
            output.find(Layer.EVENT_CANDIDATES).orElse(List.of()), body);
    LayerScore quotes = g.quotes() == null && g.notQuotes() == null ? null
        : QuoteScorer.score(orEmpty(g.quotes()), orEmpty(g.notQuotes()), quotedSpeech(output), body);
    return new DocumentScore(g.document(), g.documentType(), actors, time, events, quotes);
  }

  /**
   * The gold quotes layer is reported speech in quotation marks (direct quotes and quoted fragments);
   * indirect speech without marks is outside it, so it is neither credited nor counted against.
   */
  private static List<Quote> quotedSpeech(AnnotatedDocument output) {
    return output.find(Layer.QUOTES).orElse(List.of()).stream().filter(q -> q.type() == QuoteType.DIRECT || q.type() == QuoteType.PARTIAL).toList();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
