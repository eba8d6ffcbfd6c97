package org.chronik.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code spark-submit --class org.chronik.spark.AnnotateJob chronik-spark.jar INPUT… OUTPUT}.
 * Annotates articles with the same pipeline as {@code chronik ingest} and writes the tables of
 * {@code chronik export --format parquet}, partitioned by month, plus {@code errors}. See README.md.
 */
@Command(name = "AnnotateJob", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Annotate articles on Spark and write the export's Parquet tables (by month) and an errors table.")
public final class AnnotateJob implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "PATH",
      description = "Input paths (any Hadoop path or glob: JSON Lines, Parquet, or folders of seed-format, text and HTML files),"
          + " then the output folder.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--language", paramLabel = "ISO",
      description = "Language of articles whose input names none (skips identifying it); default: identify each article.")
  String language;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor dictionary (may repeat): a file shipped with spark-submit --files, named by its file name, or a local path.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Annotation tasks (default: four per core of the cluster).")
  int partitions;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Read only the first N records of the input.")
  long limit;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + JobOptions.DEFAULT_MAX_CHARS,
      description = "Longer articles go to errors unannotated (default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", description = "Creation date for inputs that give none.")
  String date;

  public static void main(String[] args) {
    int code = commandLine(System.err).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  static CommandLine commandLine(PrintStream err) {
    return new CommandLine(new AnnotateJob()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      // one line naming the problem; the stack trace only helps us, not the user
      err.println("chronik-spark: " + AnnotatePartition.firstLine(String.valueOf(e.getMessage())));
      return 2;
    });
  }

  JobOptions options() {
    return new JobOptions(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), language, actors,
        partitions, limit, maxChars, date);
  }

  @Override
  public Integer call() {
    JobOptions options = options();
    SparkSession spark = SparkSession.builder().appName("chronik annotate").getOrCreate();
    try {
      JobSummary summary = run(spark, options);
      System.out.println(summary.line());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in a session the caller owns (spark-submit's, or a test's). */
  public static JobSummary run(SparkSession spark, JobOptions options) {
    return new AnnotateRun(spark, options, AnnotatorFactory.PIPELINES, System.err).run();
  }
}
