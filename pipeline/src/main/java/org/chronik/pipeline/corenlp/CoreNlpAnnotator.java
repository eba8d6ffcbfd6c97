package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.CleanedText;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.pipeline.Stage;

/**
 * CoreNLP: tokens, sentences, UPOS, NER and, for the sentences a {@link ParseSelector} chooses,
 * basic UD dependencies. Reads the cleaned text (furniture masked by spaces, same length as the
 * body), so every span refers to the original body. One set of models per instance, shared by all
 * threads.
 */
public final class CoreNlpAnnotator implements Stage {
  private final Supplier<CoreNlpModels> models;
  private final ParseSelector selector;
  private final ParseCache cache; // null: no cache
  private final AtomicLong sentencesSeen = new AtomicLong();
  private final AtomicLong sentencesParsed = new AtomicLong();

  private CoreNlpAnnotator(Supplier<CoreNlpModels> models, ParseSelector selector, ParseCache cache) {
    this.models = models;
    this.selector = selector;
    this.cache = cache;
  }

  /** The German models, parsing every sentence. */
  public static CoreNlpAnnotator german() {
    return german(ParseSelector.ALL);
  }

  /**
   * The German models, parsing the sentences {@code selector} chooses (12–30 s to load, about 1 GB
   * of heap). With a parse cache configured ({@link ParseCache#fromEnvironment()}) the models load
   * only when a text is not in the cache.
   */
  public static CoreNlpAnnotator german(ParseSelector selector) {
    Optional<ParseCache> cache = ParseCache.fromEnvironment();
    if (cache.isEmpty()) {
      CoreNlpModels loaded = CoreNlpModels.german();
      return new CoreNlpAnnotator(() -> loaded, selector, null);
    }
    return new CoreNlpAnnotator(new Lazy<>(CoreNlpModels::german), selector, cache.get());
  }

  /** The same models and cache with another choice of sentences to parse (no second model load). */
  public CoreNlpAnnotator withSelector(ParseSelector other) {
    return new CoreNlpAnnotator(models, other, cache);
  }

  /** The same models and choice with another parse cache (for tests). */
  CoreNlpAnnotator withCache(ParseCache other) {
    return new CoreNlpAnnotator(models, selector, other);
  }

  /** Loads its value once, on first use, for all threads. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> loader;
    private volatile T value;

    Lazy(Supplier<T> loader) {
      this.loader = loader;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          if (value == null) {
            value = loader.get();
          }
          v = value;
        }
      }
      return v;
    }
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.CLEAN);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.PARSE);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    String text = document.find(Layer.CLEAN).map(CleanedText::text).orElse(document.article().body());
    Optional<ParseCache.Entry> cached = cache == null ? Optional.empty() : cache.get(text);
    if (cached.isPresent() && SentenceJoins.GERMAN.needed(cached.get().sentences())) {
      cached = Optional.empty(); // written before the split was mended: made anew
    }
    if (cached.isPresent()) {
      List<Sentence> sentences = cached.get().sentences();
      BitSet chosen = choose(text, sentences.stream().map(SentenceConverter::withoutTree).toList());
      BitSet missing = (BitSet) chosen.clone();
      missing.andNot(cached.get().parsed());
      if (missing.isEmpty()) {
        return document.with(Layer.PARSE, only(sentences, chosen));
      }
    }
    Annotation annotation = models.get().tag(text);
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(SentenceConverter.convert(maps));
    BitSet chosen = choose(text, sentences);
    models.get().parse(annotation, chosen);
    for (int i = chosen.nextSetBit(0); i >= 0 && i < maps.size(); i = chosen.nextSetBit(i + 1)) {
      sentences.set(i, SentenceConverter.convert(i, maps.get(i)));
    }
    if (cache != null) {
      store(text, sentences, chosen, cached);
    }
    return document.with(Layer.PARSE, List.copyOf(sentences));
  }

  private BitSet choose(String text, List<Sentence> tagged) {
    BitSet chosen = selector.select(text, tagged);
    sentencesSeen.addAndGet(tagged.size());
    sentencesParsed.addAndGet(chosen.cardinality());
    return chosen;
  }

  /** The sentences with the trees of the chosen ones only, as a fresh run gives them. */
  private static List<Sentence> only(List<Sentence> sentences, BitSet chosen) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(chosen.get(i) ? sentences.get(i) : SentenceConverter.withoutTree(sentences.get(i)));
    }
    return List.copyOf(out);
  }

  /** Caches the new parses together with the trees an older entry of the same text already had. */
  private void store(String text, List<Sentence> sentences, BitSet chosen, Optional<ParseCache.Entry> older) {
    List<Sentence> merged = new ArrayList<>(sentences);
    BitSet parsed = (BitSet) chosen.clone();
    if (older.isPresent() && older.get().sentences().size() == sentences.size()) {
      BitSet before = older.get().parsed();
      for (int i = before.nextSetBit(0); i >= 0; i = before.nextSetBit(i + 1)) {
        if (!chosen.get(i)) {
          merged.set(i, older.get().sentences().get(i));
          parsed.set(i);
        }
      }
    }
    cache.put(text, new ParseCache.Entry(merged, parsed));
  }

  /** Sentences seen and parsed by this stage since it was built: the share parsed is what {@code chronik bench} reports. */
  public long[] sentenceCounts() {
    return new long[] {sentencesSeen.get(), sentencesParsed.get()};
  }

  /**
   * Runs this stage's CoreNLP models on a text, every annotator on every sentence, without selection,
   * cache or conversion to Chronik's records: what the choice of sentences saves is measured against
   * it ({@code chronik bench}). Returns the number of tokens.
   */
  public int annotateBare(String text) {
    Annotation annotation = models.get().tag(text);
    BitSet all = new BitSet();
    all.set(0, annotation.get(CoreAnnotations.SentencesAnnotation.class).size());
    models.get().parse(annotation, all);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
