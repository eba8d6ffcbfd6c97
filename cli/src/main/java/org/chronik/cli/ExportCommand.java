package org.chronik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronik.store.Exporter;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store's tables as Parquet, CSV or JSON Lines, or the events as a GDELT 2.0 event file.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "parquet, csv, jsonl or gdelt.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created if needed).")
  Path out;

  @Override
  public Integer call() {
    Exporter.Format chosen = StoreOption.choice(Exporter.Format.class, "--format", format);
    try (Store s = Store.openReadOnly(store.folder)) {
      Notes.markSynthetic(s);
      List<Exporter.Written> written = new Exporter(s).export(chosen, out);
      long rows = written.stream().mapToLong(Exporter.Written::rows).sum();
      System.out.printf(Locale.ROOT, "wrote %d %s, %,d rows, as %s to %s:%n", written.size(), written.size() == 1 ? "table" : "tables",
          rows, chosen.name().toLowerCase(Locale.ROOT), out);
      for (Exporter.Written w : written) {
        System.out.printf(Locale.ROOT, "  %-17s %,10d %-4s  %s%s%n", w.table(), w.rows(), w.rows() == 1 ? "row" : "rows", w.file(),
            w.leftOut() == null ? "" : "  (" + w.leftOut() + ")");
      }
    }
    return 0;
  }
}
