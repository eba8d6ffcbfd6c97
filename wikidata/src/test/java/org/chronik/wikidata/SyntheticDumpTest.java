package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's synthetic dump is well-formed and yields office holders, so the benchmark measures a whole import. */
class SyntheticDumpTest {
  @TempDir Path dir;

  @Test
  void everyLineParsesAndHoldersBecomeRows() throws IOException {
    Path dump = dir.resolve("synthetic.json");
    long entities = new SyntheticDump(7).write(dump, 15_000_000); // about 2,000 entities, a few of them office holders
    WikidataImport.Result r = new WikidataImport(Fixture.OPTIONS).fromDump(dump.toString(), dir.resolve("out"), null, false,
        new PrintStream(OutputStream.nullOutputStream()), 60);
    assertEquals(entities, r.entities());
    assertEquals(0, r.counts().getOrDefault("malformed lines skipped", 0L), r.report());
    assertTrue(r.counts().getOrDefault("people rows", 0L) > 0, r.report());
  }
}
