package org.chronik.wikidata;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints how far a dump import is, every few seconds on stderr: bytes, entities/s, MB/s and the time left. */
final class Progress implements AutoCloseable {
  private final DumpInput input;
  private final DumpReader reader;
  private final PrintStream out;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "wikidata-progress");
    t.setDaemon(true);
    return t;
  });

  Progress(DumpInput input, DumpReader reader, PrintStream out, long everySeconds) {
    this.input = input;
    this.reader = reader;
    this.out = out;
    timer.scheduleAtFixedRate(() -> out.println(line()), everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long entities = reader.entities.get();
    long read = input.bytesRead();
    StringBuilder s = new StringBuilder(String.format("wikidata: %,d entities, %,.0f entities/s, %,.1f MB/s of %s (%,.1f MB/s unpacked)",
        entities, entities / seconds, read / seconds / 1e6, input.name(), reader.bytes.get() / seconds / 1e6));
    if (input.size() > 0 && read > 0) {
      double done = (double) read / input.size();
      s.append(String.format(", %.1f %% read, about %s left", 100 * done, duration(seconds * (1 - done) / done)));
    }
    return s.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%d h %02d min", s / 3600, s % 3600 / 60) : String.format("%d min %02d s", s / 60, s % 60);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
