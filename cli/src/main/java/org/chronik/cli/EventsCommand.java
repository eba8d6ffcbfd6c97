package org.chronik.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.store.EventFilter;
import org.chronik.store.EventOrder;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import org.chronik.store.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events, newest first unless --sort says otherwise, with their evidence.",
        "As a table (for people) the newest 100 and a line saying how many there are; as jsonl or csv (for programs) every one."})
final class EventsCommand implements Callable<Integer> {
  /** The table for people: what fits 120 columns (or the terminal, as the chronik script says), the evidence cut to the room left. */
  static final List<String> NARROW = List.of("date", "code", "code_name", "source", "target", "modality", "evidence");
  static final int WIDTH = 120;
  private static final int NARROWEST = 80;
  static final Map<String, Integer> CAPS = Map.of("code_name", 20, "source", 15, "target", 15, "modality", 9);
  static final int TABLE_LIMIT = 100;

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

  @Option(names = "--undated", description = "Only events without a date (dated ones are what --from and --to select).")
  boolean undated;

  @Option(names = "--include-flagged", description = "Also negated, hypothetical and repeated events.")
  boolean includeFlagged;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: 100 in a table, all as jsonl or csv).")
  Integer limit;

  @Option(names = "--all", description = "Every event, also in a table.")
  boolean all;

  @Option(names = "--sort", paramLabel = "[-]COLUMN", defaultValue = "-date",
      description = "Order: date, code, code_name, quad, goldstein, source, target or modality; a leading - for descending (default ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv.")
  String format;

  @Option(names = "--wide", description = "A table of every column (article id, rule, keys, …), cells whole up to 80 characters.")
  boolean wide;

  @Override
  public Integer call() {
    Rows.Format output = StoreOption.choice(Rows.Format.class, "--format", format);
    if (all && limit != null) {
      throw new IllegalArgumentException("--all and --limit ask for different counts: give one");
    }
    int most = all ? EventFilter.ALL : limit != null ? limit : output == Rows.Format.TABLE ? TABLE_LIMIT : EventFilter.ALL;
    EventFilter filter = new EventFilter(actor, with, code, quad, from, to, includeFlagged, undated, most);
    EventOrder order = EventOrder.parse(sort); // a bad column is refused before the store is opened
    try (Store s = Store.openReadOnly(store.folder)) {
      Notes.markSynthetic(s);
      long shown;
      if (output == Rows.Format.TABLE) {
        // a table for people says "no date" where jsonl and csv leave the value empty for programs
        Rows rows = s.events().list(filter, order).withColumn("date", d -> d == null ? "no date" : d);
        shown = rows.size();
        if (shown > 0) {
          TextTable.print(System.out, wide ? rows : rows.select(NARROW), wide ? TextTable.Layout.UNLIMITED
              : new TextTable.Layout(Math.max(NARROWEST, Integer.getInteger("chronik.columns", WIDTH)), CAPS, "evidence"));
        }
      } else {
        shown = s.events().print(filter, order, System.out, output);
      }
      if (shown == 0) {
        Notes.say(Notes.empty(s).events(filter));
        return 0;
      }
      if (shown == most || output == Rows.Format.TABLE) {
        long total = s.events().count(filter);
        if (shown < total) {
          Notes.say("showing " + Notes.number(shown) + " of " + Notes.number(total) + " events; --limit N or --all for more");
        } else if (output == Rows.Format.TABLE) {
          Notes.say(Notes.number(total) + (total == 1 ? " event" : " events"));
        }
      }
    }
    return 0;
  }
}
