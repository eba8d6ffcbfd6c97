package org.chronik.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.OutputTables;
import org.chronik.schema.Table;

/**
 * Writes the store's tables to files: Parquet, CSV or JSON Lines through DuckDB's COPY (one file
 * per table, columns as the public schema ({@code chronik-schema}) lists them), or the events in
 * GDELT 2.0 event-file layout.
 */
public final class Exporter {
  public enum Format { PARQUET, CSV, JSONL, GDELT }

  /** The schema's document tables, then the store's own record of ingest runs. */
  static final List<String> TABLES = java.util.stream.Stream.concat(
      OutputTables.ALL.stream().map(Table::name), java.util.stream.Stream.of("ingest_runs")).toList();

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /**
   * One file written: the table it holds, its rows, and what was left out of it (GDELT files have
   * no flagged or undated events), for saying what an export did.
   */
  public record Written(String table, long rows, Path file, String leftOut) {}

  /**
   * Exports into {@code folder} (created if needed); returns the files written. The events table
   * holds the store's {@link EventScope} only: real events, or a benchmark store's synthetic ones.
   */
  public List<Written> export(Format format, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot create export folder " + folder + ": " + e.getMessage(), e);
    }
    if (format == Format.GDELT) {
      return List.of(new GdeltExport(store).write(folder.resolve("events.gdelt.tsv").toAbsolutePath()));
    }
    List<Written> written = new ArrayList<>();
    String scope = store.scope().condition();
    try (Connection c = store.reader(); Statement st = c.createStatement()) {
      Transaction.snapshot(c, () -> { // all tables from one snapshot
        for (String table : TABLES) {
          Path file = folder.resolve(table + "." + format.name().toLowerCase(Locale.ROOT)).toAbsolutePath();
          // COPY takes no bound parameter for its target, so the path goes in as an escaped literal;
          // table names come from the fixed list above, the scope condition is a fixed text
          String select = "SELECT " + columns(table) + " FROM " + table + (table.equals("events") || table.equals("event_mentions") ? " WHERE " + scope : "");
          st.execute("COPY (" + select + ") TO " + literal(file.toString()) + " " + options(format));
          long rows;
          try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + select + ")")) {
            rs.next();
            rows = rs.getLong(1);
          }
          written.add(new Written(table, rows, file, null));
        }
        return null;
      });
    } catch (SQLException e) {
      throw new StoreException("export to " + folder + " failed: " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
    return written;
  }

  /** The schema's columns in the schema's order, so every engine's export has the same layout. */
  private static String columns(String table) {
    return OutputTables.ALL.stream().filter(t -> t.name().equals(table)).findFirst()
        .map(t -> String.join(", ", t.columnNames())).orElse("*");
  }

  private static String options(Format format) {
    return switch (format) {
      case PARQUET -> "(FORMAT parquet, COMPRESSION zstd)";
      case CSV -> "(FORMAT csv, HEADER true)";
      case JSONL -> "(FORMAT json)";
      case GDELT -> throw new IllegalArgumentException("gdelt is written by GdeltExport");
    };
  }

  /** A SQL string literal: quotes doubled, control characters refused. */
  static String literal(String s) {
    if (s.chars().anyMatch(ch -> ch < 0x20)) {
      throw new IllegalArgumentException("control character in path: " + s);
    }
    return "'" + s.replace("'", "''") + "'";
  }
}
