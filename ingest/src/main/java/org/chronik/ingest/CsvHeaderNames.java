package org.chronik.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronik.model.io.Tsv;

/** The header names that mark a CSV column's role (csv-columns.tsv beside this class), loaded once. */
final class CsvHeaderNames {
  private static final Map<String, String> ROLES = load();

  private CsvHeaderNames() {}

  /** The role a header name stands for ("text", "date", "title", "url"), or null. */
  static String role(String header) {
    return ROLES.get(header.strip().toLowerCase(Locale.ROOT));
  }

  /** The first column of {@code header} with that role, or -1. */
  static int find(List<String> header, String role) {
    for (int i = 0; i < header.size(); i++) {
      if (role.equals(role(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> load() {
    Map<String, String> roles = new HashMap<>();
    for (Tsv.Row row : Tsv.columns(Tsv.resource(CsvHeaderNames.class, "csv-columns.tsv"), 2)) {
      roles.put(row.field(1).toLowerCase(Locale.ROOT), row.field(0));
    }
    return Map.copyOf(roles);
  }
}
