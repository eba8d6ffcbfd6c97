package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet tables (here an export's) added to another store: every row once, the index too, nothing twice. */
class ParquetImportTest {
  @TempDir Path dir;

  @Test
  void anExportImportedIntoAnotherStoreHasEveryRowAndASecondImportAddsNothing() {
    Path export = dir.resolve("export");
    try (Store source = Store.open(dir.resolve("source"))) {
      source.writer().write(List.of(Fixtures.phoneCall("a.txt", "2024-03-05"), Fixtures.phoneCall("b.txt", "2024-03-06")), 1);
      new Exporter(source).export(Exporter.Format.PARQUET, export);
      try (Store target = Store.open(dir.resolve("target"))) {
        // one article is there already: it is skipped with all its rows
        target.writer().write(List.of(Fixtures.phoneCall("a.txt", "2024-03-05")), 1);
        ParquetImport.Result first = new ParquetImport(target).run(export);
        assertEquals(1, first.articlesNew());
        assertEquals(1, first.articlesSkipped());
        for (Table<?> table : DocumentRows.TABLES) {
          assertEquals(source.count(table.name()), target.count(table.name()), table.name());
        }
        assertTrue(target.count("events") > 0);
        assertEquals(source.count("events"), target.count("events"), "imported mentions are merged into events as at ingest");
        ParquetImport.Result second = new ParquetImport(target).run(export);
        assertEquals(0, second.articlesNew());
        assertEquals(2, second.articlesSkipped());
        for (Table<?> table : DocumentRows.TABLES) {
          assertEquals(source.count(table.name()), target.count(table.name()), table.name());
        }
        assertEquals(2, target.search().size(), "imported articles are searchable");
      }
    }
  }

  @Test
  void aFolderWithoutArticlesIsRefusedWithOneLineNamingIt() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("nothing here"));
    try (Store target = Store.open(dir.resolve("target"))) {
      StoreException e = assertThrows(StoreException.class, () -> new ParquetImport(target).run(empty));
      assertTrue(e.getMessage().startsWith(empty + ": no articles table"), e.getMessage());
      assertEquals(0, target.count("articles"));
    }
  }
}
