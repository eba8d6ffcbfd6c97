package org.chronik.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chronik.store.EventQueries;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Events of a dyad per period: counts per quad class and mean Goldstein, both directions and each.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--dyad", required = true, split = ",", paramLabel = "A,B", description = "Two actors: keys, country codes or names.")
  String[] dyad;

  @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", description = "day, week, month or year.")
  String by;

  @Option(names = "--from", paramLabel = "DATE") LocalDate from;

  @Option(names = "--to", paramLabel = "DATE") LocalDate to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv.")
  String format;

  @Override
  public Integer call() {
    if (dyad.length != 2) {
      throw new IllegalArgumentException("--dyad needs two actors, e.g. --dyad CHN,RUS");
    }
    try (Store s = Store.openReadOnly(store.folder)) {
      s.events().timeline(dyad[0].strip(), dyad[1].strip(), StoreOption.choice(EventQueries.Period.class, "--by", by), from, to).print(System.out, StoreOption.choice(Rows.Format.class, "--format", format));
    }
    return 0;
  }
}
