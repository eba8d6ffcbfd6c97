package org.chronik.spark;

import java.io.Serializable;
import java.util.function.Function;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;

/** Makes the function that annotates one article, on the executor that runs it; sent by the driver. */
@FunctionalInterface
interface AnnotatorFactory extends Serializable {
  Function<Article, AnnotatedDocument> annotator(JobOptions options);

  /** The languages' pipelines, as {@code chronik analyze} and {@code chronik ingest} run them. */
  AnnotatorFactory PIPELINES = options -> ExecutorPipelines.router(options.actorFiles())::apply;
}
