package org.chronik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's options: parsed from the command line, checked on the driver, and what --limit and --files do. */
class OptionsTest {
  @TempDir Path tmp;

  @Test
  void theCommandLineGivesInputsOutputAndEveryOption() {
    AnnotateJob job = new AnnotateJob();
    new CommandLine(job).parseArgs("--language", "de", "--actors", "a.tsv", "--actors", "b.tsv", "--partitions", "12",
        "--limit", "1000", "--max-chars", "50000", "--date", "2016-01", "hdfs:///in/a.jsonl", "in/b", "s3a://bucket/out");
    JobOptions options = job.options();
    assertEquals(List.of("hdfs:///in/a.jsonl", "in/b"), options.inputs());
    assertEquals("s3a://bucket/out", options.output());
    assertEquals(new JobOptions(options.inputs(), options.output(), "de", List.of("a.tsv", "b.tsv"), 12, 1000, 50_000, "2016-01"),
        options);
    assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(new AnnotateJob()).parseArgs("only-one-path"));
  }

  @Test
  void aLanguageWithoutPipelineOrAMissingDictionaryStopsTheJobBeforeItReadsAnything() throws IOException {
    JobFixture fixture = JobFixture.get();
    Path out = tmp.resolve("out");
    JobOptions french = JobOptions.of(List.of(fixture.inputs.toString()), out.toString()).withLanguage("fr");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnnotateJob.run(fixture.spark, french));
    assertTrue(e.getMessage().startsWith("--language fr: Chronik has no pipeline for it"), e.getMessage());
    JobOptions missing = JobOptions.of(List.of(fixture.inputs.toString()), out.toString()).withActorFiles(List.of("no-such-actors.tsv"));
    e = assertThrows(IllegalArgumentException.class, () -> AnnotateJob.run(fixture.spark, missing));
    assertTrue(e.getMessage().startsWith("actor dictionary no-such-actors.tsv not found: ship it with spark-submit --files"),
        e.getMessage());
    assertTrue(Files.notExists(out), "nothing written");
  }

  @Test
  void aDictionaryShippedWithFilesIsFoundByItsNameOnTheExecutor() throws IOException {
    JobFixture fixture = JobFixture.get();
    // the file stays until the JVM ends: every later task of the shared session fetches it again and
    // compares it with its source, as an executor does with a --files file
    Path dir = Files.createTempDirectory("chronik-files");
    Path file = Files.writeString(dir.resolve("shipped-actors.tsv"), "name\taliases\ttype\tcountry\tsector\n", StandardCharsets.UTF_8);
    file.toFile().deleteOnExit();
    dir.toFile().deleteOnExit();
    fixture.spark.sparkContext().addFile(file.toString()); // what spark-submit --files does
    Path resolved = ExecutorPipelines.resolve("shipped-actors.tsv");
    assertEquals(Path.of(SparkFiles.get("shipped-actors.tsv")), resolved);
    assertTrue(!resolved.equals(file) && Files.isRegularFile(resolved));
  }

  @Test
  void limitReadsOnlyTheFirstRecords() throws IOException {
    JobFixture fixture = JobFixture.get();
    Path out = tmp.resolve("limited");
    JobOptions options = JobOptions.of(List.of(fixture.jsonLines.toString()), out.toString()).withLimit(2).withPartitions(2);
    JobSummary summary = new AnnotateRun(fixture.spark, options, AnnotatorFactory.PIPELINES,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    assertEquals(2, summary.articles());
    assertEquals(2, JobOutput.count(fixture.spark, out, "articles"));
    assertTrue(Files.notExists(out.resolve(SparkTables.ERRORS)), "the bad lines after the first two were not read");
  }
}
