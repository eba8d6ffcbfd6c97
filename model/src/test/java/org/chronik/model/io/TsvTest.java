package org.chronik.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTest {
  private static List<Tsv.Row> read(String text) {
    return Tsv.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbersAndEmptyFields() {
    List<Tsv.Row> rows = read("# a comment\n\nBRA\tBrasilia\t\n  \nFRA\t Paris \tParis\n");
    assertEquals(2, rows.size());
    assertEquals(3, rows.get(0).line());
    assertEquals(3, rows.get(0).fields().length, "a trailing empty field is a field");
    assertEquals("", rows.get(0).field(2));
    assertEquals("Paris", rows.get(1).field(1), "field() strips");
    assertEquals(" Paris ", rows.get(1).fields()[1], "fields() are as written");
    assertEquals("", rows.get(1).field(7), "a missing field is empty");
    assertEquals("t.tsv line 5", rows.get(1).where());
  }

  @Test
  void aRowOfTheWrongWidthFailsWithOneLineNamingFileAndLine() {
    List<Tsv.Row> rows = read("USA\tUnited States\t20\n# weights\nCHN\tChina\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tsv.columns(rows, 3));
    assertEquals("t.tsv line 3: expected 3 tab-separated columns, found 2", e.getMessage());
    assertEquals(1, Tsv.columns(rows.subList(0, 1), 3).size(), "a table of the right width passes");
  }

  @Test
  void readsColumnsByTheHeaderNames() {
    List<Tsv.Row> rows = read("# countries\niso3\tname\tweight\nDEU\tGermany\t5\nAUT\tAustria\t2\n");
    Tsv.Table table = Tsv.Table.of(rows, "t.tsv");
    assertEquals(List.of("iso3", "name", "weight"), table.columns());
    assertEquals(2, table.rows().size(), "the header is no row");
    assertEquals(2, table.column("weight"));
    assertEquals("Austria", table.get(table.rows().get(1), "name"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.column("capital"));
    assertEquals("t.tsv: the header [iso3, name, weight] has no column \"capital\"", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tsv.Table.of(List.of(), "empty.tsv"));
    IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
        () -> Tsv.Table.of(read("iso3\tname\nDEU\n"), "t.tsv"));
    assertEquals("t.tsv line 2: expected 2 tab-separated columns, found 1", narrow.getMessage());
  }

  @Test
  void readsResourcesAndFilesAndSaysWhichIsMissing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(file, "a\tb\n");
    assertEquals("b", Tsv.file(file).get(0).field(1));
    assertEquals("Oslo", Tsv.resource("org/chronik/model/io/sample.tsv").get(1).field(1));
    assertEquals("Oslo", Tsv.resource("/org/chronik/model/io/sample.tsv").get(1).field(1));
    assertEquals("sample.tsv line 3", Tsv.resource(TsvTest.class, "sample.tsv").get(1).where());
    assertTrue(Tsv.exists("/org/chronik/model/io/sample.tsv"));
    assertFalse(Tsv.exists("no/such/table.tsv"));
    assertEquals(List.of(), Tsv.optionalResource("no/such/table.tsv"));
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Tsv.resource("/no/such/table.tsv"));
    assertTrue(missing.getMessage().contains("/no/such/table.tsv"), missing.getMessage());
    assertThrows(java.io.UncheckedIOException.class, () -> Tsv.file(dir.resolve("absent.tsv")));
  }

  @Test
  void splitsBarListsDroppingEmptyItems() {
    assertEquals(List.of("Tschechien", "Tschechische Republik"), Tsv.list("Tschechien| |Tschechische Republik|"));
    assertEquals(List.of(), Tsv.list(""));
  }
}
