package org.chronik.cli;

import java.nio.file.Path;
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
    try (Store s = Store.openReadOnly(store.folder)) {
      for (Path file : new Exporter(s).export(StoreOption.choice(Exporter.Format.class, "--format", format), out)) {
        System.out.println(file);
      }
    }
    return 0;
  }
}
