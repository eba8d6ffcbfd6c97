package org.chronik.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.chronik.pipeline.actors.ActorDictionary;
import org.chronik.pipeline.actors.ActorLinker;
import org.chronik.pipeline.actors.CountryEntry;
import org.chronik.pipeline.clean.Cleaner;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.language.LanguageIdentifier;
import org.chronik.pipeline.timex.TimeTagger;

/** Each language's chain, written out in one place, and the router that picks one per article. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * {@code -Dchronik.parse=all} parses every sentence: for showing that the choice of sentences
   * changes no output (eval with and without it).
   */
  public static final String PARSE_PROPERTY = "chronik.parse";
  private static final String PARSE_ALL = "all";

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
    GermanResources de = GermanResources.load(PARSE_ALL.equals(System.getProperty(PARSE_PROPERTY)));
    // one actor dictionary for the chain: the linker reads it, the event coder names states from it
    ActorDictionary actors = ActorDictionary.load(options.actorFiles());
    return Pipeline.of(
        Cleaner.forLanguage("de"),
        CoreNlpAnnotator.german(de.selector()),
        de.lemmatizer(),
        de.verbRepair(),
        TimeTagger.forLanguage("de", de.lexicon()::tags),
        ActorLinker.forLanguage("de", actors),
        de.quotes(),
        de.events().withCountryNames(key -> actors.country(key).map(CountryEntry::name).orElse(key)));
  }

  /** One German pipeline per process, loaded on first use and shared by all threads and tests. */
  public static Pipeline shared() {
    return forLanguage("de", PipelineOptions.defaults()).orElseThrow();
  }
}
