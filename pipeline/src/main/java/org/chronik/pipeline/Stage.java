package org.chronik.pipeline;

import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;

/**
 * One step of annotation. Pure and thread-safe: a stage holds only immutable, preloaded knowledge
 * and never keeps per-document state, so one instance serves every thread.
 */
public interface Stage {
  /** Layers this stage reads; each must be produced by an earlier stage. */
  Set<Layer<?>> requires();

  /** Layers this stage adds. */
  Set<Layer<?>> produces();

  AnnotatedDocument apply(AnnotatedDocument document);

  /** A short name for messages and benchmarks. */
  default String name() {
    return getClass().getSimpleName();
  }
}
