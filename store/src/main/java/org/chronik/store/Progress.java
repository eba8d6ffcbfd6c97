package org.chronik.store;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Ingest progress on stderr, counted in articles: "120 of 300 articles (4 already stored), 2.1
 * articles/s, about 1 min left". On a terminal it is one line redrawn with \r and a bar; anywhere
 * else (a log, a pipe) a plain line every {@link #LINE_INTERVAL_NANOS}. Silent for runs that end
 * within two seconds.
 *
 * <p>The rate and the time left count only annotated articles, from the first one finished: the
 * first waits for the models to load (10–15 s), and articles already stored take no time, so
 * either would make the first estimate wrong several times over. No time left is shown until
 * {@link #STABLE_ARTICLES} articles and {@link #STABLE_NANOS} have gone into the rate.
 *
 * <p>Inputs are read ahead of annotation, so the total is known once every input is read; until
 * then it is extrapolated from the inputs read so far and said to be "about".
 */
final class Progress {
  static final int STABLE_ARTICLES = 5;
  static final long STABLE_NANOS = 10_000_000_000L;
  static final long LINE_INTERVAL_NANOS = 10_000_000_000L;
  private static final long QUIET_NANOS = 2_000_000_000L;
  private static final long REDRAW_NANOS = 500_000_000L;
  private static final int WIDTH = 20;

  private final PrintStream out;
  private final boolean terminal;
  private final int inputs;
  private final LongSupplier clock;
  private final long started;
  private int inputsRead;
  private int found;
  private int stored;
  private int skipped;
  private int failed;
  private long firstAnnotatedAt = -1;
  private long lastShown;
  private boolean shown;
  private int drawnLength;

  /**
   * @param out where progress goes, or null for none
   * @param terminal whether {@code out} is a terminal (redraw one line) or a log (plain lines)
   * @param inputs how many inputs the run reads
   */
  Progress(PrintStream out, boolean terminal, int inputs) {
    this(out, terminal, inputs, System::nanoTime);
  }

  Progress(PrintStream out, boolean terminal, int inputs, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.inputs = inputs;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  /** An input was read (or failed to read) and held {@code articles} articles. */
  synchronized void inputRead(int articles) {
    inputsRead++;
    found += articles;
  }

  synchronized void stored() {
    stored++;
    annotated();
  }

  synchronized void failed() {
    failed++;
    annotated();
  }

  synchronized void skipped() {
    skipped++;
    show(false);
  }

  private void annotated() {
    if (firstAnnotatedAt < 0) {
      firstAnnotatedAt = clock.getAsLong();
    }
    show(false);
  }

  private int done() {
    return stored + skipped + failed;
  }

  private void show(boolean last) {
    if (out == null) {
      return;
    }
    long now = clock.getAsLong();
    if (!last && (now - started < QUIET_NANOS || (shown && now - lastShown < (terminal ? REDRAW_NANOS : LINE_INTERVAL_NANOS)))) {
      return;
    }
    lastShown = now;
    shown = true;
    String text = line(now);
    if (terminal) {
      long total = Math.max(total(), done());
      int filled = total == 0 ? WIDTH : (int) (WIDTH * done() / total);
      String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + text;
      // spaces, not an erase code, cover what a longer line before left behind
      out.print("\r" + bar + " ".repeat(Math.max(0, drawnLength - bar.length())));
      drawnLength = bar.length();
    } else {
      out.println(text);
    }
    out.flush();
  }

  /** The articles there will be: exact once every input is read, else extrapolated from those read. */
  private long total() {
    return inputsRead >= inputs || inputsRead == 0 ? found : Math.round((double) found * inputs / inputsRead);
  }

  /** "12 of 300 articles (4 already stored, 1 failed), 2.1 articles/s, about 2 min left". */
  synchronized String line(long now) {
    boolean allRead = inputsRead >= inputs;
    long total = Math.max(total(), done());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d of %s%,d articles", done(), allRead ? "" : "about ", total));
    StringBuilder detail = new StringBuilder();
    if (skipped > 0) {
      detail.append(String.format(Locale.ROOT, "%,d already stored", skipped));
    }
    if (failed > 0) {
      detail.append(detail.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%,d failed", failed));
    }
    if (!allRead) {
      detail.append(detail.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%,d of %,d inputs read", inputsRead, inputs));
    }
    if (detail.length() > 0) {
      sb.append(" (").append(detail).append(')');
    }
    int measured = stored + failed - 1; // the first annotated article starts the clock
    long elapsed = firstAnnotatedAt < 0 ? 0 : now - firstAnnotatedAt;
    if (done() >= total) {
      return sb.toString();
    }
    if (measured >= STABLE_ARTICLES && elapsed >= STABLE_NANOS) {
      double perSecond = measured / (elapsed / 1e9);
      sb.append(String.format(Locale.ROOT, ", %.1f articles/s, %s left", perSecond, about((total - done()) / perSecond)));
    } else {
      sb.append(", time left: estimating");
    }
    return sb.toString();
  }

  /** A rounded duration: "about 40 s", "about 3 min", "about 1 h 20 min". */
  static String about(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return "about " + Math.max(10, Math.round(s / 10.0) * 10) + " s";
    }
    long minutes = Math.round(s / 60.0);
    return minutes < 60 ? "about " + minutes + " min" : "about " + minutes / 60 + " h " + minutes % 60 + " min";
  }

  /** Shows the final count (when progress was shown at all) and ends the line. */
  synchronized void finish() {
    if (out != null && shown) {
      show(true);
      if (terminal) {
        out.println();
      }
      out.flush();
    }
  }
}
