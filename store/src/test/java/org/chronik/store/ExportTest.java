package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  @TempDir Path dir;

  private Store filled() {
    Store store = Store.open(dir.resolve("store"));
    store.writer().write(List.of(Fixtures.phoneCall("a.txt", "2024-03-05"), Fixtures.phoneCall("b.txt", "2024-03-06")), 1);
    return store;
  }

  @Test
  void parquetCsvAndJsonLinesHoldEveryRowOfEveryTable() throws Exception {
    try (Store store = filled()) {
      for (Exporter.Format format : List.of(Exporter.Format.PARQUET, Exporter.Format.CSV, Exporter.Format.JSONL)) {
        Path out = dir.resolve("out it's " + format); // a quote and a space in the path
        List<Exporter.Written> files = new Exporter(store).export(format, out);
        assertEquals(Exporter.TABLES.size(), files.size());
        for (Exporter.Written written : files) {
          Path file = written.file();
          String table = file.getFileName().toString().replaceAll("\\..*", "");
          assertEquals(table, written.table());
          assertEquals(store.count(table), rowsIn(store, file, format), file.toString());
          assertEquals(store.count(table), written.rows(), "the export says how many rows it wrote: " + written);
        }
      }
      List<String> csv = Files.readAllLines(dir.resolve("out it's CSV").resolve("events.csv"));
      assertTrue(csv.get(0).startsWith("article_id,event_id,code,root_code"), csv.get(0));
    }
  }

  /** Reads an exported file back through DuckDB's own readers. */
  private static long rowsIn(Store store, Path file, Exporter.Format format) throws Exception {
    String reader = switch (format) {
      case PARQUET -> "read_parquet(?)";
      case CSV -> "read_csv(?, header = true)";
      default -> "read_json(?, format = 'newline_delimited')";
    };
    if (format == Exporter.Format.JSONL) {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
    }
    try (Connection c = store.reader(); PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + reader)) {
      st.setString(1, file.toString());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void gdeltFileHas61TabSeparatedColumnsNoHeaderAndOnlyReportableEvents() throws Exception {
    try (Store store = filled()) {
      Exporter.Written written = new Exporter(store).export(Exporter.Format.GDELT, dir.resolve("gdelt")).get(0);
      Path file = written.file();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertEquals(4, lines.size()); // 2 articles × 2 reportable events; the negated ones left out
      assertEquals(4, written.rows());
      assertEquals("2 flagged and 0 undated events left out", written.leftOut());
      for (String line : lines) {
        String[] c = line.split("\t", -1);
        assertEquals(61, c.length, line);
        assertTrue(c[0].matches("\\d+"), "GLOBALEVENTID " + c[0]);
        assertTrue(c[1].matches("2024030[56]"), "SQLDATE " + c[1]);
        assertEquals("202403", c[2]);
        assertEquals("2024", c[3]);
        assertEquals("FRAGOV", c[5]);
        assertEquals("FRANCE", c[6]);
        assertEquals("FRA", c[7]);
        assertTrue(c[59].matches("\\d{14}"), "DATEADDED " + c[59]);
        assertTrue(c[60].startsWith("https://example.org/"), c[60]);
      }
      String phone = lines.stream().filter(l -> l.split("\t", -1)[26].equals("041")).findFirst().orElseThrow();
      String[] c = phone.split("\t", -1);
      assertEquals("JPNGOV", c[15]);
      assertEquals("1", c[25]); // first event of its article
      assertEquals("041", c[26]);
      assertEquals("041", c[27]);
      assertEquals("04", c[28]);
      assertEquals("1", c[29]);
      assertEquals("1.0", c[30]);
      String accuse = lines.stream().filter(l -> l.split("\t", -1)[26].equals("112")).findFirst().orElseThrow();
      assertEquals("Paris", accuse.split("\t", -1)[52]); // ActionGeo_FullName
      assertEquals("0", accuse.split("\t", -1)[25]);
    }
  }

  @Test
  void globalEventIdsAreStableAcrossRunsAndStoresAndDistinctForDistinctEvents() throws Exception {
    List<String> first;
    try (Store store = filled()) {
      first = globalIds(new Exporter(store).export(Exporter.Format.GDELT, dir.resolve("run1")).get(0).file());
      assertEquals(first, globalIds(new Exporter(store).export(Exporter.Format.GDELT, dir.resolve("run2")).get(0).file()),
          "exporting the same store again gives the same ids");
    }
    // another store, filled by another run at another time, in the other order
    try (Store other = Store.open(dir.resolve("other"))) {
      other.writer().write(List.of(Fixtures.phoneCall("b.txt", "2024-03-06"), Fixtures.phoneCall("a.txt", "2024-03-05")), 9);
      List<String> again = globalIds(new Exporter(other).export(Exporter.Format.GDELT, dir.resolve("run3")).get(0).file());
      assertEquals(new java.util.TreeSet<>(first), new java.util.TreeSet<>(again), "the ids depend on article and event only");
    }
    assertEquals(4, first.size());
    assertEquals(4, new java.util.HashSet<>(first).size(), "two events of one article, and one event id in two articles, differ");
    // the hash is part of the export format: joins with earlier exports rely on it never changing
    assertEquals(1523286733722658078L, GdeltExport.globalId("x", "e1"));
    assertTrue(GdeltExport.globalId("x", "e1") != GdeltExport.globalId("x", "e2"));
    assertTrue(GdeltExport.globalId("x", "e1") != GdeltExport.globalId("y", "e1"));
  }

  private static List<String> globalIds(Path gdelt) throws Exception {
    return Files.readAllLines(gdelt, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)[0]).toList();
  }
}
