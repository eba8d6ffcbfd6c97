package org.chronik.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chronik.schema.ArticleRow;
import org.chronik.schema.Column;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;

/**
 * Adds the tables of a Parquet folder (the Spark job's output: {@code DIR/<table>/month=…/*.parquet},
 * or an export's {@code DIR/<table>.parquet}) to the store, read by DuckDB directly. Articles the
 * store has are left out with all their rows, so importing the same folder twice adds nothing; the
 * import is one transaction, recorded as an ingest run, and the search index follows it.
 */
public final class ParquetImport {
  /** What an import added: new articles, articles the store had already, rows per table. */
  public record Result(long runId, long articlesNew, long articlesSkipped, Map<String, Long> rows) {
    public String line() {
      return "imported " + articlesNew + " new articles (" + articlesSkipped + " already stored); rows: " + rows;
    }
  }

  private final Store store;

  public ParquetImport(Store store) {
    this.store = store;
  }

  public Result run(Path folder) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Table<?> table : DocumentRows.TABLES) {
      String glob = glob(folder, table.name());
      if (glob != null) {
        files.put(table.name(), glob);
      }
    }
    if (!files.containsKey(ArticleRow.TABLE.name())) {
      throw new StoreException(folder + ": no articles table (expected " + folder.resolve("articles")
          + "/month=…/*.parquet or " + folder.resolve("articles.parquet") + ")");
    }
    BatchWriter writer = store.writer();
    long runId = writer.startRun("import-parquet " + folder);
    Connection c = store.writerConnection();
    Map<String, Long> rows = new LinkedHashMap<>();
    long started = System.nanoTime();
    Imported imported;
    try {
      imported = Transaction.run(c, () -> insertNew(c, files, runId, rows));
    } catch (SQLException e) {
      throw new StoreException("cannot import " + folder + ": " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
    long offered = imported.offered();
    long[] tally = imported.tally();
    IndexReconciler.reconcile(store, store.index());
    long fresh = rows.get(ArticleRow.TABLE.name());
    writer.finishRun(runId, new IngestSummary(runId, 1, 0, (int) fresh, (int) (offered - fresh), 0,
        rows.getOrDefault("event_mentions", 0L).intValue(), (int) tally[0], (int) tally[1], (int) tally[2],
        (System.nanoTime() - started) / 1e9));
    return new Result(runId, fresh, offered - fresh, rows);
  }

  /** How many articles the folder offered, and the tally of the new ones. */
  private record Imported(long offered, long[] tally) {}

  /** Inserts the rows of the articles the store lacks, table by table (counted in {@code rows}), and merges their mentions. */
  private static Imported insertNew(Connection c, Map<String, String> files, long runId, Map<String, Long> rows) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE import_ids (id VARCHAR PRIMARY KEY)");
      try (PreparedStatement ids = c.prepareStatement("INSERT INTO import_ids SELECT DISTINCT id FROM "
          + source() + " WHERE id NOT IN (SELECT id FROM articles)")) {
        ids.setString(1, files.get(ArticleRow.TABLE.name()));
        ids.executeUpdate();
      }
      long offered = count(c, files.get(ArticleRow.TABLE.name()));
      for (Table<?> table : DocumentRows.TABLES) {
        if (files.containsKey(table.name())) {
          rows.put(table.name(), insert(c, table, files.get(table.name()), runId));
        }
      }
      // the job writes each article's event mentions; the store's events are their merge (V006)
      new EventMerger(c.unwrap(org.duckdb.DuckDBConnection.class)).catchUp();
      long[] tally = tally(c);
      st.execute("DROP TABLE import_ids");
      return new Imported(offered, tally);
    }
  }

  /** Of the imported articles: flagged events, distinct actors, articles without a date (as an ingest counts them). */
  private static long[] tally(Connection c) throws SQLException {
    String sql = "SELECT (SELECT count(*) FROM event_mentions WHERE flagged AND article_id IN (SELECT id FROM import_ids)),"
        + " (SELECT count(DISTINCT actor_key) FROM actors WHERE article_id IN (SELECT id FROM import_ids)),"
        + " (SELECT count(*) FROM articles WHERE creation_date IS NULL AND id IN (SELECT id FROM import_ids))";
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  /** The table's rows of new articles, column by column by name; a column the files lack is null. */
  private static long insert(Connection c, Table<?> table, String glob, long runId) throws SQLException {
    Set<String> present = columns(c, glob);
    List<String> select = new ArrayList<>();
    for (Column<?> column : table.columns()) {
      if (column.name().equals("run_id") && table == ArticleRow.TABLE) {
        select.add(runId + " AS run_id"); // the store's run that imported it
      } else if (column.name().equals("global_event_id")) {
        select.add("NULL AS global_event_id"); // the event ids of another store mean nothing here: merged below
      } else if (present.contains(column.name())) {
        select.add(column.name());
      } else if (column.nullable()) {
        select.add("NULL AS " + column.name());
      } else {
        throw new StoreException(glob + ": no column " + column.name() + " (table " + table.name() + " needs it)");
      }
    }
    String key = table == ArticleRow.TABLE ? "id" : "article_id";
    // a table name and column names come from the schema, the path is a bound parameter
    String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columnNames()) + ") SELECT "
        + String.join(", ", select) + " FROM " + source() + " WHERE " + key + " IN (SELECT id FROM import_ids)"
        + (table == ArticleRow.TABLE ? " QUALIFY row_number() OVER (PARTITION BY id) = 1" : "");
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, glob);
      return st.executeUpdate();
    }
  }

  private static String source() {
    return "read_parquet(?, hive_partitioning = false, union_by_name = true)";
  }

  private static Set<String> columns(Connection c, String glob) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (PreparedStatement st = c.prepareStatement("SELECT column_name FROM (DESCRIBE SELECT * FROM " + source() + ")")) {
      st.setString(1, glob);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static long count(Connection c, String glob) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT count(DISTINCT id) FROM " + source())) {
      st.setString(1, glob);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The files of a table in the folder as a DuckDB glob, or null when it has none. */
  private static String glob(Path folder, String table) {
    Path single = folder.resolve(table + ".parquet");
    if (Files.isRegularFile(single)) {
      return single.toAbsolutePath().toString();
    }
    Path dir = folder.resolve(table);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      boolean any = walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet") && !p.getFileName().toString().startsWith("."));
      return any ? dir.toAbsolutePath() + "/**/*.parquet" : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
