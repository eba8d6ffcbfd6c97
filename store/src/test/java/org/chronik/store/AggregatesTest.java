package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad_days and actor_days (V007) equal a GROUP BY over events after every kind of change to events. */
class AggregatesTest {
  @TempDir Path dir;

  private static final String DYAD_GROUP_BY = "SELECT synthetic, flagged, source_key, source_country, lower(source_name), target_key,"
      + " target_country, lower(target_name), event_date, root_code, quad, count(*), sum(goldstein) FROM events GROUP BY ALL";
  private static final String DYAD_TABLE = "SELECT synthetic, flagged, source_key, source_country, source_name, target_key,"
      + " target_country, target_name, event_date, root_code, quad, events, goldstein_sum FROM dyad_days";
  private static final String ACTOR_GROUP_BY = "SELECT synthetic, flagged, k, c, n, event_date, sum(s), sum(t) FROM ("
      + "SELECT synthetic, flagged, source_key AS k, source_country AS c, lower(source_name) AS n, event_date, 1 AS s, 0 AS t FROM events"
      + " UNION ALL SELECT synthetic, flagged, target_key, target_country, lower(target_name), event_date, 0, 1 FROM events) GROUP BY ALL";
  private static final String ACTOR_TABLE = "SELECT synthetic, flagged, actor_key, actor_country, actor_name, event_date,"
      + " as_source, as_target FROM actor_days";

  /** Rows of a query as sorted text, sums rounded so the order of float additions does not matter. */
  private static List<String> rows(Store store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.append(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.6f", d) : v instanceof Number x ? x.longValue() : v)
              .append('|');
        }
        out.add(row.toString());
      }
    }
    out.sort(null);
    return out;
  }

  private static void assertConsistent(Store store) throws Exception {
    List<String> dyads = rows(store, DYAD_TABLE);
    assertEquals(rows(store, DYAD_GROUP_BY), dyads, "dyad_days = GROUP BY over events");
    assertEquals(rows(store, ACTOR_GROUP_BY), rows(store, ACTOR_TABLE), "actor_days = GROUP BY over events");
    assertTrue(!dyads.isEmpty() || store.count("events") == 0);
  }

  @Test
  void ingestMergeAndReingestKeepTheCountsEqualToTheEvents() throws Exception {
    try (Store store = Store.open(dir.resolve("s"))) {
      store.writer().write(List.of(Fixtures.phoneCall("lemonde.txt", "2024-03-05")), 1);
      assertConsistent(store);
      // the second report joins the first article's events: their rows are rewritten, not added
      store.writer().write(List.of(Fixtures.phoneCall("nhk.txt", "2024-03-05")), 2);
      assertConsistent(store);
      store.writer().write(List.of(Fixtures.phoneCall("nhk.txt", "2024-03-05"), Fixtures.phoneCall("lemonde.txt", "2024-03-05")), 3);
      assertConsistent(store);
      store.writer().write(List.of(Fixtures.phoneCall("nhk-2.txt", "2024-03-06"),
          Fixtures.eventsOnly("brief.txt", "2024-03-06", Fixtures.BRA, Fixtures.FRA, Fixtures.PHONE, Fixtures.SANCTION, Fixtures.ACCUSE),
          Fixtures.eventsOnly("brief-2.txt", "2024-03-06", Fixtures.FRA, Fixtures.BRA, Fixtures.PHONE)), 4);
      assertConsistent(store);
      long phoneCalls = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE code = '041' AND NOT flagged");
      assertEquals(phoneCalls, store.events().count(new EventFilter(null, null, "04", null, null, null, false, EventFilter.ALL)),
          "a root code is counted from dyad_days");
      assertEquals(store.events().list(new EventFilter("BRA", null, null, null, null, null, false, EventFilter.ALL)).size(),
          store.events().count(new EventFilter("BRA", null, null, null, null, null, false, EventFilter.ALL)));
      assertEquals(1, store.events().count(new EventFilter("BRA", "FRA", "16", 4, LocalDate.parse("2024-03-06"),
          LocalDate.parse("2024-03-06"), false, EventFilter.ALL)));
      assertTrue(store.events().knows("Brazil"));
      assertTrue(!store.events().knows("country:ARG"));
    }
  }

  @Test
  void aSyntheticFillAndItsCatchUpMergeKeepTheCountsEqualToTheEvents() throws Exception {
    try (Store store = Store.open(dir.resolve("b"))) {
      new SyntheticEvents(7).generate(store, 3_000);
      assertConsistent(store);
      new SyntheticEvents(8).generate(store, 2_000);
      assertConsistent(store);
      EventQueries q = store.events();
      String dyad = " AND ((source_country = 'CHN' AND target_country = 'RUS') OR (source_country = 'RUS' AND target_country = 'CHN'))";
      long dated = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE NOT flagged AND event_date IS NOT NULL" + dyad);
      long in2020s = CrashRecoveryTest.scalar(store, "SELECT count(*) FROM events WHERE NOT flagged"
          + " AND event_date BETWEEN DATE '2020-01-01' AND DATE '2022-12-31'" + dyad);
      assertTrue(dated > in2020s && in2020s > 0);
      EventQueries.DyadCounts counts = q.dyadCounts("CHN", "RUS", LocalDate.parse("2020-01-01"), LocalDate.parse("2022-12-31"));
      assertEquals(in2020s, counts.inRange());
      assertEquals(EventQueries.NOT_COUNTED, counts.dated(), "not needed when the range holds events");
      EventQueries.DyadCounts later = q.dyadCounts("CHN", "RUS", LocalDate.parse("2030-01-01"), LocalDate.parse("2030-12-31"));
      assertEquals(0, later.inRange());
      assertEquals(dated, later.dated(), "an empty range: all dated events counted, for the note");
      assertEquals(dated, q.count(new EventFilter("CHN", "RUS", null, null, null, null, false, EventFilter.ALL)));
    }
  }
}
