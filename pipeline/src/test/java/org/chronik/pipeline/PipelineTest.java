package org.chronik.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** A stage that declares its layers and records them as the language layer. */
  private record Fake(String name, Set<Layer<?>> requires, Set<Layer<?>> produces) implements Stage {
    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
      return document.with(Layer.LANGUAGE, name);
    }
  }

  @Test
  void missingRequirementIsRejectedNamingStageAndLayer() {
    Stage needsSentences = new Fake("events", Set.of(Layer.SENTENCES), Set.of(Layer.EVENTS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(needsSentences));
    assertTrue(e.getMessage().contains("events") && e.getMessage().contains("sentences"), e.getMessage());
  }

  @Test
  void requirementProducedLaterIsStillMissing() {
    Stage consumer = new Fake("consumer", Set.of(Layer.PARSE), Set.of());
    Stage producer = new Fake("producer", Set.of(), Set.of(Layer.PARSE));
    assertThrows(IllegalArgumentException.class, () -> Pipeline.of(consumer, producer));
    assertEquals(2, Pipeline.of(producer, consumer).stages().size());
  }

  @Test
  void stagesRunInOrder() {
    Pipeline p = Pipeline.of(new Fake("a", Set.of(), Set.of(Layer.PARSE)), new Fake("b", Set.of(Layer.PARSE), Set.of()));
    AnnotatedDocument doc = p.apply(Article.of("x", null, "text"));
    assertEquals("b", doc.layer(Layer.LANGUAGE));
  }

  @Test
  void upToStopsAtTheProducer() {
    Stage a = new Fake("a", Set.of(), Set.of(Layer.PARSE));
    Stage b = new Fake("b", Set.of(Layer.PARSE), Set.of(Layer.SENTENCES));
    Stage c = new Fake("c", Set.of(Layer.SENTENCES), Set.of(Layer.EVENTS));
    assertEquals(List.of(a, b), Pipeline.of(a, b, c).upTo(Layer.SENTENCES).stages());
  }
}
