package org.chronik.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/** What opening a store does besides migrating: connecting to its DuckDB file, and the repairs a write open makes. */
final class StoreSetup {
  private StoreSetup() {}

  static DuckDBConnection connect(Path folder, boolean readOnly) {
    Properties properties = new Properties();
    // never reach for the network to fetch extensions
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    String url = "jdbc:duckdb:" + folder.resolve(Store.DATABASE_FILE).toAbsolutePath();
    try {
      return (DuckDBConnection) DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("lock")) {
        throw new StoreException("store " + folder + " is in use by another process (an ingest running?): " + Store.firstLine(message), e);
      }
      throw new StoreException("cannot open store " + folder + ": " + Store.firstLine(message), e);
    }
  }

  /** Mentions no event holds yet (a store from before V006, a benchmark fill) are merged into events, in one transaction. */
  static void mergeOpenMentions(DuckDBConnection connection) throws SQLException {
    Transaction.run(connection, () -> new EventMerger(connection).catchUp());
  }

  static void markInterruptedRuns(Connection connection) throws SQLException {
    // only one process can hold the store for writing, so a run still 'running' now was killed
    try (PreparedStatement st = connection.prepareStatement("UPDATE ingest_runs SET status = ? WHERE status = ?")) {
      st.setString(1, "interrupted");
      st.setString(2, "running");
      st.executeUpdate();
    }
  }
}
