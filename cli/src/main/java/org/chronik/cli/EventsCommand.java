package org.chronik.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chronik.store.EventFilter;
import org.chronik.store.EventOrder;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List stored events, newest first unless --sort says otherwise, with their evidence and article id.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--actor", paramLabel = "KEY|NAME", description = "An actor on either side: key (country:CHN), country code (CHN) or name.")
  String actor;

  @Option(names = "--with", paramLabel = "KEY|NAME", description = "The other side (needs --actor); both directions.")
  String with;

  @Option(names = "--code", paramLabel = "CODE", description = "CAMEO code or prefix: 04 or 041.")
  String code;

  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class: 1 verbal cooperation … 4 material conflict.")
  Integer quad;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this date (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--include-flagged", description = "Also negated, hypothetical and repeated events.")
  boolean includeFlagged;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--sort", paramLabel = "[-]COLUMN", defaultValue = "-date",
      description = "Order: date, code, code_name, quad, goldstein, source, target or modality; a leading - for descending (default ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv.")
  String format;

  @Override
  public Integer call() {
    EventFilter filter = new EventFilter(actor, with, code, quad, from, to, includeFlagged, limit);
    EventOrder.parse(sort); // a bad column is refused before the store is opened
    try (Store s = Store.openReadOnly(store.folder)) {
      s.events().list(filter, EventOrder.parse(sort)).print(System.out, StoreOption.choice(Rows.Format.class, "--format", format));
    }
    return 0;
  }
}
