package org.chronik.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;

/**
 * The pipelines of one executor JVM: loaded on the first article a task of this JVM reads, then
 * shared by all its tasks (the stages are thread-safe). Models never travel: each JVM loads them
 * from the job's jar.
 */
final class ExecutorPipelines {
  private static final Map<PipelineOptions, LanguageRouter> ROUTERS = new ConcurrentHashMap<>();

  private ExecutorPipelines() {}

  /** The router for these actor files; the first caller loads it while the others wait. */
  static LanguageRouter router(List<String> actorFiles) {
    PipelineOptions options = PipelineOptions.withActors(actorFiles.stream().map(ExecutorPipelines::resolve).toList());
    LanguageRouter known = ROUTERS.get(options);
    return known != null ? known : ROUTERS.computeIfAbsent(options, Pipelines::router);
  }

  /**
   * A file shipped with {@code spark-submit --files NAME} is in SparkFiles' folder on every node
   * (by its file name); in local mode a plain path works too.
   */
  static Path resolve(String name) {
    Path shipped = Path.of(SparkFiles.get(Path.of(name).getFileName().toString()));
    if (Files.exists(shipped)) {
      return shipped;
    }
    Path local = Path.of(name);
    if (Files.exists(local)) {
      return local;
    }
    throw new IllegalArgumentException("actor dictionary " + name + " not found: ship it with spark-submit --files "
        + name + " (looked in " + shipped.getParent() + " and " + local.toAbsolutePath() + ")");
  }
}
