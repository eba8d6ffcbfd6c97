package org.chronik.cli;

import java.util.concurrent.Callable;
import org.chronik.store.Store;
import org.chronik.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate-events", mixinStandardHelpOptions = true,
    description = "Add synthetic events (weighted dyads, codes and dates over ten years) to a store, for benchmarks.")
final class GenerateEventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--count", required = true, paramLabel = "N") long count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42") long seed;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (Store s = Store.open(store.folder)) {
      long n = new SyntheticEvents(seed).generate(s, count);
      System.out.printf(java.util.Locale.ROOT, "generated %d synthetic events in %.1f s; %s now holds %d events%n",
          n, (System.nanoTime() - started) / 1e9, store.folder, s.count("events"));
    }
    return 0;
  }
}
