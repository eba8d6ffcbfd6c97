package org.chronik.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import org.chronik.store.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mentions", mixinStandardHelpOptions = true,
    description = {"The reports of one event: each article that mentions it, with the sentence, the rule and the modality.",
        "EVENT_ID is the global_event_id chronik events prints (--wide, jsonl, csv)."})
final class MentionsCommand implements Callable<Integer> {
  static final List<String> NARROW = List.of("published", "url", "modality", "rule", "sentence");

  @Mixin StoreOption store;

  @Parameters(paramLabel = "EVENT_ID", description = "The event's global_event_id.")
  long eventId;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, jsonl or csv.")
  String format;

  @Override
  public Integer call() {
    Rows.Format output = StoreOption.choice(Rows.Format.class, "--format", format);
    try (Store s = Store.openReadOnly(store.folder)) {
      Rows rows = s.events().mentions(eventId);
      if (rows.size() == 0) {
        throw new IllegalArgumentException("no event " + eventId + " in " + store.folder + " (chronik events --wide shows their ids)");
      }
      if (output == Rows.Format.TABLE) {
        // an article without a URL (a file) is named by its source
        List<List<Object>> named = new java.util.ArrayList<>();
        for (List<Object> row : rows.rows()) {
          List<Object> r = new java.util.ArrayList<>(row);
          if (r.get(rows.index("url")) == null) {
            r.set(rows.index("url"), r.get(rows.index("source")));
          }
          named.add(r);
        }
        TextTable.print(System.out, new Rows(rows.columns(), named).select(NARROW),
            new TextTable.Layout(Math.max(80, Integer.getInteger("chronik.columns", EventsCommand.WIDTH)),
                java.util.Map.of("url", 40, "rule", 18, "modality", 9), "sentence"));
        Notes.say(rows.size() + (rows.size() == 1 ? " mention" : " mentions") + " of event " + eventId);
      } else {
        rows.print(System.out, output);
      }
    }
    return 0;
  }
}
