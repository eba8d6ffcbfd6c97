package org.chronik.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;

/**
 * A stage that rewrites each sentence of one layer on its own and writes the result as
 * {@link Layer#SENTENCES}: the lemmatizer (from the parse), the verb repair (sentences to sentences).
 * Where input and output are the same layer and no sentence changed, the document is returned as it
 * was.
 */
public interface SentenceStage extends Stage {
  /** The layer whose sentences are rewritten. */
  Layer<List<Sentence>> input();

  /** The rewritten sentence, or the same instance when nothing changes. */
  Sentence rewrite(Sentence sentence);

  @Override
  default Set<Layer<?>> requires() {
    return Set.of(input());
  }

  @Override
  default Set<Layer<?>> produces() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  default AnnotatedDocument apply(AnnotatedDocument document) {
    List<Sentence> out = new ArrayList<>();
    boolean changed = input() != Layer.SENTENCES;
    for (Sentence sentence : document.layer(input())) {
      Sentence rewritten = rewrite(sentence);
      changed |= rewritten != sentence;
      out.add(rewritten);
    }
    return changed ? document.with(Layer.SENTENCES, List.copyOf(out)) : document;
  }
}
