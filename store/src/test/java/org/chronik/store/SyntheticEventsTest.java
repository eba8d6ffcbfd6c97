package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEventsTest {
  @TempDir Path dir;

  @Test
  void generatesEventsOverTenYearsWithWeightedDyadsAndCodes() throws Exception {
    try (Store store = Store.open(dir)) {
      assertEquals(20_000, new SyntheticEvents(7).generate(store, 20_000));
      assertEquals(20_000, store.count("events"));
      assertEquals(2016, CrashRecoveryTest.scalar(store, "SELECT year(min(event_date)) FROM events"));
      assertEquals(2025, CrashRecoveryTest.scalar(store, "SELECT year(max(event_date)) FROM events"));
      // later years carry more news than earlier ones
      long early = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE year(event_date) = 2016");
      long late = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE year(event_date) = 2025");
      assertTrue(late > early * 1.4, early + " vs " + late);
      // verbal cooperation is the most common quad class, material conflict less so
      long q1 = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE quad = 1");
      long q4 = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE quad = 4");
      assertTrue(q1 > 2 * q4, q1 + " vs " + q4);
      // a favoured dyad is far more frequent than a pair of two rarely covered countries
      long rusUkr = store.events().list(new EventFilter("RUS", "UKR", null, null, null, null, true, 1_000_000)).size();
      long espVnm = store.events().list(new EventFilter("ESP", "VNM", null, null, null, null, true, 1_000_000)).size();
      assertTrue(rusUkr > 20 * Math.max(1, espVnm), rusUkr + " vs " + espVnm);
      assertEquals(0, CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE source_country = target_country"));
      assertTrue(store.events().timeline("CHN", "RUS", EventQueries.Period.YEAR, null, null).size() >= 20);
      assertTrue(CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE flagged") > 0);
    }
  }

  @Test
  void syntheticEventsAreMarkedRefusedBesideArticlesAndNeverMixedIntoTheirAnswers() {
    try (Store store = Store.open(dir)) {
      store.writer().write(java.util.List.of(Fixtures.phoneCall("a.txt", "2024-03-05")), 1);
      assertEquals(EventScope.REAL, store.scope());
      StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
          () -> new SyntheticEvents(1).generate(store, 100));
      assertTrue(refused.getMessage().contains("holds 1 real articles"), refused.getMessage());
      assertEquals(0, SyntheticEvents.count(store), "nothing half-written");
      long real = store.events().count(EventFilter.all(EventFilter.ALL));
      assertEquals(100, new SyntheticEvents(1).generate(store, 100, true));
      assertEquals(100, SyntheticEvents.count(store));
      assertEquals(real, store.events().count(EventFilter.all(EventFilter.ALL)), "answers from a store with articles stay real");
      Rows listed = store.events().list(EventFilter.all(1000));
      int rule = listed.index("rule");
      assertEquals(0, listed.rows().stream().filter(r -> "synthetic".equals(r.get(rule))).count(), "no synthetic row among real ones");
    }
  }

  @Test
  void aStoreOfSyntheticEventsOnlyAnswersFromThemAndSaysSo() {
    try (Store store = Store.open(dir)) {
      new SyntheticEvents(2).generate(store, 200);
      assertEquals(EventScope.SYNTHETIC, store.scope());
      assertTrue(store.events().count(EventFilter.all(EventFilter.ALL)) > 150);
    }
    try (Store readOnly = Store.openReadOnly(dir)) {
      assertEquals(EventScope.SYNTHETIC, readOnly.scope());
    }
  }

  @Test
  void benchmarkReportsEveryQuery() {
    try (Store store = Store.open(dir)) {
      StoreBenchmark bench = new StoreBenchmark(store);
      bench.fill(5_000);
      assertEquals(5_000, store.count("events"));
      Rows result = bench.run(2);
      assertEquals(9, result.size());
      for (int i = 0; i < result.size(); i++) {
        assertTrue(((Number) result.get(i, "median_ms")).doubleValue() >= 0);
      }
    }
  }
}
