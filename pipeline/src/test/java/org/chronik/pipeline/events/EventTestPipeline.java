package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;

/**
 * Runs sentences through the shared German pipeline. When the shared chain does not yet end in the
 * event coder (actors/timex stages not merged), the parse is followed by the {@link TestActors}
 * double and a coder of its own.
 */
final class EventTestPipeline {
  private static final PartialDate CREATED = PartialDate.parse("2024-05-10");
  private static volatile Pipeline tail;

  private EventTestPipeline() {}

  static boolean complete() {
    return Pipelines.shared().stages().stream().anyMatch(s -> s.produces().contains(Layer.EVENTS));
  }

  static AnnotatedDocument analyze(String text) {
    return analyze(text, CREATED);
  }

  static AnnotatedDocument analyze(String text, PartialDate created) {
    Article article = Article.of("t" + Integer.toHexString(text.hashCode()), created, text);
    if (complete()) {
      return Pipelines.shared().apply(article);
    }
    AnnotatedDocument parsed = Pipelines.shared().upTo(Layer.SENTENCES).apply(article);
    return tail().apply(parsed);
  }

  static List<Event> events(String text) {
    return analyze(text).layer(Layer.EVENTS);
  }

  private static Pipeline tail() {
    if (tail == null) {
      synchronized (EventTestPipeline.class) {
        if (tail == null) {
          tail = Pipeline.of(new SentencesGiven(), new TestActors(), EventCoder.forLanguage("de"));
        }
      }
    }
    return tail;
  }

  /** Declares the parsed sentences as given so the tail pipeline validates. */
  private static final class SentencesGiven implements org.chronik.pipeline.Stage {
    @Override
    public java.util.Set<Layer<?>> requires() {
      return java.util.Set.of();
    }

    @Override
    public java.util.Set<Layer<?>> produces() {
      return java.util.Set.of(Layer.SENTENCES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
      return document;
    }
  }
}
