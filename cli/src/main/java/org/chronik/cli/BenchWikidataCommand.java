package org.chronik.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronik.wikidata.DumpBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-wikidata", mixinStandardHelpOptions = true,
    description = "Throughput of actors import-wikidata on a synthetic dump it writes (plain and gzip), bzip2 decompression on a slice, "
        + "and the projected time for the full Wikidata dump.")
final class BenchWikidataCommand implements Callable<Integer> {
  @Option(names = "--mb", paramLabel = "MB", defaultValue = "1100", description = "Size of the synthetic dump, uncompressed (default ${DEFAULT-VALUE}).")
  long megabytes;

  @Option(names = "--dir", paramLabel = "DIR", description = "Where the synthetic files go (default: a temporary folder, removed afterwards).")
  Path folder;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: all cores).")
  Integer threads;

  @Option(names = "--full-gzip-gb", defaultValue = "140", description = "Assumed size of latest-all.json.gz in GB (default ${DEFAULT-VALUE}).")
  double fullGzipGb;

  @Option(names = "--full-bzip2-gb", defaultValue = "95", description = "Assumed size of latest-all.json.bz2 in GB (default ${DEFAULT-VALUE}).")
  double fullBzip2Gb;

  @Option(names = "--full-entities", defaultValue = "117000000", description = "Assumed entities in the full dump (default ${DEFAULT-VALUE}).")
  long fullEntities;

  @Option(names = "--bzip2-slice-mb", defaultValue = "100", description = "Uncompressed MB compressed with bzip2 to time its decompression (default ${DEFAULT-VALUE}).")
  long bzip2SliceMb;

  @Override
  public Integer call() throws Exception {
    Path dir = folder != null ? folder : Files.createTempDirectory("chronik-bench-wikidata");
    try {
      DumpBenchmark.run(new DumpBenchmark.Settings(dir, megabytes, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
          fullGzipGb, fullBzip2Gb, fullEntities, bzip2SliceMb), System.out);
    } finally {
      if (folder == null) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }
}
