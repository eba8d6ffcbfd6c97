package org.chronik.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chronik.store.ParquetImport;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import-parquet", mixinStandardHelpOptions = true,
    description = "Add the Parquet tables of the Spark job (or of chronik export) to a store; articles it has are skipped.")
final class ImportParquetCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "DIR", description = "The job's output folder (articles/month=…/*.parquet, events/…) or an export folder.")
  Path folder;

  @Override
  public Integer call() {
    try (Store s = Store.open(store.folder)) {
      System.out.println(new ParquetImport(s).run(folder).line());
    }
    return 0;
  }
}
