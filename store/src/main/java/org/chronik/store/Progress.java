package org.chronik.store;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long runs: done/total, rate and time left. Redrawn at most
 * twice a second; silent for runs that finish within two seconds.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final int total;
  private final String unit;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  Progress(PrintStream out, int total, String unit) {
    this.out = out;
    this.total = total;
    this.unit = unit;
  }

  synchronized void update(int done, String note) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < 2_000_000_000L || (drawn && now - lastDrawn < 500_000_000L && done < total)) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    out.print("\r" + line(done, (now - started) / 1e9, note) + "   ");
    out.flush();
  }

  String line(int done, double seconds, String note) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 ? duration((total - done) / rate) : "?";
    return String.format(Locale.ROOT, "[%s%s] %d/%d %s  %.1f/s  ETA %s  %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, unit, rate, eta, note);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  synchronized void finish() {
    if (out != null && drawn) {
      out.println();
      out.flush();
    }
  }
}
