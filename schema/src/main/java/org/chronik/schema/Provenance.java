package org.chronik.schema;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the writer adds to an article's row: the run that stored it (the store's {@code
 * ingest_runs} id; null for engines without runs) and when it was stored.
 */
public record Provenance(Long runId, LocalDateTime ingestedAt) {
  public Provenance {
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }

  public static Provenance now(Long runId) {
    return new Provenance(runId, LocalDateTime.now());
  }
}
