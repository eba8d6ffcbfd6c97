package org.chronik.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.pipeline.language.LanguageIdentifier;

/**
 * Identifies each article's language before anything else reads it and hands the article to that
 * language's pipeline. An article in a language without one keeps only its language and the status
 * {@code not annotated: language xx}; it is never read by another language's rules. Pipelines are
 * loaded on the first article of their language and shared by all threads.
 */
public final class LanguageRouter {
  private final LanguageIdentifier identifier;
  private final PipelineOptions options;
  private final BiFunction<String, PipelineOptions, Optional<Pipeline>> chains;
  private final Map<String, Optional<Pipeline>> loaded = new ConcurrentHashMap<>();

  /**
   * @param chains the pipeline of a language with these options, or empty when there is none
   *     ({@link Pipelines#forLanguage})
   */
  public LanguageRouter(LanguageIdentifier identifier, PipelineOptions options,
      BiFunction<String, PipelineOptions, Optional<Pipeline>> chains) {
    this.identifier = identifier;
    this.options = options;
    this.chains = chains;
  }

  /** The status of an article left unannotated because no pipeline reads its language. */
  public static String notAnnotated(String language) {
    return "not annotated: language " + language;
  }

  public AnnotatedDocument apply(Article article) {
    String language = languageOf(article);
    AnnotatedDocument document = AnnotatedDocument.of(article).with(Layer.LANGUAGE, language);
    Optional<Pipeline> pipeline = pipelineFor(language);
    return pipeline.isPresent() ? pipeline.get().apply(document) : document.with(Layer.STATUS, notAnnotated(language));
  }

  public String languageOf(Article article) {
    return identifier.languageOf(article);
  }

  /** The pipeline for a language, loaded on first use; empty when Chronik reads no such language. */
  public Optional<Pipeline> pipelineFor(String language) {
    Optional<Pipeline> known = loaded.get(language);
    return known != null ? known : loaded.computeIfAbsent(language, l -> chains.apply(l, options));
  }
}
