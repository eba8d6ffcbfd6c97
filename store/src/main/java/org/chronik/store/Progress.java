package org.chronik.store;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long ingests, counted in articles: done/total, rate and
 * time left. Inputs are read ahead of annotation, so the total is known once every input is read;
 * until then it is extrapolated from the inputs read so far and marked "~" (one JSON Lines file of
 * a thousand articles shows 1,000 articles at once, not 0/1 input until the end). Redrawn at most
 * twice a second; silent for runs that finish within two seconds.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final int inputs;
  private final long started = System.nanoTime();
  private int inputsRead;
  private int articlesFound;
  private int articlesDone;
  private long lastDrawn;
  private boolean drawn;

  /** @param out where the bar goes, or null for none; @param inputs how many inputs the run reads */
  Progress(PrintStream out, int inputs) {
    this.out = out;
    this.inputs = inputs;
  }

  /** An input was read (or failed to read) and held {@code articles} articles. */
  synchronized void inputRead(int articles) {
    inputsRead++;
    articlesFound += articles;
  }

  /** One article is finished: committed, skipped as already stored, or failed. */
  synchronized void articleDone(String note) {
    articlesDone++;
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    boolean last = inputsRead == inputs && articlesDone >= articlesFound;
    if (now - started < 2_000_000_000L || (drawn && now - lastDrawn < 500_000_000L && !last)) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    out.print("\r" + line(articlesDone, articlesFound, inputsRead, inputs, (now - started) / 1e9, note) + "   ");
    out.flush();
  }

  /** The bar for {@code done} of {@code found} articles, {@code read} of {@code total} inputs read. */
  static String line(int done, int found, int read, int total, double seconds, String note) {
    boolean allRead = read >= total;
    long estimate = allRead || read == 0 ? found : Math.round((double) found * total / read);
    estimate = Math.max(estimate, done);
    int filled = estimate == 0 ? WIDTH : (int) (WIDTH * done / estimate);
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 && (allRead || read > 0) ? duration((estimate - done) / rate) : "?";
    String inputsNote = allRead ? "" : String.format(Locale.ROOT, " (%d/%d inputs read)", read, total);
    return String.format(Locale.ROOT, "[%s%s] %d/%s%d articles%s  %.1f/s  ETA %s%s  %s",
        "#".repeat(filled), ".".repeat(WIDTH - filled), done, allRead ? "" : "~", estimate, inputsNote, rate,
        allRead ? "" : "~", eta, note);
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
