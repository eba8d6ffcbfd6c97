package org.chronik.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * One Chronik store: a DuckDB file ({@code chronik.duckdb}) and a Lucene index ({@code index/})
 * in one folder. A read-write store is owned by one process (DuckDB locks the file); inside it,
 * any number of threads read through {@link #reader()} connections, each transaction a snapshot.
 * See README.md in this module for how a server reads while an ingest writes.
 */
public final class Store implements AutoCloseable {
  public static final String DATABASE_FILE = "chronik.duckdb";
  public static final String INDEX_FOLDER = "index";

  private final Path folder;
  private final DuckDBConnection connection;
  private final SearchIndex index;
  private final boolean readOnly;
  private volatile EventScope fixedScope; // a read-only store cannot change, so its scope is read once

  private Store(Path folder, DuckDBConnection connection, SearchIndex index, boolean readOnly) {
    this.folder = folder;
    this.connection = connection;
    this.index = index;
    this.readOnly = readOnly;
  }

  /** Opens (creating if needed) a store for writing: migrates the schema and reconciles the index. */
  public static Store open(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot create store folder " + folder + ": " + e.getMessage(), e);
    }
    DuckDBConnection connection = connect(folder, false);
    try {
      Migrations.apply(connection);
      markInterruptedRuns(connection);
      SearchIndex index = SearchIndex.openForWriting(folder.resolve(INDEX_FOLDER));
      Store store = new Store(folder, connection, index, false);
      IndexReconciler.reconcile(store, index);
      return store;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      throw e instanceof StoreException se ? se : new StoreException("cannot open store " + folder + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Opens an existing store for queries only. Several processes may hold a store read-only at once,
   * but not while another process writes it.
   */
  public static Store openReadOnly(Path folder) {
    if (!Files.isRegularFile(folder.resolve(DATABASE_FILE))) {
      throw new StoreException("no store at " + folder + " (expected " + folder.resolve(DATABASE_FILE) + "; run chronik ingest first)");
    }
    DuckDBConnection connection = connect(folder, true);
    try {
      int version = Migrations.currentVersion(connection);
      if (version < Migrations.latestVersion()) {
        throw new StoreException("store " + folder + " has schema version " + version + ", this chronik needs "
            + Migrations.latestVersion() + ": open it once for writing (e.g. chronik ingest) to migrate");
      }
      return new Store(folder, connection, SearchIndex.openForReading(folder.resolve(INDEX_FOLDER)), true);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      throw e instanceof StoreException se ? se : new StoreException("cannot open store " + folder + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private static DuckDBConnection connect(Path folder, boolean readOnly) {
    Properties properties = new Properties();
    // never reach for the network to fetch extensions
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    String url = "jdbc:duckdb:" + folder.resolve(DATABASE_FILE).toAbsolutePath();
    try {
      return (DuckDBConnection) DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("lock")) {
        throw new StoreException("store " + folder + " is in use by another process (an ingest running?): " + firstLine(message), e);
      }
      throw new StoreException("cannot open store " + folder + ": " + firstLine(message), e);
    }
  }

  private static void markInterruptedRuns(Connection connection) throws SQLException {
    // only one process can hold the store for writing, so a run still 'running' now was killed
    try (PreparedStatement st = connection.prepareStatement("UPDATE ingest_runs SET status = ? WHERE status = ?")) {
      st.setString(1, "interrupted");
      st.setString(2, "running");
      st.executeUpdate();
    }
  }

  public Path folder() {
    return folder;
  }

  public boolean readOnly() {
    return readOnly;
  }

  /** A new connection to the same database for one reader thread; close it when done. */
  public Connection reader() {
    try {
      return connection.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot open a reader on " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The connection the single writer uses (writes happen on one thread). */
  DuckDBConnection writerConnection() {
    if (readOnly) {
      throw new StoreException("store " + folder + " is open read-only");
    }
    return connection;
  }

  SearchIndex index() {
    return index;
  }

  /**
   * Which events this store's answers come from: the real ones, or, when it holds no articles but
   * synthetic events, those (see {@link EventScope}).
   */
  public EventScope scope() {
    EventScope scope = fixedScope;
    if (scope != null) {
      return scope;
    }
    try (Connection c = reader()) {
      scope = EventScope.of(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + folder + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }
    if (readOnly) {
      fixedScope = scope;
    }
    return scope;
  }

  public BatchWriter writer() {
    return new BatchWriter(this);
  }

  public EventQueries events() {
    return new EventQueries(this);
  }

  public ArticleQueries articles() {
    return new ArticleQueries(this);
  }

  public SearchIndex search() {
    return index;
  }

  /** Number of rows in a table of this store's schema. */
  public long count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    try (Connection c = reader(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
    }
  }

  public int schemaVersion() {
    try {
      return Migrations.currentVersion(connection);
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing after a failure: the first error is the one to report
    }
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
