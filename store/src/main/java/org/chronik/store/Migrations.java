package org.chronik.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database to the newest schema. Scripts are resources {@code migrations/V001.sql},
 * {@code V002.sql}, … applied in order, each in its own transaction together with its row in
 * {@code schema_version}, so a crash never leaves a half-migrated store.
 */
final class Migrations {
  private static final String FOLDER = "migrations/";

  private Migrations() {}

  /** Applies every script newer than the recorded version; returns the version now in place. */
  static int apply(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(connection);
    int next = current + 1;
    String script;
    while ((script = script(next)) != null) {
      int version = next;
      String sql = script;
      try {
        Transaction.run(connection, () -> migrate(connection, version, sql));
      } catch (SQLException e) {
        throw new SQLException("schema migration V" + String.format("%03d", version) + " failed: " + Store.firstLine(String.valueOf(e.getMessage())), e);
      }
      current = next++;
    }
    return current;
  }

  /** Runs one script and records its version; returns the version. */
  private static int migrate(Connection connection, int version, String script) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String statement : statements(script)) {
        st.execute(statement);
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version VALUES (?, current_timestamp)")) {
        insert.setInt(1, version);
        insert.executeUpdate();
      }
    }
    return version;
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The newest version the scripts on the class path describe. */
  static int latestVersion() {
    int v = 0;
    while (script(v + 1) != null) {
      v++;
    }
    return v;
  }

  private static String script(int version) {
    String name = FOLDER + String.format("V%03d.sql", version);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  /** Splits a script on ';' after dropping '--' comment lines (scripts hold no ';' in literals). */
  static java.util.List<String> statements(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("--")) {
        int comment = line.indexOf("--");
        code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
      }
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String part : code.toString().split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
