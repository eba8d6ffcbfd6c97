package org.chronik.store;

import java.time.LocalDate;

/**
 * Which events to list. Every field may be null (no restriction).
 *
 * @param actor an actor on either side: key, country code or name
 * @param with the other side of the dyad (needs {@code actor})
 * @param code a CAMEO code or prefix: "04" for all consultations, "041" for one code
 * @param quad quad class 1–4
 * @param includeFlagged also list negated, hypothetical and repeated events
 * @param undated only events without a date (which date ranges and charts cannot show)
 * @param limit at most this many rows; {@link #ALL} for every one
 */
public record EventFilter(String actor, String with, String code, Integer quad, LocalDate from, LocalDate to,
    boolean includeFlagged, boolean undated, int limit) {
  /** No limit. */
  public static final int ALL = Integer.MAX_VALUE;

  public EventFilter {
    if (with != null && actor == null) {
      throw new IllegalArgumentException("--with needs --actor");
    }
    if (code != null && !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("bad CAMEO code \"" + code + "\" (expected 2 to 4 digits, e.g. 04 or 041)");
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new IllegalArgumentException("bad quad class " + quad + " (expected 1 to 4)");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (undated && (from != null || to != null)) {
      throw new IllegalArgumentException("undated events have no date to compare with --from or --to");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  /** A filter of dated and undated events alike. */
  public EventFilter(String actor, String with, String code, Integer quad, LocalDate from, LocalDate to,
      boolean includeFlagged, int limit) {
    this(actor, with, code, quad, from, to, includeFlagged, false, limit);
  }

  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, null, null, false, limit);
  }

  public EventFilter withLimit(int newLimit) {
    return new EventFilter(actor, with, code, quad, from, to, includeFlagged, undated, newLimit);
  }

  public EventFilter withFlagged(boolean flagged) {
    return new EventFilter(actor, with, code, quad, from, to, flagged, undated, limit);
  }
}
