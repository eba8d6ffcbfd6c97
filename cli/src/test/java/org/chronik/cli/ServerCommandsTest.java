package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chronik bench-server end to end on a small store, and serve's one-line error for a missing store. */
class ServerCommandsTest {
  @TempDir Path dir;

  @Test
  void benchServerReportsLatencyAndNoErrors() {
    StoreCommandsTest.Result r = StoreCommandsTest.run("bench-server", "--store", dir.resolve("s").toString(),
        "--events", "2000", "--clients", "4", "--seconds", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)4 clients, \\d+ s: [1-9]\\d* requests .*, 0 errors; latency p50 .* p95 .*\\n"), r.out());
    assertTrue(r.err().contains("2000 synthetic events"), r.err());
  }

  @Test
  void benchServerWithTheCacheServesTheSameMixWithoutErrors() {
    StoreCommandsTest.Result r = StoreCommandsTest.run("bench-server", "--store", dir.resolve("s").toString(),
        "--events", "2000", "--clients", "4", "--seconds", "2", "--cache-mb", "8");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)4 clients, \\d+ s: [1-9]\\d* requests .*, 0 errors; latency p50 .* p95 .*\\n"), r.out());
  }

  @Test
  void aNegativeCacheIsRefusedInOneLine() {
    StoreCommandsTest.Result r = StoreCommandsTest.run("serve", "--store", dir.toString(), "--port", "0", "--cache-mb", "-1");
    assertEquals(2, r.code());
    assertEquals("chronik: --cache-mb must not be negative: -1", r.err().strip());
  }

  @Test
  void serveWithoutAStoreSaysSoInOneLine() {
    Path missing = dir.resolve("nothing-here");
    StoreCommandsTest.Result r = StoreCommandsTest.run("serve", "--store", missing.toString(), "--port", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("chronik: no store at " + missing), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
