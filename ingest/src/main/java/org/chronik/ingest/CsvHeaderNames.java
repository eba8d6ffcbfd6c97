package org.chronik.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    try (InputStream in = CsvHeaderNames.class.getResourceAsStream("csv-columns.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/chronik/ingest/csv-columns.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          throw new IllegalStateException("csv-columns.tsv line " + n + ": expected role<TAB>name");
        }
        roles.put(f[1].strip().toLowerCase(Locale.ROOT), f[0].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(roles);
  }
}
