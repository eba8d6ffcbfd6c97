package org.chronik.pipeline.quotes;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.model.Quote;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;

/** Runs text through the shared German pipeline up to the sentences and then the quote finder. */
final class QuoteTesting {
  static final QuoteFinder FINDER = QuoteFinder.forLanguage("de");

  private QuoteTesting() {}

  static AnnotatedDocument parsed(String text) {
    Article article = Article.of("test", PartialDate.parse("2024-05-06"), text).withLanguage("de");
    Pipeline pipeline = Pipelines.shared();
    AnnotatedDocument doc = pipeline.upTo(Layer.SENTENCES).apply(article);
    if (pipeline.stages().stream().anyMatch(s -> s.produces().contains(Layer.MENTIONS))) {
      return pipeline.upTo(Layer.MENTIONS).apply(article);
    }
    return doc.with(Layer.MENTIONS, List.<Mention>of()); // until the actors stage is in the chain
  }

  static List<Quote> quotes(String text) {
    return FINDER.apply(parsed(text)).layer(Layer.QUOTES);
  }

  static String describe(List<Quote> quotes, String text) {
    StringBuilder b = new StringBuilder();
    for (Quote q : quotes) {
      b.append(q.type()).append(" [").append(q.text()).append("] cue=").append(q.cueText())
          .append(" speaker=").append(q.speakerSpan() == null ? null : q.speakerSpan().of(text))
          .append(" (").append(q.speaker() == null ? null : q.speaker().name()).append(")")
          .append(" source=").append(q.source() == null ? null : q.source().name()).append('\n');
    }
    return b.toString();
  }
}
