package org.chronik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run that died leaves behind, and what the next run makes of it. */
class StagedOutputTest {
  @TempDir Path root;

  private void stage(String run, String table, String file) throws IOException {
    Path dir = Files.createDirectories(root.resolve(StagedOutput.STAGING).resolve(run).resolve(table).resolve("month=2024-06"));
    Files.writeString(dir.resolve(file), table);
  }

  @Test
  void aCompleteRunIsMovedIntoPlaceAndAnUnfinishedOneDeleted() throws IOException {
    stage("run-complete", "event_mentions", "part-1.parquet");
    stage("run-complete", "articles", "part-1.parquet");
    Files.createFile(root.resolve(StagedOutput.STAGING).resolve("run-complete").resolve(StagedOutput.COMPLETE));
    stage("run-died", "event_mentions", "part-2.parquet"); // died before all tables were written: no mark
    StagedOutput output = new StagedOutput(root.toString(), new Configuration());

    List<String> notes = output.recover(AnnotateRun.MOVE_ORDER);

    assertEquals(2, notes.size(), notes.toString());
    assertEquals("event_mentions", Files.readString(root.resolve("event_mentions/month=2024-06/part-1.parquet")));
    assertEquals("articles", Files.readString(root.resolve("articles/month=2024-06/part-1.parquet")));
    assertTrue(Files.notExists(root.resolve("event_mentions/month=2024-06/part-2.parquet")), "an unfinished run's files are not moved");
    try (var left = Files.list(root.resolve(StagedOutput.STAGING))) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void completingARunMovesEveryTableAndTheArticlesComeLast() throws IOException {
    stage("run", "articles", "part-1.parquet");
    stage("run", "quotes", "part-1.parquet");
    stage("run", SparkTables.ERRORS, "part-1.parquet");
    assertEquals("articles", AnnotateRun.MOVE_ORDER.get(AnnotateRun.MOVE_ORDER.size() - 1));
    assertEquals(3, new StagedOutput(root.toString(), new Configuration()).complete("run", AnnotateRun.MOVE_ORDER));
    assertTrue(Files.isRegularFile(root.resolve("quotes/month=2024-06/part-1.parquet")));
    assertTrue(Files.isRegularFile(root.resolve("articles/month=2024-06/part-1.parquet")));
    assertTrue(Files.notExists(root.resolve(StagedOutput.STAGING).resolve("run")));
  }

  @Test
  void aRelativeOutputPathIsMovedIntoTheSameLayout() throws IOException {
    stage("run", "event_mentions", "part-1.parquet");
    stage("run", "articles", "part-1.parquet");
    String relative = Path.of("").toAbsolutePath().relativize(root).toString(); // as in 'AnnotateJob examples/ spark-out'
    assertTrue(!relative.startsWith("/"), relative);
    assertEquals(2, new StagedOutput(relative, new Configuration()).complete("run", AnnotateRun.MOVE_ORDER));
    assertEquals("event_mentions", Files.readString(root.resolve("event_mentions/month=2024-06/part-1.parquet")));
    assertEquals("articles", Files.readString(root.resolve("articles/month=2024-06/part-1.parquet")));
  }
}
