package org.chronik.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.chronik.schema.ArticleRow;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import scala.Tuple2;

/**
 * One run of the job: read the inputs, leave out articles already in the output (by id: the content
 * hash), annotate the rest with one pipeline per executor JVM, and write every table through
 * {@link StagedOutput}.
 */
final class AnnotateRun {
  /** The order a finished run's files are moved in: the articles, which mark work as done, last. */
  static final List<String> MOVE_ORDER = moveOrder();

  private final SparkSession spark;
  private final JobOptions options;
  private final AnnotatorFactory factory;
  private final PrintStream log;

  AnnotateRun(SparkSession spark, JobOptions options, AnnotatorFactory factory, PrintStream log) {
    this.spark = spark;
    this.options = options;
    this.factory = factory;
    this.log = log;
  }

  JobSummary run() {
    long started = System.nanoTime();
    check();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StagedOutput output = new StagedOutput(options.output(), jsc.hadoopConfiguration());
    try {
      output.recover(MOVE_ORDER).forEach(note -> log.println("chronik-spark: " + note));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover earlier runs in " + options.output() + ": " + e.getMessage(), e);
    }
    JavaRDD<InputItem> items = InputReader.read(spark, options);
    if (options.limit() > 0) {
      long limit = options.limit();
      items = items.zipWithIndex().filter(t -> t._2() < limit).map(Tuple2::_1);
    }
    items = items.persist(StorageLevel.MEMORY_AND_DISK_SER());
    int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
    JavaPairRDD<String, ArticleData> articles = items.filter(i -> i.article() != null)
        .mapToPair(i -> new Tuple2<>(i.article().id(), i.article()))
        .reduceByKey((a, b) -> a, partitions); // the same text twice in the input is annotated once
    if (output.exists(ArticleRow.TABLE.name())) {
      JavaPairRDD<String, Boolean> done = spark.read().parquet(output.table(ArticleRow.TABLE.name()).toString())
          .select("id").javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), Boolean.TRUE));
      articles = articles.subtractByKey(done, partitions);
    }
    AnnotatePartition.Counters counters = new AnnotatePartition.Counters(jsc.sc().longAccumulator("chronik articles"),
        jsc.sc().longAccumulator("chronik errors"), jsc.sc().longAccumulator("chronik events"));
    JavaRDD<Outcome> outcomes = articles.values().mapPartitions(new AnnotatePartition(options, factory, counters))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    PartitionProgress progress = new PartitionProgress(counters, partitions, log);
    spark.sparkContext().addSparkListener(progress);
    String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    try {
      TableWriter writer = new TableWriter(spark, output, output.staging(runId));
      writer.writeTables(outcomes);
      JavaRDD<Failure> failures = items.filter(i -> i.failure() != null).map(InputItem::failure)
          .union(outcomes.filter(o -> o.failure() != null).map(Outcome::failure));
      long errors = writer.writeErrors(failures);
      output.complete(runId, MOVE_ORDER);
      return new JobSummary(counters.articles().value(), counters.events().value(), errors, partitions,
          (System.nanoTime() - started) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + options.output() + ": " + e.getMessage(), e);
    } finally {
      spark.sparkContext().removeSparkListener(progress);
      outcomes.unpersist(false);
      items.unpersist(false);
    }
  }

  /** Options a task would only trip over later: checked once, on the driver. */
  private void check() {
    if (options.language() != null && !Pipelines.languages().contains(options.language())) {
      throw new IllegalArgumentException("--language " + options.language() + ": Chronik has no pipeline for it (it has "
          + String.join(", ", Pipelines.languages()) + ")");
    }
    if (options.date() != null) {
      PartialDate.parse(options.date());
    }
    options.actorFiles().forEach(ExecutorPipelines::resolve);
  }

  private static List<String> moveOrder() {
    List<String> order = new ArrayList<>();
    for (Table<?> table : DocumentRows.TABLES) {
      if (table != ArticleRow.TABLE) {
        order.add(table.name());
      }
    }
    order.add(SparkTables.ERRORS);
    order.add(ArticleRow.TABLE.name());
    return List.copyOf(order);
  }
}
