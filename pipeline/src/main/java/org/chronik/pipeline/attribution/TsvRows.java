package org.chronik.pipeline.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated knowledge file from the class path: '#' starts a comment line, blank lines are skipped. */
public final class TsvRows {
  private TsvRows() {}

  /** The rows of a resource, each with exactly {@code columns} fields; a wrong row fails naming file and line. */
  public static List<String[]> read(String resource, int columns) {
    InputStream in = TsvRows.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no language knowledge at " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalArgumentException(resource + " line " + number + ": expected " + columns + " tab-separated columns, found " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  /** True when the resource exists. */
  public static boolean exists(String resource) {
    return TsvRows.class.getResource(resource) != null;
  }
}
