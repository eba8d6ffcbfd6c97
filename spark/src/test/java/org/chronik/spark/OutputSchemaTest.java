package org.chronik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.chronik.model.AnnotatedDocument;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import org.chronik.store.BatchWriter;
import org.chronik.store.Exporter;
import org.chronik.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's Parquet files have the schema of {@code chronik export --format parquet}, column by
 * column down to the Parquet types: the same articles go through the store and its export, and
 * DuckDB reads both files' schemas.
 */
class OutputSchemaTest {
  @TempDir Path tmp;

  @Test
  void everyTableHasTheExportsParquetSchema() throws IOException, SQLException {
    JobFixture job = JobFixture.get();
    LanguageRouter router = Pipelines.router(PipelineOptions.defaults());
    List<AnnotatedDocument> documents = job.goodArticles().values().stream().map(router::apply).toList();
    Path export = tmp.resolve("export");
    try (Store store = Store.open(tmp.resolve("store"))) {
      BatchWriter writer = store.writer();
      writer.write(documents, writer.startRun("schema test"));
      new Exporter(store).export(Exporter.Format.PARQUET, export);
    }
    Properties offline = new Properties();
    offline.setProperty("autoinstall_known_extensions", "false");
    offline.setProperty("autoload_known_extensions", "false");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:", offline)) {
      for (Table<?> table : DocumentRows.TABLES) {
        List<String> exported = schema(duckdb, export.resolve(table.name() + ".parquet"));
        List<String> written = schema(duckdb, aFileOf(job.output.resolve(table.name())));
        assertEquals(table.columnNames().size(), exported.size(), table.name());
        assertEquals(exported, written, "Parquet schema of " + table.name());
      }
    }
  }

  /**
   * Each column of a Parquet file in order: its name, its physical Parquet type and the SQL type a
   * reader (DuckDB) gives it. Not compared: whether a column is marked REQUIRED (DuckDB marks a
   * column REQUIRED when the rows it writes hold no null, so it depends on the data, not the schema)
   * and how a type is spelled (Spark adds a logical annotation where DuckDB writes the older
   * converted one; both read as the same SQL type).
   */
  private static List<String> schema(Connection duckdb, Path file) throws SQLException {
    List<String> physical = new ArrayList<>();
    try (PreparedStatement st = duckdb.prepareStatement(
        "SELECT name, type FROM parquet_schema(?) WHERE num_children IS NULL OR num_children = 0")) {
      st.setString(1, file.toString());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          physical.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
    }
    List<String> columns = new ArrayList<>();
    try (PreparedStatement st = duckdb.prepareStatement(
        "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?, hive_partitioning = false))")) {
      st.setString(1, file.toString());
      try (ResultSet rs = st.executeQuery()) {
        for (int i = 0; rs.next(); i++) {
          assertTrue(physical.get(i).startsWith(rs.getString(1) + " "), file + ": " + physical);
          columns.add(physical.get(i) + " " + rs.getString(2));
        }
      }
    }
    return columns;
  }

  private static Path aFileOf(Path table) throws IOException {
    try (Stream<Path> files = Files.walk(table)) {
      List<Path> parquet = files.filter(f -> f.toString().endsWith(".parquet")).toList();
      assertTrue(!parquet.isEmpty(), "no Parquet file in " + table);
      return parquet.get(0);
    }
  }
}
