package org.chronik.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An article with the layers stages have added. Immutable: {@link #with} returns a new document. */
public final class AnnotatedDocument {
  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private AnnotatedDocument(Article article, Map<Layer<?>, Object> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static AnnotatedDocument of(Article article) {
    return new AnnotatedDocument(article, Map.of());
  }

  public Article article() {
    return article;
  }

  /** The layer's value; throws IllegalStateException when no stage produced it. */
  public <T> T layer(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("document " + article.id() + " has no layer " + layer);
    }
    return layer.cast(value);
  }

  public <T> Optional<T> find(Layer<T> layer) {
    Object value = layers.get(layer);
    return value == null ? Optional.empty() : Optional.of(layer.cast(value));
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  public <T> AnnotatedDocument with(Layer<T> layer, T value) {
    Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(layer, layer.cast(value));
    return new AnnotatedDocument(article, Collections.unmodifiableMap(copy));
  }

  public AnnotatedDocument withArticle(Article newArticle) {
    return new AnnotatedDocument(newArticle, layers);
  }
}
