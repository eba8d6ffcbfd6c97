package org.chronik.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the job does; sent to every task.
 *
 * @param inputs Hadoop paths (files or directories) of JSON Lines, Parquet, seed-format, text or HTML files
 * @param output the output folder (a Hadoop path); tables go below it
 * @param language ISO code given to articles whose input names no language, or null to identify each one
 * @param actorFiles extra actor dictionaries: file names shipped with {@code --files}, or local paths
 * @param partitions annotation tasks, or 0 for four per core of the cluster
 * @param limit read only the first this many articles of the input, or 0 for all
 * @param maxChars articles with a longer text go to {@code errors} unannotated
 * @param date creation date (YYYY-MM[-DD]) for articles whose input gives none, or null
 */
public record JobOptions(List<String> inputs, String output, String language, List<String> actorFiles,
    int partitions, long limit, int maxChars, String date) implements Serializable {

  /** Far above a news article; longer texts are dumps or garbage and cost the parser minutes. */
  public static final int DEFAULT_MAX_CHARS = 200_000;

  public JobOptions {
    inputs = List.copyOf(inputs);
    actorFiles = List.copyOf(actorFiles);
    Objects.requireNonNull(output, "output");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input path");
    }
    if (partitions < 0 || limit < 0 || maxChars <= 0) {
      throw new IllegalArgumentException("partitions and limit must not be negative, max chars must be positive");
    }
  }

  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, null, List.of(), 0, 0, DEFAULT_MAX_CHARS, null);
  }

  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, language, actorFiles, n, limit, maxChars, date);
  }

  public JobOptions withLimit(long n) {
    return new JobOptions(inputs, output, language, actorFiles, partitions, n, maxChars, date);
  }

  public JobOptions withMaxChars(int n) {
    return new JobOptions(inputs, output, language, actorFiles, partitions, limit, n, date);
  }

  public JobOptions withLanguage(String iso) {
    return new JobOptions(inputs, output, iso, actorFiles, partitions, limit, maxChars, date);
  }

  public JobOptions withActorFiles(List<String> files) {
    return new JobOptions(inputs, output, language, files, partitions, limit, maxChars, date);
  }

  public JobOptions withDate(String d) {
    return new JobOptions(inputs, output, language, actorFiles, partitions, limit, maxChars, d);
  }
}
