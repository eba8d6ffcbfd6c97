package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only store reuses each thread's prepared statements: the same query shape with other values answers for those values. */
class PreparedReadersTest {
  @TempDir Path dir;

  private static EventFilter actor(String a) {
    return new EventFilter(a, null, null, null, null, null, false, EventFilter.ALL);
  }

  @Test
  void reusedStatementsAnswerForTheirNewValuesOnEveryThread() throws Exception {
    Path folder = dir.resolve("s");
    long chn;
    long rus;
    try (Store store = Store.open(folder)) {
      new SyntheticEvents(3).generate(store, 2_000);
      chn = store.events().count(actor("CHN"));
      rus = store.events().count(actor("RUS"));
    }
    assertNotEquals(chn, rus, "two answers that tell the bound values apart");
    try (Store store = Store.openReadOnly(folder)) {
      store.queryThreads(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<long[]>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          answers.add(pool.submit(() -> new long[] {store.events().count(actor("CHN")), store.events().count(actor("RUS")),
              store.events().list(actor("RUS").withLimit(7)).size()}));
        }
        for (Future<long[]> f : answers) {
          long[] a = f.get();
          assertEquals(chn, a[0]);
          assertEquals(rus, a[1]);
          assertEquals(7, a[2]);
        }
      } finally {
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertThrows(IllegalArgumentException.class, () -> store.queryThreads(0));

      // threads that ended leave no reader behind: the next new thread's reader closes theirs
      for (int i = 0; i < 3; i++) {
        Thread t = new Thread(() -> store.events().count(actor("CHN")));
        t.start();
        t.join();
      }
      long[] answer = new long[1];
      Thread last = new Thread(() -> answer[0] = store.events().count(actor("CHN")));
      last.start();
      last.join();
      assertEquals(chn, answer[0]);
      assertEquals(1, store.openReaders(), "only the last thread's reader is open");
    }
  }
}
