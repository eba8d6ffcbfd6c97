package org.chronik.spark;

import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Provenance;

/**
 * Annotates one partition's articles, one at a time as Spark pulls them. The pipeline is fetched
 * at the first article (an empty partition loads nothing); an article over the size limit, or one
 * the pipeline throws on, becomes a {@link Failure} and the partition goes on.
 */
final class AnnotatePartition implements FlatMapFunction<Iterator<ArticleData>, Outcome> {
  /** Counters the driver's progress lines read per finished task. */
  record Counters(LongAccumulator articles, LongAccumulator failures, LongAccumulator events) implements java.io.Serializable {}

  private final JobOptions options;
  private final AnnotatorFactory factory;
  private final Counters counters;

  AnnotatePartition(JobOptions options, AnnotatorFactory factory, Counters counters) {
    this.options = options;
    this.factory = factory;
    this.counters = counters;
  }

  @Override
  public Iterator<Outcome> call(Iterator<ArticleData> articles) {
    counters.articles().add(0); // an empty partition still reports, so the progress lines count every task
    return new Iterator<>() {
      private Function<Article, AnnotatedDocument> annotator;

      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Outcome next() {
        if (annotator == null) {
          annotator = factory.annotator(options);
        }
        Outcome outcome = annotate(articles.next(), annotator);
        if (outcome.failure() != null) {
          counters.failures().add(1);
        } else {
          counters.articles().add(1);
          counters.events().add(outcome.events());
        }
        return outcome;
      }
    };
  }

  Outcome annotate(ArticleData data, Function<Article, AnnotatedDocument> annotator) {
    Article article = data.article();
    if (article.body().length() > options.maxChars()) {
      return Outcome.failed(new Failure(article.source(), null, article.id(), Failure.SIZE, article.source()
          + " (article " + article.id() + "): over size: " + article.body().length() + " characters (limit "
          + options.maxChars() + ")"));
    }
    if (options.language() != null && (article.language() == null || article.language().isBlank())) {
      article = article.withLanguage(options.language());
    }
    try {
      AnnotatedDocument document = annotator.apply(article);
      return Outcome.of(data.month(), DocumentRows.of(document, Provenance.now(null)));
    } catch (RuntimeException | StackOverflowError e) {
      // a deep recursion on a strange text is this article's problem; other Errors end the task
      return Outcome.failed(new Failure(article.source(), null, article.id(), Failure.ANNOTATE, article.source()
          + " (article " + article.id() + "): annotation failed: " + firstLine(String.valueOf(e))));
    }
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
