package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.schema.Column;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's tables, after all migrations, are the public schema's tables column by column. */
class SchemaTest {
  @TempDir Path dir;

  @Test
  void everyTableHasTheSchemasColumnsInOrderWithTheirTypesAndNullability() throws Exception {
    try (Store store = Store.open(dir.resolve("store")); Connection c = store.reader()) {
      for (Table<?> table : DocumentRows.TABLES) {
        List<String> expected = new ArrayList<>();
        for (Column<?> column : table.columns()) {
          expected.add(column.name() + " " + column.type() + (column.nullable() ? "" : " NOT NULL"));
        }
        assertEquals(expected, columnsOf(c, table.name()), table.name());
      }
    }
  }

  private static List<String> columnsOf(Connection c, String table) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement("SELECT column_name, data_type, is_nullable FROM information_schema.columns"
        + " WHERE table_name = ? ORDER BY ordinal_position")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1) + " " + rs.getString(2) + ("NO".equals(rs.getString(3)) ? " NOT NULL" : ""));
        }
      }
    }
    return out;
  }

  @Test
  void aStoreOfTheSecondSchemaOpensAndItsArticlesCountAsAnnotated() throws Exception {
    Path folder = dir.resolve("v2");
    Files.createDirectories(folder);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(Store.DATABASE_FILE).toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
      for (int v = 1; v <= 2; v++) {
        String script = new String(Migrations.class.getResourceAsStream(String.format("migrations/V%03d.sql", v)).readAllBytes(),
            StandardCharsets.UTF_8);
        for (String statement : Migrations.statements(script)) {
          st.execute(statement);
        }
        st.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
      }
      st.execute("INSERT INTO articles (id, body, ingested_at) VALUES ('old', 'Ein alter Text.', current_timestamp)");
    }
    try (Store store = Store.open(folder)) {
      assertEquals(Migrations.latestVersion(), store.schemaVersion());
      AnnotatedDocument french = AnnotatedDocument.of(new Article("new", "fr.txt", null, null, null, "Le Chili proteste.",
          null, null, List.of(), Map.of())).with(Layer.LANGUAGE, "fr").with(Layer.STATUS, "not annotated: language fr");
      store.writer().write(List.of(french), 1);
      try (Connection c = store.reader(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT id, language, status FROM articles ORDER BY id")) {
        rs.next();
        assertEquals("new fr not annotated: language fr", rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        rs.next();
        assertEquals("old annotated", rs.getString(1) + " " + rs.getString(3));
      }
    }
  }

  /**
   * The speed branch shipped articles.status as its V003 while main's V003 added events.synthetic;
   * a store of either kind records version 3, and both must reach the same schema.
   */
  @Test
  void aVersionThreeStoreOfEitherBranchReachesTheSchema() throws Exception {
    String speedV003 = "ALTER TABLE articles ADD COLUMN status VARCHAR; UPDATE articles SET status = 'annotated'";
    for (String variant : List.of("main", "speed")) {
      Path folder = dir.resolve("v3-" + variant);
      Files.createDirectories(folder);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(Store.DATABASE_FILE).toAbsolutePath());
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        for (int v = 1; v <= 3; v++) {
          String script = v == 3 && variant.equals("speed") ? speedV003
              : new String(Migrations.class.getResourceAsStream(String.format("migrations/V%03d.sql", v)).readAllBytes(),
                  StandardCharsets.UTF_8);
          for (String statement : Migrations.statements(script)) {
            st.execute(statement);
          }
          st.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
        }
        st.execute("INSERT INTO articles (id, body, ingested_at) VALUES ('old', 'Ein alter Text.', current_timestamp)");
      }
      try (Store store = Store.open(folder); Connection c = store.reader()) {
        for (Table<?> table : DocumentRows.TABLES) {
          assertEquals(table.columnNames(), columnsOf(c, table.name()).stream().map(x -> x.split(" ")[0]).toList(),
              variant + ": " + table.name());
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT status FROM articles")) {
          rs.next();
          assertEquals("annotated", rs.getString(1), variant);
        }
      }
    }
  }
}
