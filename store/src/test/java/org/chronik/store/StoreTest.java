package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  @Test
  void createsVersionedSchemaOnceAndReopens() {
    try (Store store = Store.open(dir)) {
      assertEquals(Migrations.latestVersion(), store.schemaVersion());
      assertTrue(store.schemaVersion() >= 1);
      for (String table : Exporter.TABLES) {
        assertEquals(0, store.count(table), table);
      }
    }
    try (Store store = Store.open(dir)) {
      assertEquals(Migrations.latestVersion(), store.schemaVersion());
      assertEquals(Migrations.latestVersion(), store.count("schema_version"));
    }
  }

  @Test
  void storesEveryLayerAndEventField() {
    AnnotatedDocument doc = Fixtures.phoneCall("paris-tokio.txt", "2024-03-05");
    try (Store store = Store.open(dir)) {
      BatchWriter.BatchResult r = store.writer().write(List.of(doc), 1);
      assertEquals(new BatchWriter.BatchResult(1, 0, 3, 3, 1, 0, java.util.Set.of("country:FRA", "country:JPN", "country:BRA"), java.util.Map.of()), r,
          "one article, three events of which the negated one is flagged, three distinct actors, dated");
      assertEquals(4, store.count("sentences"));
      assertEquals(4, store.count("mentions"));
      assertEquals(3, store.count("actors"));
      assertEquals(1, store.count("quotes"));
      assertEquals(1, store.count("time_expressions"));

      var view = store.articles().get(doc.article().id()).orElseThrow();
      assertEquals(doc.article().body(), view.article().get("body"));
      assertEquals("2024-03-05", view.article().get("creation_date"));
      assertEquals("DAY", view.article().get("date_precision"));
      assertTrue(((String) view.article().get("layers")).contains("events"));
      assertEquals(3, view.events().size());
      Rows events = view.events();
      assertEquals("041", events.get(0, "code"));
      assertEquals(1.0, events.get(0, "goldstein"));
      assertEquals("country:FRA", events.get(0, "source_key"));
      assertEquals("Japan", events.get(0, "target_name"));
      assertEquals("EXPRESSION", events.get(0, "date_source"));
      assertEquals("AFP", events.get(0, "attribution"));
      assertEquals("de.phone.1", events.get(0, "rule"));
      assertEquals("telefonierte", events.get(0, "trigger"));
      assertEquals(false, events.get(0, "flagged"));
      assertEquals("NEGATED", events.get(2, "modality"));
      assertEquals(true, events.get(2, "flagged"));
    }
  }

  @Test
  void eventRowKeepsEvidenceTextQuadAndPlover() throws Exception {
    AnnotatedDocument doc = Fixtures.phoneCall("paris-tokio.txt", "2024-03-05");
    try (Store store = Store.open(dir)) {
      store.writer().write(List.of(doc), 1);
      Rows rows = store.events().list(new EventFilter(null, null, "041", null, null, null, false, 10));
      assertEquals(1, rows.size());
      var event = doc.layer(org.chronik.model.Layer.EVENTS).get(0);
      assertEquals(event.evidence().of(doc.article().body()), rows.get(0, "evidence"));
      assertEquals(doc.article().id(), rows.get(0, "article_id"));
      try (var c = store.reader(); var st = c.createStatement();
          var rs = st.executeQuery("SELECT quad, plover_type, plover_mode, evidence_begin, evidence_end, is_symmetric FROM events WHERE code = '041'")) {
        rs.next();
        assertEquals(1, rs.getInt(1));
        assertEquals("CONSULT", rs.getString(2));
        assertEquals("phone", rs.getString(3));
        assertEquals(event.evidence().begin(), rs.getInt(4));
        assertEquals(event.evidence().end(), rs.getInt(5));
        assertTrue(rs.getBoolean(6));
      }
    }
  }

  @Test
  void writingTheSameDocumentsAgainAddsNothing() {
    List<AnnotatedDocument> docs = List.of(Fixtures.phoneCall("a.txt", "2024-03-05"), Fixtures.phoneCall("b.txt", "2024-03-06"));
    try (Store store = Store.open(dir)) {
      assertEquals(2, store.writer().write(docs, 1).articlesNew());
    }
    try (Store store = Store.open(dir)) {
      BatchWriter.BatchResult again = store.writer().write(docs, 2);
      assertEquals(0, again.articlesNew());
      assertEquals(2, again.articlesSkipped());
      // the same article twice inside one batch is stored once
      AnnotatedDocument c = Fixtures.phoneCall("c.txt", "2024-03-07");
      assertEquals(1, store.writer().write(List.of(c, c), 3).articlesNew());
      assertEquals(3, store.count("articles"));
      assertEquals(9, store.count("events"));
      assertEquals(3, store.search().size());
    }
  }

  @Test
  void storesDocumentsWithoutAnnotationLayers() {
    Article bare = Article.of("bare-1", PartialDate.ofMonth(2023, 7), "Ein Text ohne jede Annotation.");
    try (Store store = Store.open(dir)) {
      assertEquals(1, store.writer().write(List.of(AnnotatedDocument.of(bare)), 1).articlesNew());
      assertEquals(0, store.count("events"));
      assertEquals("MONTH", store.articles().get("bare-1").orElseThrow().article().get("date_precision"));
      assertFalse(store.articles().get("no-such-id").isPresent());
    }
  }

  @Test
  void readOnlyStoreRefusesWritesAndMissingStoreIsNamed() {
    StoreException missing = assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("nothing")));
    assertTrue(missing.getMessage().contains("nothing"), missing.getMessage());
    try (Store store = Store.open(dir)) {
      store.writer().write(List.of(Fixtures.phoneCall("a.txt", "2024-03-05")), 1);
    }
    try (Store store = Store.openReadOnly(dir)) {
      assertEquals(1, store.count("articles"));
      assertEquals(1, store.search().size());
      assertThrows(StoreException.class, () -> store.writer().write(List.of(Fixtures.phoneCall("b.txt", "2024-03-05")), 1));
    }
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    List<String> statements = Migrations.statements("-- a comment; with semicolon\nCREATE TABLE a (x INT); -- trailing\nCREATE TABLE b (y INT);\n");
    assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"), statements);
  }
}
