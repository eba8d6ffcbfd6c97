package org.chronik.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;

/** An ordered chain of stages, checked when built: every stage's requirements come first. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /** Builds a pipeline; throws IllegalArgumentException naming the stage and the missing layer. */
  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      for (Layer<?> needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "stage " + stage.name() + " requires layer " + needed + ", which no earlier stage produces");
        }
      }
      available.addAll(stage.produces());
    }
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  public AnnotatedDocument apply(Article article) {
    return apply(AnnotatedDocument.of(article));
  }

  public AnnotatedDocument apply(AnnotatedDocument document) {
    AnnotatedDocument current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /** A pipeline of the first stages up to and including the one producing {@code layer}. */
  public Pipeline upTo(Layer<?> layer) {
    List<Stage> prefix = new ArrayList<>();
    for (Stage stage : stages) {
      prefix.add(stage);
      if (stage.produces().contains(layer)) {
        return new Pipeline(prefix);
      }
    }
    throw new IllegalArgumentException("no stage produces " + layer);
  }
}
