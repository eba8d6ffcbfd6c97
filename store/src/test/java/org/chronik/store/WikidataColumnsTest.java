package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actors keep their Wikidata id in the store (schema V002) and in every export. */
class WikidataColumnsTest {
  private static final ActorRef GERMANY = new ActorRef("country:DEU", "Germany", ActorType.COUNTRY, "DEU", "GOV", null, "Q183");
  private static final ActorRef POLAND = new ActorRef("country:POL", "Poland", ActorType.COUNTRY, "POL", "GOV", null, "Q36");

  @TempDir Path dir;

  @Test
  void aStoreOfTheFirstSchemaIsMigratedAndKeepsItsRows() throws Exception {
    Path folder = dir.resolve("old");
    Files.createDirectories(folder);
    String script = new String(Migrations.class.getResourceAsStream("migrations/V001.sql").readAllBytes(), StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("chronik.duckdb").toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
      for (String statement : Migrations.statements(script)) {
        st.execute(statement);
      }
      st.execute("INSERT INTO schema_version VALUES (1, current_timestamp)");
      st.execute("INSERT INTO actors VALUES ('old-article', 'country:FRA', 'France', 'COUNTRY', 'FRA', NULL, NULL, 2, 0)");
    }
    try (Store store = Store.open(folder)) {
      assertEquals(Migrations.latestVersion(), store.schemaVersion());
      store.writer().write(List.of(Fixtures.eventsOnly("new.txt", "2025-02-03", GERMANY, POLAND, Fixtures.PHONE)), 1);
      try (Connection c = store.reader(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT name, wikidata FROM actors ORDER BY name")) {
        rs.next();
        assertEquals("France", rs.getString(1));
        assertNull(rs.getString(2), "rows written before the migration have no id");
      }
      try (Connection c = store.reader(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT source_wikidata, target_wikidata FROM events")) {
        rs.next();
        assertEquals("Q183", rs.getString(1));
        assertEquals("Q36", rs.getString(2));
      }
    }
  }

  @Test
  void actorsMentionsAndEventsCarryTheIdIntoTheExports() throws Exception {
    AnnotatedDocument doc = Fixtures.eventsOnly("a.txt", "2025-02-03", GERMANY, POLAND, Fixtures.PHONE);
    List<org.chronik.model.Actor> actors = List.of(new org.chronik.model.Actor(GERMANY, List.of(new org.chronik.model.Span(0, 7))));
    doc = doc.with(org.chronik.model.Layer.ACTORS, actors)
        .with(org.chronik.model.Layer.MENTIONS, List.of(new org.chronik.model.Mention(new org.chronik.model.Span(0, 7), "Germany", GERMANY, "NAME", "test")));
    try (Store store = Store.open(dir.resolve("store"))) {
      store.writer().write(List.of(doc), 1);
      Path out = dir.resolve("out");
      new Exporter(store).export(Exporter.Format.JSONL, out);
      String actorsJson = Files.readString(out.resolve("actors.jsonl"));
      assertTrue(actorsJson.contains("\"wikidata\":\"Q183\""), actorsJson);
      String events = Files.readString(out.resolve("events.jsonl"));
      assertTrue(events.contains("\"source_wikidata\":\"Q183\"") && events.contains("\"target_wikidata\":\"Q36\""), events);
      assertTrue(Files.readString(out.resolve("mentions.jsonl")).contains("\"actor_wikidata\":\"Q183\""));
      var view = store.articles().get(doc.article().id()).orElseThrow();
      assertEquals("Q183", view.actors().get(0, "wikidata"));
    }
  }
}
