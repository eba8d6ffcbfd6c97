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
    description = {"Events of a dyad per period: counts per quad class and mean Goldstein, both directions and each.",
        "Every period from the first to the last has a 'both' row, empty ones as zero; periods are labelled at their precision."})
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
    if (dyad.length != 2 || dyad[0].isBlank() || dyad[1].isBlank()) {
      throw new IllegalArgumentException("--dyad needs two actors, e.g. --dyad CHN,RUS");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    EventQueries.Period period = StoreOption.choice(EventQueries.Period.class, "--by", by);
    Rows.Format output = StoreOption.choice(Rows.Format.class, "--format", format);
    String a = dyad[0].strip();
    String b = dyad[1].strip();
    try (Store s = Store.openReadOnly(store.folder)) {
      Notes.markSynthetic(s);
      EventQueries.DyadCounts counts = s.events().dyadCounts(a, b, from, to);
      String why = Notes.empty(s).timeline(counts, from, to);
      if (why != null) {
        // an unknown actor is a mistake in the command; a dyad without events is an answer
        if (!counts.aKnown() || !counts.bKnown()) {
          throw new IllegalArgumentException(why);
        }
        Notes.say(why);
        return 0;
      }
      s.events().timeline(a, b, period, from, to).print(System.out, output);
      if (counts.undated() > 0) {
        Notes.say(Notes.number(counts.undated()) + " more events between " + a + " and " + b
            + " have no date and are in no period (chronik events --actor " + a + " --with " + b + " --undated lists them)");
      }
    }
    return 0;
  }
}
