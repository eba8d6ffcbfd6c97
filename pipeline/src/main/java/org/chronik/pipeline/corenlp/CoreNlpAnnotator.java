package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.CleanedText;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.Stage;

/**
 * CoreNLP: tokens, sentences, UPOS, NER and basic UD dependencies. Reads the cleaned text (furniture
 * masked by spaces, same length as the body), so every span refers to the original body. One
 * CoreNLP pipeline per instance, shared by all threads.
 */
public final class CoreNlpAnnotator implements Stage {
  private final Supplier<StanfordCoreNLP> nlp;
  private final ParseCache cache; // null: no cache

  private CoreNlpAnnotator(Supplier<StanfordCoreNLP> nlp, ParseCache cache) {
    this.nlp = nlp;
    this.cache = cache;
  }

  /**
   * Loads the German models (12–30 s, about 1 GB of heap). With a parse cache configured ({@link
   * ParseCache#fromEnvironment()}) the models load only when a text is not in the cache.
   */
  public static CoreNlpAnnotator german() {
    Optional<ParseCache> cache = ParseCache.fromEnvironment();
    if (cache.isEmpty()) {
      StanfordCoreNLP loaded = new StanfordCoreNLP(GermanModels.properties());
      return new CoreNlpAnnotator(() -> loaded, null);
    }
    return new CoreNlpAnnotator(new Lazy<>(() -> new StanfordCoreNLP(GermanModels.properties())), cache.get());
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
    if (cache != null) {
      Optional<List<Sentence>> cached = cache.get(text);
      if (cached.isPresent()) {
        return document.with(Layer.PARSE, cached.get());
      }
    }
    List<Sentence> sentences = parse(text);
    if (cache != null) {
      cache.put(text, sentences);
    }
    return document.with(Layer.PARSE, sentences);
  }

  private List<Sentence> parse(String text) {
    Annotation annotation = new Annotation(text);
    nlp.get().annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), sentence));
    }
    return List.copyOf(sentences);
  }

  /**
   * Runs bare CoreNLP on a text, without conversion to Chronik's records: the reference point of
   * {@code chronik bench}. Returns the number of tokens.
   */
  public int annotateBare(String text) {
    Annotation annotation = new Annotation(text);
    nlp.get().annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private static Sentence convert(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "dep");
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dependent = edge.getDependent().index() - 1;
        heads[dependent] = edge.getGovernor().index() - 1;
        relations[dependent] = edge.getRelation().toString();
      }
      for (IndexedWord root : graph.getRoots()) {
        heads[root.index() - 1] = -1;
        relations[root.index() - 1] = "root";
      }
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel label = labels.get(i);
      String surface = label.containsKey(CoreAnnotations.MWTTokenTextAnnotation.class)
          ? label.get(CoreAnnotations.MWTTokenTextAnnotation.class)
          : label.originalText();
      tokens.add(new Token(i, label.word(), surface, new Span(label.beginPosition(), label.endPosition()),
          null, label.tag(), null, GermanModels.nerTag(label.ner()), heads[i], relations[i]));
    }
    Span span = new Span(tokens.get(0).begin(), tokens.get(n - 1).end());
    return new Sentence(index, span, tokens);
  }
}
