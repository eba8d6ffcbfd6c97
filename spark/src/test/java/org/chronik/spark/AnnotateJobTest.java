package org.chronik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.chronik.model.Article;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.schema.ArticleRow;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.EventRow;
import org.chronik.schema.Provenance;
import org.chronik.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job at local[2] on the example articles: same rows as the local pipeline, idempotent, bad rows in errors. */
class AnnotateJobTest {
  private static JobFixture job;

  @BeforeAll
  static void run() throws IOException {
    job = JobFixture.get();
  }

  @Test
  void eventsAndEveryOtherTableEqualWhatAnalyzeGivesForTheSameArticles() {
    // chronik analyze: each article read by the readers goes through the language router
    LanguageRouter router = Pipelines.router(PipelineOptions.defaults());
    Map<String, DocumentRows> local = new TreeMap<>();
    for (Article a : job.goodArticles().values()) {
      local.put(a.id(), DocumentRows.of(router.apply(a), Provenance.now(null)));
    }
    assertEquals(7, local.size());
    int events = 0;
    for (Table<?> table : DocumentRows.TABLES) {
      List<List<Object>> expected = new ArrayList<>();
      local.values().forEach(rows -> expected.addAll(values(table, rows)));
      List<List<Object>> actual = JobOutput.rows(job.spark, job.output, table);
      if (table == ArticleRow.TABLE) {
        int at = table.columnNames().indexOf("ingested_at");
        expected.forEach(r -> r.set(at, null));
        actual.forEach(r -> r.set(at, null));
      }
      assertEquals(sorted(expected), sorted(actual), "table " + table.name());
      if (table == EventRow.TABLE) {
        events = actual.size();
      }
    }
    assertTrue(events >= 5, "the examples hold events; got " + events);
  }

  @Test
  void aSecondRunOverTheSameInputAddsNothing() {
    assertEquals(7, job.first.articles());
    assertEquals(0, job.second.articles());
    assertEquals(0, job.second.errors());
    for (Table<?> table : DocumentRows.TABLES) {
      assertEquals(job.countsAfterFirst.get(table.name()), JobOutput.count(job.spark, job.output, table.name()), table.name());
    }
    assertEquals(job.countsAfterFirst.get(SparkTables.ERRORS), JobOutput.count(job.spark, job.output, SparkTables.ERRORS));
    java.io.File staging = job.output.resolve(StagedOutput.STAGING).toFile();
    assertTrue(!staging.exists() || staging.list().length == 0, "no staging files left behind");
  }

  @Test
  void badRowsLandInErrorsWithTheirReasonAndTheJobGoesOn() {
    List<Row> errors = job.spark.read().parquet(job.output.resolve(SparkTables.ERRORS).toString()).collectAsList();
    Map<String, String> byReason = new TreeMap<>();
    errors.forEach(r -> byReason.put(r.getAs("reason"), r.getAs("kind")));
    assertEquals(5, errors.size(), byReason.toString());
    assertEquals(5, job.first.errors());
    assertTrue(has(byReason, "bad-header.txt: bad date header", Failure.READ), byReason.toString());
    assertTrue(has(byReason, "missing or empty \"text\"", Failure.READ), byReason.toString());
    assertTrue(has(byReason, "bad \"date\": \"vorgestern\"", Failure.READ), byReason.toString());
    assertTrue(has(byReason, "over size", Failure.SIZE), byReason.toString());
    assertTrue(has(byReason, JobFixture.FAILING_ID + "): annotation failed: java.lang.IllegalStateException: injected failure",
        Failure.ANNOTATE), byReason.toString());
    Row failed = errors.stream().filter(r -> Failure.ANNOTATE.equals(r.getAs("kind"))).findFirst().orElseThrow();
    assertEquals(JobFixture.FAILING_ID, failed.getAs("article_id"));
    Row line = errors.stream().filter(r -> ((String) r.getAs("reason")).contains("vorgestern")).findFirst().orElseThrow();
    assertTrue(((String) line.getAs("position")).startsWith("byte "), "a JSON Lines error says where in the file");
    assertTrue(((String) line.getAs("input")).endsWith("feed.jsonl"));
  }

  @Test
  void everyAnnotationPartitionLogsOneProgressLine() {
    long lines = job.firstLog.lines().filter(l -> l.startsWith("chronik-spark: partition ")).count();
    assertEquals(3, lines, job.firstLog);
    assertTrue(job.firstLog.contains("done (3 of 3)"), job.firstLog);
  }

  @Test
  void rowsArePartitionedByTheArticlesMonth() throws IOException {
    try (var months = Files.list(job.output.resolve("event_mentions"))) {
      List<String> names = months.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("month=2024-04", "month=2024-05", "month=2024-06", "month=2024-10"), names);
    }
  }

  private static <R> List<List<Object>> values(Table<R> table, DocumentRows rows) {
    List<List<Object>> out = new ArrayList<>();
    for (R row : rows.rows(table)) {
      out.add(new ArrayList<>(java.util.Arrays.asList(table.values(row))));
    }
    return out;
  }

  private static List<String> sorted(List<List<Object>> rows) {
    return rows.stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList();
  }

  private static boolean has(Map<String, String> byReason, String part, String kind) {
    return byReason.entrySet().stream().anyMatch(e -> e.getKey().contains(part) && e.getValue().equals(kind));
  }
}
