package org.chronik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.chronik.schema.DocumentRows;
import org.chronik.schema.Table;
import org.chronik.store.ParquetImport;
import org.chronik.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's output as chronik import-parquet and chronik serve --parquet read it: every row in the store once. */
class ImportOutputTest {
  @TempDir Path tmp;

  @Test
  void theStoreHoldsEveryRowOfTheJobsOutputOnceAfterTwoImports() throws IOException {
    JobFixture job = JobFixture.get();
    try (Store store = Store.open(tmp.resolve("store"))) {
      ParquetImport.Result first = new ParquetImport(store).run(job.output);
      ParquetImport.Result second = new ParquetImport(store).run(job.output);
      assertEquals(7, first.articlesNew());
      assertEquals(0, second.articlesNew());
      for (Table<?> table : DocumentRows.TABLES) {
        assertEquals(JobOutput.count(job.spark, job.output, table.name()), store.count(table.name()), table.name());
      }
      assertEquals(7, store.search().size());
    }
  }
}
