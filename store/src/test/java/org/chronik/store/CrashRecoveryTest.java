package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingesting process with SIGKILL, then checks the store and completes the run. */
class CrashRecoveryTest {
  static final int DOCUMENTS = 200;
  static final int BATCH = 5;

  @TempDir Path dir;

  @Test
  void killedIngestLosesAtMostTheBatchInFlightAndRerunCompletesWithoutDuplicates() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        SlowIngestMain.class.getName(), dir.toString(), Integer.toString(DOCUMENTS), "40", Integer.toString(BATCH));
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process child = pb.start();
    int batches = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (batches < 4 && (line = out.readLine()) != null) {
        if (line.startsWith("batch committed")) {
          batches++;
        }
        if (line.equals("opened")) {
          // while the child writes, another process can neither write nor read the store: it is told so
          StoreException busy = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
          assertTrue(busy.getMessage().contains("in use by another process"), busy.getMessage());
        }
      }
      assertEquals(4, batches, "the child should commit batches before it is killed");
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertFalse(child.isAlive());

    long stored;
    // query commands open read-only; they must see the committed batches of the killed run too
    long seenReadOnly;
    try (Store readOnly = Store.openReadOnly(dir)) {
      seenReadOnly = readOnly.count("articles");
    }
    try (Store store = Store.open(dir)) {
      stored = store.count("articles");
      assertTrue(stored >= 4L * BATCH && stored < DOCUMENTS, "stored " + stored);
      assertEquals(0, stored % BATCH, "whole batches only: " + stored);
      assertEquals(stored, seenReadOnly);
      assertEquals(SyntheticDocuments.EVENTS_PER_DOCUMENT * stored, store.count("events"));
      assertEquals(0, scalar(store, "SELECT count(*) FROM (SELECT article_id FROM events GROUP BY article_id HAVING count(*) <> 3)"));
      assertEquals(0, scalar(store, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"));
      assertEquals(ids(store), store.search().ids(), "index reconciled with the database");
      assertEquals(1, scalar(store, "SELECT count(*) FROM ingest_runs WHERE status = 'interrupted'"));

      Ingester.Options options = new Ingester.Options(2, BATCH, null, System.err, null);
      IngestSummary rerun = new Ingester(store, SyntheticDocuments::annotate, options)
          .run(SyntheticDocuments.inputs(DOCUMENTS), (input, problems) -> SyntheticDocuments.read(input));
      assertEquals(DOCUMENTS - stored, rerun.articlesNew());
      assertEquals(stored, rerun.articlesSkipped());
      assertEquals(DOCUMENTS, store.count("articles"));
      assertEquals(DOCUMENTS, scalar(store, "SELECT count(DISTINCT id) FROM articles"));
      assertEquals(3L * DOCUMENTS, store.count("events"));
      assertEquals(3L * DOCUMENTS, scalar(store, "SELECT count(*) FROM (SELECT DISTINCT article_id, event_id FROM events)"));
      assertEquals(DOCUMENTS, store.search().size());
      System.out.println("crash test: " + stored + " articles survived the kill; the re-run added " + rerun.articlesNew());
    }
  }

  static long scalar(Store store, String sql) throws Exception {
    try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Set<String> ids(Store store) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
