package org.chronik.spark;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One line in the driver log for every annotation task that finishes: its partition, its articles,
 * failures and events, its time, and the run's totals so far. Tasks of other stages (reading,
 * writing) carry none of the job's counters and print nothing.
 */
final class PartitionProgress extends SparkListener {
  private final AnnotatePartition.Counters counters;
  private final int partitions;
  private final PrintStream log;
  private final long started = System.nanoTime();
  private int done;
  private long articles;
  private long failures;

  PartitionProgress(AnnotatePartition.Counters counters, int partitions, PrintStream log) {
    this.counters = counters;
    this.partitions = partitions;
    this.log = log;
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    if (taskEnd.taskInfo() == null || !taskEnd.taskInfo().successful()) {
      return;
    }
    Map<Long, Long> updates = new HashMap<>();
    for (AccumulableInfo info : CollectionConverters.asJava(taskEnd.taskInfo().accumulables())) {
      if (info.update().isDefined() && info.update().get() instanceof Long value) {
        updates.put(info.id(), value);
      }
    }
    Long taskArticles = updates.get(counters.articles().id());
    Long taskFailures = updates.get(counters.failures().id());
    if (taskArticles == null && taskFailures == null) {
      return; // not an annotation task
    }
    long a = taskArticles == null ? 0 : taskArticles;
    long f = taskFailures == null ? 0 : taskFailures;
    long e = updates.getOrDefault(counters.events().id(), 0L);
    done++;
    articles += a;
    failures += f;
    double seconds = (System.nanoTime() - started) / 1e9;
    log.printf("chronik-spark: partition %d done (%d of %d): %d articles, %d events, %d errors in %.1f s;"
            + " run so far %d articles, %d errors, %.2f articles/s%n",
        taskEnd.taskInfo().index(), done, partitions, a, e, f, taskEnd.taskInfo().duration() / 1000.0,
        articles, failures, articles / Math.max(seconds, 1e-9));
  }
}
