package org.chronik.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;

/**
 * One local[2] session, one input folder and two runs of the job over it, shared by the tests of
 * this module (CoreNLP and Spark load once per JVM). The articles are the project's own examples
 * (examples/), in all three input kinds, plus bad rows of every kind the job must survive.
 */
final class JobFixture {
  /** The article the injected annotator throws on, as a pipeline bug would. */
  static final String FAILING_ID = "throws-in-pipeline";
  static final int MAX_CHARS = 5_000;

  final SparkSession spark;
  final Path inputs;
  final Path output;
  final JobSummary first;
  final JobSummary second;
  final String firstLog;
  /** Rows of every table after the first run. */
  final Map<String, Long> countsAfterFirst = new LinkedHashMap<>();
  /** The good articles as the readers give them locally (what chronik analyze reads). */
  final List<Path> seedFiles;
  final Path jsonLines;
  final Article parquetArticle;

  private static JobFixture shared;

  static synchronized JobFixture get() throws IOException {
    if (shared == null) {
      shared = new JobFixture();
    }
    return shared;
  }

  private JobFixture() throws IOException {
    spark = SparkSession.builder().master("local[2]").appName("chronik-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Path root = Files.createTempDirectory("chronik-spark-test");
    inputs = Files.createDirectories(root.resolve("in"));
    output = root.resolve("out");
    List<Path> examples;
    try (Stream<Path> files = Files.list(examplesFolder())) {
      examples = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    if (examples.size() < 7) {
      throw new IllegalStateException("expected the seven example articles in " + examplesFolder());
    }
    // four examples as seed-format files, one with a date header no calendar has
    Path seeds = Files.createDirectories(inputs.resolve("seeds"));
    seedFiles = new ArrayList<>();
    for (Path example : examples.subList(0, 4)) {
      Path copy = seeds.resolve(example.getFileName());
      Files.copy(example, copy);
      seedFiles.add(copy);
    }
    Files.writeString(seeds.resolve("bad-header.txt"), " date 2024-13-45 Ein Tag, den es nicht gibt.\n", StandardCharsets.UTF_8);
    // two examples as JSON Lines, with the bad rows: no text, a bad date, one over size, one the pipeline throws on
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Path example : examples.subList(4, 6)) {
      Article a = SeedFormat.parse(Files.readString(example), example.getFileName().toString());
      lines.add(json.writeValueAsString(Map.of("source", "example-feed", "date", a.creationDate().toString(), "text", a.body())));
    }
    lines.add(json.writeValueAsString(Map.of("source", "example-feed", "title", "ohne Text")));
    lines.add(json.writeValueAsString(Map.of("source", "example-feed", "date", "vorgestern", "text", "Ein Satz ohne Datum.")));
    lines.add(json.writeValueAsString(Map.of("source", "example-feed", "date", "2024-06-01",
        "text", "Die Regierung tagte am Montag. ".repeat(MAX_CHARS / 20))));
    lines.add(json.writeValueAsString(Map.of("id", FAILING_ID, "date", "2024-06-02", "text", "Ein Artikel, an dem der Ablauf scheitert.")));
    jsonLines = Files.createDirectories(inputs.resolve("feed")).resolve("feed.jsonl");
    Files.write(jsonLines, lines, StandardCharsets.UTF_8);
    // the seventh as a Parquet row with its own id
    Article seventh = SeedFormat.parse(Files.readString(examples.get(6)), "parquet-example");
    parquetArticle = new Article("parquet-1", "example-table", null, seventh.creationDate(), seventh.title(), seventh.body(),
        null, null, List.of(), Map.of());
    writeParquetInput(inputs.resolve("table"), parquetArticle);

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    first = run(new PrintStream(log, true, StandardCharsets.UTF_8));
    firstLog = log.toString(StandardCharsets.UTF_8);
    for (org.chronik.schema.Table<?> table : org.chronik.schema.DocumentRows.TABLES) {
      countsAfterFirst.put(table.name(), JobOutput.count(spark, output, table.name()));
    }
    countsAfterFirst.put(SparkTables.ERRORS, JobOutput.count(spark, output, SparkTables.ERRORS));
    second = run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private JobSummary run(PrintStream log) {
    JobOptions options = JobOptions.of(List.of(inputs.toString()), output.toString()).withPartitions(3).withMaxChars(MAX_CHARS);
    return new AnnotateRun(spark, options, failingOn(FAILING_ID), log).run();
  }

  /** The real pipelines, except that one article makes them throw. */
  private static AnnotatorFactory failingOn(String id) {
    return options -> {
      Function<Article, AnnotatedDocument> real = AnnotatorFactory.PIPELINES.annotator(options);
      return article -> {
        if (article.id().equals(id)) {
          throw new IllegalStateException("injected failure");
        }
        return real.apply(article);
      };
    };
  }

  private void writeParquetInput(Path folder, Article a) {
    StructType schema = new StructType(new StructField[] {
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true)});
    spark.createDataFrame(List.of(RowFactory.create(a.id(), a.source(), a.creationDate().start(), a.title(), a.body())), schema)
        .coalesce(1).write().parquet(folder.toString());
  }

  /** The articles the job should have annotated, read as chronik analyze reads them. */
  Map<String, Article> goodArticles() {
    Map<String, Article> out = new LinkedHashMap<>();
    List<String> paths = new ArrayList<>();
    seedFiles.forEach(p -> paths.add(p.toString()));
    paths.add(jsonLines.toString());
    org.chronik.ingest.Readers.read(paths, org.chronik.ingest.ReadOptions.defaults())
        .filter(org.chronik.ingest.ReadResult::ok).map(org.chronik.ingest.ReadResult::article)
        .filter(a -> !a.id().equals(FAILING_ID) && a.body().length() <= MAX_CHARS)
        .forEach(a -> out.put(a.id(), a));
    out.put(parquetArticle.id(), parquetArticle);
    return out;
  }

  static Path examplesFolder() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples")) ? here.resolve("examples") : here.getParent().resolve("examples");
  }
}
