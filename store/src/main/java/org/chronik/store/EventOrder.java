package org.chronik.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order of an event list: one of the listed columns, ascending or descending; ties and empty
 * values go last, then newest first, so a page is always the same page.
 *
 * @param column the column's name in the list's output (date, code, code_name, quad, goldstein, source, target, modality, mentions, sources)
 */
public record EventOrder(String column, boolean descending) {
  /** Output column → SQL expression; nothing else ever reaches the ORDER BY. */
  private static final Map<String, String> SQL = new LinkedHashMap<>();

  static {
    SQL.put("date", "event_date");
    SQL.put("code", "code");
    SQL.put("code_name", "code_name");
    SQL.put("quad", "quad");
    SQL.put("goldstein", "goldstein");
    SQL.put("source", "lower(source_name)");
    SQL.put("target", "lower(target_name)");
    SQL.put("modality", "modality");
    SQL.put("mentions", "num_mentions");
    SQL.put("sources", "num_sources");
  }

  /** The default: newest first. */
  public static final EventOrder NEWEST = new EventOrder("date", true);

  public EventOrder {
    if (!SQL.containsKey(column)) {
      throw new IllegalArgumentException("cannot sort by \"" + column + "\" (expected one of " + String.join(", ", SQL.keySet())
          + ", with a leading - for descending)");
    }
  }

  /** "goldstein" ascending, "-goldstein" descending. */
  public static EventOrder parse(String text) {
    String t = text.strip();
    boolean descending = t.startsWith("-");
    return new EventOrder(descending ? t.substring(1) : t, descending);
  }

  String orderBy() {
    String direction = descending ? " DESC" : " ASC";
    return SQL.get(column) + direction + " NULLS LAST, event_date DESC NULLS LAST, article_id, evidence_begin, event_id";
  }

  @Override
  public String toString() {
    return (descending ? "-" : "") + column;
  }
}
