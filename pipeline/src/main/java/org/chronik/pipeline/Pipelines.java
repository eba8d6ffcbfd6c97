package org.chronik.pipeline;

import org.chronik.pipeline.actors.ActorLinker;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.clean.Cleaner;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.events.EventCoder;
import org.chronik.pipeline.language.LanguageIdentifier;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.chronik.pipeline.quotes.QuoteFinder;
import org.chronik.pipeline.quotes.QuoteLexicon;
import org.chronik.pipeline.timex.TimeTagger;

/** Each language's chain, written out in one place. */
public final class Pipelines {
  private Pipelines() {}

  /** The German chain. Loads CoreNLP and every dictionary: call once per process (see {@link #shared()}). */
  public static Pipeline german() {
    return german(java.util.List.of());
  }

  /** The German chain with the built-in actor dictionaries extended by {@code actorFiles} (files or folders). */
  public static Pipeline german(java.util.List<java.nio.file.Path> actorFiles) {
    GermanLexicon lexicon = GermanLexicon.load(); // one load, shared by the stages that read word forms
    QuoteLexicon quotes = QuoteLexicon.forLanguage("de");
    // one list of attribution cues for quotations and events ("laut X", "sagte X", "nach Angaben X")
    AttributionLexicon attribution = AttributionLexicon.forLanguage("de", quotes.morphology());
    return Pipeline.of(
        Cleaner.forLanguage("de"),
        LanguageIdentifier.create(),
        CoreNlpAnnotator.german(),
        new Lemmatizer(lexicon),
        TimeTagger.forLanguage("de", lexicon::tags),
        ActorLinker.forLanguage("de", actorFiles),
        new QuoteFinder(quotes, attribution),
        EventCoder.german(lexicon, attribution));
  }

  /** One German pipeline per process, loaded on first use and shared by all threads and tests. */
  public static Pipeline shared() {
    return Holder.GERMAN;
  }

  private static final class Holder {
    static final Pipeline GERMAN = german();
  }
}
