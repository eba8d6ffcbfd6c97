package org.chronik.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronik.store.Store;
import org.chronik.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate-events", mixinStandardHelpOptions = true,
    description = {"Add synthetic events (weighted dyads, codes and dates over ten years) to a store of their own, for benchmarks.",
        "They are marked synthetic: a store with articles leaves them out of every answer; a store without articles answers"
            + " from them and says so."})
final class GenerateEventsCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR",
      description = "The store to write (default: a temporary one, removed afterwards: the run only times the generator).")
  Path folder;

  @Option(names = "--count", required = true, paramLabel = "N") long count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42") long seed;

  @Option(names = "--force", description = "Write them even into a store that holds real articles (its answers still leave them out).")
  boolean force;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (ScratchFolder dir = ScratchFolder.of(folder, "chronik-synthetic"); Store s = Store.open(dir.path)) {
      long n = new SyntheticEvents(seed).generate(s, count, force);
      System.out.printf(Locale.ROOT, "generated %d synthetic events in %.1f s into %s, which now holds %d synthetic events%n",
          n, (System.nanoTime() - started) / 1e9, dir.describe(), SyntheticEvents.count(s));
    }
    return 0;
  }
}
