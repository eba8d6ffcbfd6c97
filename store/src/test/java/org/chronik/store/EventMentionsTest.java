package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions of one happening in several articles are one event; re-ingesting adds nothing; an older store is merged on open. */
class EventMentionsTest {
  @TempDir Path dir;

  private static long scalar(Store store, String sql) throws Exception {
    return CrashRecoveryTest.scalar(store, sql);
  }

  @Test
  void twoArticlesReportingTheSameCallAreOneEventWithTwoMentions() throws Exception {
    try (Store store = Store.open(dir.resolve("s"))) {
      BatchWriter.BatchResult first = store.writer().write(List.of(Fixtures.phoneCall("lemonde.txt", "2024-03-05")), 1);
      assertEquals(3, first.newEvents());
      BatchWriter.BatchResult second = store.writer().write(List.of(Fixtures.phoneCall("nhk.txt", "2024-03-05")), 2);
      // the call and the accusation are reported again; the negated sanction is no report of a sanction: an event of its own
      assertEquals(1, second.newEvents());
      assertEquals(6, store.count("event_mentions"));
      assertEquals(4, store.count("events"));
      assertEquals(2, scalar(store, "SELECT num_mentions FROM events WHERE code = '041'"));
      assertEquals(2, scalar(store, "SELECT num_articles FROM events WHERE code = '041'"));
      assertEquals(1, scalar(store, "SELECT num_sources FROM events WHERE code = '041'"), "both pages are on example.org: one outlet");
      assertEquals(1, scalar(store, "SELECT count(DISTINCT global_event_id) FROM event_mentions WHERE code = '041'"));
      assertEquals(2, store.events().count(EventFilter.all(EventFilter.ALL)), "answers count events, not mentions");
      long call = scalar(store, "SELECT global_event_id FROM events WHERE code = '041'");
      Rows mentions = store.events().mentions(call);
      assertEquals(2, mentions.size());
      assertEquals(java.util.Set.of("lemonde.txt", "nhk.txt"), java.util.Set.of(mentions.get(0, "source"), mentions.get(1, "source")));
      assertEquals("Frankreichs Außenministerin telefonierte am Dienstag mit ihrem Amtskollegen aus Japan.", mentions.get(0, "sentence"));

      // the same articles again: nothing added, no mention counted twice
      BatchWriter.BatchResult again = store.writer().write(List.of(Fixtures.phoneCall("nhk.txt", "2024-03-05"),
          Fixtures.phoneCall("lemonde.txt", "2024-03-05")), 3);
      assertEquals(0, again.articlesNew());
      assertEquals(0, again.newEvents());
      assertEquals(6, store.count("event_mentions"));
      assertEquals(2, scalar(store, "SELECT num_mentions FROM events WHERE code = '041'"));

      // the next day's call is another call
      store.writer().write(List.of(Fixtures.phoneCall("nhk-2.txt", "2024-03-06")), 4);
      assertEquals(2, scalar(store, "SELECT count(*) FROM events WHERE code = '041'"));
      assertEquals(0, scalar(store, "SELECT count(*) FROM event_mentions WHERE global_event_id IS NULL"));
      assertEquals(scalar(store, "SELECT count(*) FROM event_mentions"), scalar(store, "SELECT sum(num_mentions) FROM events"));
    }
  }

  @Test
  void aStoreFromBeforeV006IsMergedWhenOpened() throws Exception {
    Path folder = dir.resolve("v5");
    Files.createDirectories(folder);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(Store.DATABASE_FILE).toAbsolutePath());
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
      for (int v = 1; v <= 5; v++) {
        String script = new String(Migrations.class.getResourceAsStream(String.format("migrations/V%03d.sql", v)).readAllBytes(),
            StandardCharsets.UTF_8);
        for (String statement : Migrations.statements(script)) {
          st.execute(statement);
        }
        st.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
      }
      st.execute("INSERT INTO articles (id, url, creation_date, body, ingested_at) VALUES"
          + " ('a1', 'https://www.example-news.de/1', DATE '2024-05-16', 'Text eins.', current_timestamp),"
          + " ('a2', 'https://other-paper.example/2', DATE '2024-05-17', 'Text zwei.', current_timestamp)");
      // the old events table: one row per article and event
      st.execute("INSERT INTO events (article_id, event_id, code, root_code, source_key, target_key, is_symmetric, event_date,"
          + " date_precision, flagged, evidence_text) VALUES"
          + " ('a1', 'e1', '040', '04', 'country:CHN', 'country:RUS', true, DATE '2024-05-16', 'DAY', false, 'eins'),"
          + " ('a2', 'e1', '043', '04', 'country:RUS', 'country:CHN', true, DATE '2024-05-16', 'DAY', false, 'zwei'),"
          + " ('a2', 'e2', '112', '11', 'country:RUS', 'country:USA', false, DATE '2024-05-16', 'DAY', false, 'drei')");
    }
    try (Store store = Store.open(folder)) {
      assertEquals(Migrations.latestVersion(), store.schemaVersion());
      assertEquals(3, store.count("event_mentions"));
      assertEquals(2, store.count("events"));
      assertEquals(2, scalar(store, "SELECT num_sources FROM events WHERE root_code = '04'"));
      assertEquals(16, scalar(store, "SELECT day(first_seen) FROM events WHERE root_code = '04'"));
      assertEquals(17, scalar(store, "SELECT day(last_seen) FROM events WHERE root_code = '04'"));
      assertEquals(0, scalar(store, "SELECT count(*) FROM event_mentions WHERE global_event_id IS NULL"));
    }
  }
}
