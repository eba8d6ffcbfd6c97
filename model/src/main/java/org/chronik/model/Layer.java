package org.chronik.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed key for one kind of annotation in an {@link AnnotatedDocument}. Two layers are equal when
 * their names are.
 */
public final class Layer<T> {
  /** The body with page furniture masked out, and the furniture itself. */
  public static final Layer<CleanedText> CLEAN = new Layer<>("clean", CleanedText.class);
  /** ISO 639-1 code of the document's language. */
  public static final Layer<String> LANGUAGE = new Layer<>("language", String.class);
  /**
   * Why the document was left unannotated ("not annotated: language fr"); absent when every stage
   * of its language's pipeline ran.
   */
  public static final Layer<String> STATUS = new Layer<>("status", String.class);
  /** Sentences and tokens straight from the parser: POS, NER, dependencies; lemmas not yet set. */
  public static final Layer<List<Sentence>> PARSE = listLayer("parse");
  /** Sentences with lemmas, separable verbs joined. What later stages read. */
  public static final Layer<List<Sentence>> SENTENCES = listLayer("sentences");
  public static final Layer<List<TimeExpression>> TIMEX = listLayer("timex");
  /** Where the time the text talks about moves, in text order; written by the time tagger with TIMEX. */
  public static final Layer<List<ReferenceTime>> REFERENCE_TIMES = listLayer("reference_times");
  public static final Layer<List<Mention>> MENTIONS = listLayer("mentions");
  public static final Layer<List<Actor>> ACTORS = listLayer("actors");
  public static final Layer<List<Quote>> QUOTES = listLayer("quotes");
  public static final Layer<List<Event>> EVENTS = listLayer("events");
  /** Triggers that matched a pattern but gave no event, with why: the explanation of misses. */
  public static final Layer<List<EventCandidate>> EVENT_CANDIDATES = listLayer("event_candidates");

  private final String name;
  private final Class<?> type;

  public Layer(String name, Class<?> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  @SuppressWarnings("unchecked")
  private static <E> Layer<List<E>> listLayer(String name) {
    return (Layer<List<E>>) (Layer<?>) new Layer<List<?>>(name, List.class);
  }

  public String name() {
    return name;
  }

  @SuppressWarnings("unchecked")
  T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException("layer " + name + " holds " + type.getSimpleName() + ", not " + value.getClass().getSimpleName());
    }
    return (T) value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> l && l.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
