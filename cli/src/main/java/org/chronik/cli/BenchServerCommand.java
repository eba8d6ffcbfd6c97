package org.chronik.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.chronik.server.ChronikServer;
import org.chronik.server.LoadTest;
import org.chronik.store.Store;
import org.chronik.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-server", mixinStandardHelpOptions = true,
    description = "Load-test the REST API on loopback: fill a store with synthetic events (a temporary one unless --store), serve it"
        + " on 127.0.0.1, and let concurrent clients request /api/events and /api/timeline; prints requests, errors and latency percentiles.")
final class BenchServerCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "Store to fill and serve, kept afterwards (default: a temporary one, removed).")
  Path folder;

  @Option(names = "--force", description = "Fill even a store that holds real articles (its answers leave synthetic events out).")
  boolean force;

  @Option(names = "--events", paramLabel = "N", defaultValue = "100000", description = "Least synthetic events in the store (default ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Duration (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "0",
      description = "Answer cache of the server under test, as for serve (default ${DEFAULT-VALUE}: off, so every request runs its query).")
  long cacheMb;

  private static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (cacheMb < 0) {
      throw new IllegalArgumentException("--cache-mb must not be negative: " + cacheMb);
    }
    try (ScratchFolder dir = ScratchFolder.of(folder, "chronik-bench-server")) {
      return run(dir);
    }
  }

  private int run(ScratchFolder dir) throws InterruptedException {
    try (Store writable = Store.open(dir.path)) {
      double filled = new StoreBenchmark(writable).fill(events, force);
      System.err.printf(java.util.Locale.ROOT, "filled %s: %d synthetic events (%.1f s to fill)%n", dir.describe(),
          org.chronik.store.SyntheticEvents.count(writable), filled);
    }
    // served as chronik serve serves it: read-only
    try (Store s = Store.openReadOnly(dir.path)) {
      Javalin server = ChronikServer.start(s, "127.0.0.1", 0, cacheMb * 1024 * 1024);
      try {
        String base = "http://127.0.0.1:" + server.port() + "/";
        LoadTest.run(base, LoadTest.eventAndTimelinePaths(), Math.min(clients, 4), Duration.ofSeconds(3)); // warm-up
        long cpu = processCpuNanos();
        LoadTest.Result r = LoadTest.run(base, LoadTest.eventAndTimelinePaths(), clients, Duration.ofSeconds(seconds));
        System.out.println(r.line());
        if (cpu >= 0 && r.requests() > 0) {
          // the shared machine's load dominates wall time; CPU per request says what the queries cost
          System.err.printf(java.util.Locale.ROOT, "process CPU %.1f ms per request (server and clients together)%n",
              (processCpuNanos() - cpu) / 1e6 / r.requests());
        }
        return r.errors() == 0 ? 0 : 1;
      } finally {
        server.stop();
      }
    }
  }
}
