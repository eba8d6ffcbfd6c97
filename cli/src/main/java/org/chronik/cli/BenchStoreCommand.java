package org.chronik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import org.chronik.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Query latency of timelines and event filters over a store of synthetic events.")
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "Store to fill and query (default: a temporary one, removed afterwards).")
  Path folder;

  @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "Events in the store (default ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "10", description = "Timed runs per query.")
  int repeat;

  @Override
  public Integer call() throws IOException {
    Path dir = folder != null ? folder : Files.createTempDirectory("chronik-bench-store");
    try (Store s = Store.open(dir)) {
      StoreBenchmark bench = new StoreBenchmark(s);
      double fill = bench.fill(events);
      System.out.printf(Locale.ROOT, "store %s: %d events (%.1f s to generate)%n", dir, s.count("events"), fill);
      bench.run(repeat).print(System.out, Rows.Format.TABLE);
    } finally {
      if (folder == null) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }
}
