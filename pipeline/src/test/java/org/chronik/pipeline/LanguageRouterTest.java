package org.chronik.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.pipeline.language.LanguageIdentifier;
import org.junit.jupiter.api.Test;

class LanguageRouterTest {
  private static final LanguageIdentifier IDENTIFIER = LanguageIdentifier.create();

  /** A one-stage "German pipeline" that marks what it saw, loaded at most once. */
  private final AtomicInteger loads = new AtomicInteger();
  private final LanguageRouter router = new LanguageRouter(IDENTIFIER, PipelineOptions.defaults(), (iso, options) -> {
    if (!iso.equals("de")) {
      return Optional.empty();
    }
    loads.incrementAndGet();
    return Optional.of(Pipeline.of(new Stage() {
      @Override
      public Set<Layer<?>> requires() {
        return Set.of();
      }

      @Override
      public Set<Layer<?>> produces() {
        return Set.of(Layer.EVENTS);
      }

      @Override
      public AnnotatedDocument apply(AnnotatedDocument document) {
        return document.with(Layer.EVENTS, List.of());
      }
    }));
  });

  private static Article article(String id, String language, String body) {
    return new Article(id, id + ".txt", null, null, null, body, language, null, List.of(), Map.of());
  }

  @Test
  void aGermanArticleGoesToTheGermanPipelineOthersAreLeftWithTheirStatus() {
    AnnotatedDocument german = router.apply(article("a", null, "Der Bundestag hat am Donnerstag über den Haushalt beraten."));
    assertEquals("de", german.layer(Layer.LANGUAGE));
    assertTrue(german.has(Layer.EVENTS));
    assertFalse(german.has(Layer.STATUS));

    AnnotatedDocument french = router.apply(article("b", null, "Le Parlement a débattu jeudi du budget de l'État."));
    assertEquals("fr", french.layer(Layer.LANGUAGE));
    assertEquals("not annotated: language fr", french.layer(Layer.STATUS));
    assertFalse(french.has(Layer.EVENTS), "never coded by the German rules");

    AnnotatedDocument english = router.apply(article("c", null, "Parliament debated the budget on Thursday."));
    assertEquals("not annotated: language en", english.layer(Layer.STATUS));
  }

  @Test
  void theReadersLanguageWinsAndRegionalTagsAreCutToTheLanguage() {
    AnnotatedDocument tagged = router.apply(article("d", "de-AT", "Kurz."));
    assertEquals("de", tagged.layer(Layer.LANGUAGE));
    assertTrue(tagged.has(Layer.EVENTS));
    // the reader said Spanish: its word is taken even for a text that looks German
    assertEquals("not annotated: language es", router.apply(article("e", "ES", "Der Rat tagte.")).layer(Layer.STATUS));
  }

  @Test
  void eachLanguagesPipelineIsLoadedOnce() {
    for (int i = 0; i < 3; i++) {
      router.apply(article("g" + i, "de", "Der Rat tagte."));
      router.apply(article("f" + i, "fr", "Le conseil s'est réuni."));
    }
    assertEquals(1, loads.get());
  }
}
