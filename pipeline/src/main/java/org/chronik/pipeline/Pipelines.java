package org.chronik.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.chronik.pipeline.actors.ActorLinker;
import org.chronik.pipeline.clean.Cleaner;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.events.EventCoder;
import org.chronik.pipeline.language.LanguageIdentifier;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.chronik.pipeline.parse.TriggerSelector;
import org.chronik.pipeline.quotes.QuoteFinder;
import org.chronik.pipeline.timex.TimeTagger;

/** Each language's chain, written out in one place, and the router that picks one per article. */
public final class Pipelines {
  private Pipelines() {}

  /** The chain of each language Chronik reads. */
  private static final Map<String, Function<PipelineOptions, Pipeline>> CHAINS = Map.of("de", Pipelines::german);

  /** ISO 639-1 codes of the languages with a pipeline. */
  public static Set<String> languages() {
    return CHAINS.keySet();
  }

  /**
   * The pipeline of a language, or empty when Chronik has none. With default options it is the
   * process's shared instance, loaded once; other options load a pipeline of their own.
   */
  public static Optional<Pipeline> forLanguage(String iso, PipelineOptions options) {
    Function<PipelineOptions, Pipeline> chain = CHAINS.get(iso);
    if (chain == null) {
      return Optional.empty();
    }
    if (!options.equals(PipelineOptions.defaults())) {
      return Optional.of(chain.apply(options));
    }
    Pipeline loaded = SHARED.get(iso);
    return Optional.of(loaded != null ? loaded : SHARED.computeIfAbsent(iso, l -> chain.apply(options)));
  }

  /** Pipelines with default options, one per language and process. */
  private static final Map<String, Pipeline> SHARED = new ConcurrentHashMap<>();

  /** Identifies each article's language and runs that language's pipeline (see {@link LanguageRouter}). */
  public static LanguageRouter router(PipelineOptions options) {
    return new LanguageRouter(LanguageIdentifier.create(), options, Pipelines::forLanguage);
  }

  /** The German chain. Loads CoreNLP and every dictionary: call once per process (see {@link #shared()}). */
  public static Pipeline german() {
    return german(PipelineOptions.defaults());
  }

  /** The German chain with the built-in actor dictionaries extended by {@code actorFiles} (files or folders). */
  public static Pipeline german(List<Path> actorFiles) {
    return german(PipelineOptions.withActors(actorFiles));
  }

  public static Pipeline german(PipelineOptions options) {
    GermanLexicon lexicon = GermanLexicon.load(); // one load, shared by the stages that read word forms
    Lemmatizer lemmatizer = new Lemmatizer(lexicon);
    QuoteFinder quotes = QuoteFinder.forLanguage("de");
    EventCoder events = EventCoder.german(lexicon);
    // the parser runs only on sentences where an event trigger or a quotation cue may match
    return Pipeline.of(
        Cleaner.forLanguage("de"),
        CoreNlpAnnotator.german(new TriggerSelector(lemmatizer, events.lexicon(), quotes.lexicon())),
        lemmatizer,
        TimeTagger.forLanguage("de", lexicon::tags),
        ActorLinker.forLanguage("de", options.actorFiles()),
        quotes,
        events);
  }

  /** One German pipeline per process, loaded on first use and shared by all threads and tests. */
  public static Pipeline shared() {
    return forLanguage("de", PipelineOptions.defaults()).orElseThrow();
  }
}
