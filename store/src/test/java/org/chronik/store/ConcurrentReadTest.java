package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.chronik.model.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a server reads while an ingest writes (README.md): readers in the writing process take their
 * own connection; each transaction is a snapshot that sees whole batches only and does not move.
 */
class ConcurrentReadTest {
  @TempDir Path dir;

  @Test
  void readersSeeWholeBatchesAndStableSnapshotsWhileTheWriterCommits() throws Exception {
    try (Store store = Store.open(dir)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Set<Long> seenCounts = new TreeSet<>();
      Thread reader = new Thread(() -> {
        try (Connection c = store.reader()) {
          c.setAutoCommit(false);
          while (writing.get()) {
            long articles = count(c, "articles");
            long events = count(c, "events");
            Thread.sleep(15); // the writer commits meanwhile; this snapshot must not change
            assertEquals(articles, count(c, "articles"), "snapshot moved");
            assertEquals(3 * articles, events, "a half-written batch was visible");
            assertEquals(0, articles % 4, "a partial batch was visible");
            seenCounts.add(articles);
            c.commit(); // next transaction: a newer snapshot
          }
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      reader.start();
      List<String> inputs = SyntheticDocuments.inputs(120);
      for (int b = 0; b < inputs.size(); b += 4) {
        List<AnnotatedDocument> batch = new ArrayList<>();
        for (String input : inputs.subList(b, b + 4)) {
          batch.add(SyntheticDocuments.annotate(SyntheticDocuments.read(input).get(0)));
        }
        store.writer().write(batch, 1);
        Thread.sleep(5);
      }
      writing.set(false);
      reader.join();
      if (failure.get() != null) {
        throw new AssertionError(failure.get());
      }
      assertTrue(seenCounts.size() >= 3, "the reader saw the store grow: " + seenCounts);
      // and search sees every committed batch
      assertEquals(120, store.search().size());
    }
  }

  private static long count(Connection c, String table) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
