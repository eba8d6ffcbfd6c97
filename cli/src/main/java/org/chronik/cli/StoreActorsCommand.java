package org.chronik.cli;

import java.util.concurrent.Callable;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "store-actors", mixinStandardHelpOptions = true,
    description = "The actors of the most stored events (as source or target).")
final class StoreActorsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--country", paramLabel = "KEY", description = "Only actors of this country (ISO3).")
  String country;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv.")
  String format;

  @Override
  public Integer call() {
    try (Store s = Store.openReadOnly(store.folder)) {
      Notes.markSynthetic(s);
      s.events().topActors(top, country).print(System.out, StoreOption.choice(Rows.Format.class, "--format", format));
    }
    return 0;
  }
}
