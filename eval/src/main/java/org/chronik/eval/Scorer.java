package org.chronik.eval;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;

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
        : EventScorer.score(orEmpty(g.events()), orEmpty(g.notEvents()), output.find(Layer.EVENTS).orElse(List.of()), body);
    LayerScore quotes = g.quotes() == null && g.notQuotes() == null ? null
        : QuoteScorer.score(orEmpty(g.quotes()), orEmpty(g.notQuotes()), output.find(Layer.QUOTES).orElse(List.of()), body);
    return new DocumentScore(g.document(), g.documentType(), actors, time, events, quotes);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
