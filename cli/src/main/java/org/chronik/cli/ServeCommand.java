package org.chronik.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chronik.server.ChronikServer;
import org.chronik.store.ParquetImport;
import org.chronik.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api/…, described at /api/openapi.json) and the web UI over a store until stopped.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
  String host;

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
      description = "Memory for answers kept for repeated requests (default ${DEFAULT-VALUE}; 0 turns the cache off). "
          + "The store is opened read-only, so a kept answer stays true while the server runs.")
  long cacheMb;

  @Option(names = "--query-threads", paramLabel = "N", defaultValue = "1",
      description = "Threads DuckDB gives all queries together (default ${DEFAULT-VALUE}: concurrent requests each keep a core;"
          + " more helps a single user's large queries on an idle machine).")
  int queryThreads;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "Serve the Parquet tables of the Spark job (or of chronik export) in DIR: they are imported into the store"
          + " first (--store if given, else a temporary one deleted on exit), as chronik import-parquet does.")
  Path parquet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (cacheMb < 0) {
      throw new IllegalArgumentException("--cache-mb must not be negative: " + cacheMb);
    }
    Path folder = store.folder;
    boolean temporary = parquet != null && spec.commandLine().getParseResult().matchedOption("--store") == null;
    if (parquet != null) {
      folder = temporary ? Files.createTempDirectory("chronik-parquet-") : store.folder;
      try (Store importing = Store.open(folder)) {
        System.out.println("chronik: " + new ParquetImport(importing).run(parquet).line() + " into " + folder);
      }
    }
    Store s = Store.openReadOnly(folder);
    try {
      s.queryThreads(queryThreads);
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    Javalin server;
    try {
      server = ChronikServer.start(s, host, port, cacheMb * 1024 * 1024);
    } catch (RuntimeException e) {
      s.close();
      throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Path served = folder;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      s.close();
      if (temporary) {
        deleteQuietly(served);
      }
      stopped.countDown();
    }));
    System.out.println("chronik: serving " + (parquet != null ? parquet : folder) + " at " + ChronikServer.url(host, server.port()) + " (Ctrl-C stops)");
    stopped.await();
    return 0;
  }

  private static void deleteQuietly(Path folder) {
    try (var walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
