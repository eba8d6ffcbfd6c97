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
 */
public record EventFilter(String actor, String with, String code, Integer quad, LocalDate from, LocalDate to,
    boolean includeFlagged, int limit) {
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
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, null, null, false, limit);
  }
}
