package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chronik actors import-wikidata and chronik actors diff through Main.run, on the wikidata module's fixture dump. */
class WikidataCommandsTest {
  private static final Path FIXTURE = Path.of("../wikidata/src/test/resources/wikidata");

  @TempDir Path dir;

  @Test
  void importThenDiffTheRefresh() throws Exception {
    Path out = dir.resolve("refresh");
    StoreCommandsTest.Result imported = StoreCommandsTest.run("actors", "import-wikidata", FIXTURE.resolve("fixture-dump.json").toString(),
        "--out", out.toString(), "--offices", FIXTURE.resolve("offices.tsv").toString(), "--threads", "2");
    assertEquals(0, imported.code(), imported.err());
    assertTrue(imported.err().contains("malformed lines skipped"), imported.err());
    assertTrue(Files.readString(out.resolve("people.tsv")).contains("Donald Trump\t\tUSA\tGOV\tHEAD_OF_STATE\t2025-01-20\t\tQ22686"));

    StoreCommandsTest.Result diff = StoreCommandsTest.run("actors", "diff", "builtin", out.toString());
    assertEquals(0, diff.code(), diff.err());
    assertTrue(diff.out().startsWith("change\tkind\tactor\twikidata\tdetail\n"), diff.out());
    assertTrue(diff.out().contains("new holder\tperson\tMax Earlier\tQ9000000202\tOTHER DEU 1995-04 – 2000-10"), diff.out());
    assertTrue(diff.err().contains("new id"), diff.err());
  }

  @Test
  void aDumpOrAnEndpointIsRequiredAndOnlyOne() {
    StoreCommandsTest.Result neither = StoreCommandsTest.run("actors", "import-wikidata");
    assertEquals(2, neither.code());
    assertTrue(neither.err().contains("give either a DUMP file or --sparql URL"), neither.err());
    StoreCommandsTest.Result missing = StoreCommandsTest.run("actors", "import-wikidata", dir.resolve("none.json.gz").toString(), "--out", dir.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no dump file"), missing.err());
  }
}
