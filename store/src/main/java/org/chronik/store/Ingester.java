package org.chronik.store;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;

/**
 * Reads inputs, annotates their articles on N threads and stores them through one writer, a batch
 * per transaction. Articles already stored are skipped before annotation, so a re-run after a
 * crash only annotates what is missing. A bad input or article costs one line on the error stream.
 * Reading and annotating is {@link AnnotationFeed}'s job; this class batches and writes.
 */
public final class Ingester {
  /**
   * Reads one input (a file path) into articles. A record it cannot read goes to {@code problems} as
   * one line naming the input; an exception means the whole input was unreadable.
   */
  @FunctionalInterface
  public interface Reader {
    List<Article> read(String input, Consumer<String> problems) throws Exception;
  }

  /**
   * @param progress where progress goes (stderr), or null for none
   * @param errors where one line per bad input or article goes
   * @param onBatch told after each committed batch (for tests and logs), or null
   * @param progressOnTerminal whether {@code progress} is a terminal (one redrawn line) rather than a log (plain lines)
   */
  public record Options(int threads, int batchSize, PrintStream progress, PrintStream errors, Consumer<BatchWriter.BatchResult> onBatch,
      boolean progressOnTerminal) {
    public Options {
      if (threads < 1 || batchSize < 1) {
        throw new IllegalArgumentException("threads and batch size must be positive");
      }
    }

    /** Options whose progress, if any, is printed as plain lines. */
    public Options(int threads, int batchSize, PrintStream progress, PrintStream errors, Consumer<BatchWriter.BatchResult> onBatch) {
      this(threads, batchSize, progress, errors, onBatch, false);
    }
  }

  private static final long MAX_BATCH_WAIT_NANOS = 5_000_000_000L; // slow annotation still commits every few seconds

  private final Store store;
  private final Function<Article, AnnotatedDocument> annotator;
  private final Options options;

  public Ingester(Store store, Function<Article, AnnotatedDocument> annotator, Options options) {
    this.store = store;
    this.annotator = annotator;
    this.options = options;
  }

  // the totals below are written by the writer thread (the caller of run) only
  private final Map<String, Integer> notAnnotated = new TreeMap<>();
  private final Set<String> actors = new HashSet<>();
  private int articlesNew;
  private int articlesSkipped;
  private int articlesFailed;
  private int events;
  private int flagged;
  private int undated;
  private Progress progress;

  public IngestSummary run(List<String> inputs, Reader reader) {
    long started = System.nanoTime();
    progress = new Progress(options.progress(), options.progressOnTerminal(), inputs.size());
    BatchWriter writer = store.writer();
    long runId = writer.startRun(String.join(" ", inputs.subList(0, Math.min(inputs.size(), 20))) + (inputs.size() > 20 ? " …" : ""));
    AnnotationFeed feed = new AnnotationFeed(store, annotator, options, progress);
    feed.start(inputs, reader);
    try {
      List<AnnotationFeed.Item> batch = new ArrayList<>();
      long batchStarted = 0;
      while (true) {
        AnnotationFeed.Item item = feed.poll(200);
        if (item == AnnotationFeed.END) {
          break;
        }
        if (item != null && item.failure() instanceof Error fatal) {
          throw new StoreException("annotation failed for " + item.failedArticle().source() + ": " + fatal, fatal);
        }
        if (item != null && item.failure() != null) {
          options.errors().println(item.failedArticle().source() + " (article " + item.failedArticle().id() + "): annotation failed: "
              + Store.firstLine(String.valueOf(item.failure().getMessage())));
          articlesFailed++;
          feed.release();
          progress.failed();
          continue;
        }
        if (item != null) {
          if (batch.isEmpty()) {
            batchStarted = System.nanoTime();
          }
          batch.add(item);
        }
        boolean full = batch.size() >= options.batchSize();
        boolean waited = !batch.isEmpty() && System.nanoTime() - batchStarted > MAX_BATCH_WAIT_NANOS;
        if (full || waited) {
          flush(writer, batch, runId, feed);
        }
      }
      flush(writer, batch, runId, feed);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("ingest interrupted");
    } catch (RuntimeException e) {
      feed.stop();
      throw e;
    } finally {
      progress.finish();
    }
    if (feed.failure() != null) {
      throw feed.failure();
    }
    IngestSummary summary = new IngestSummary(runId, inputs.size(), feed.readErrors(), articlesNew,
        feed.skipped() + articlesSkipped, articlesFailed, events, flagged, actors.size(), undated,
        (System.nanoTime() - started) / 1e9, notAnnotated);
    writer.finishRun(runId, summary);
    return summary;
  }

  private void flush(BatchWriter writer, List<AnnotationFeed.Item> batch, long runId, AnnotationFeed feed) {
    if (batch.isEmpty()) {
      return;
    }
    BatchWriter.BatchResult result = writer.write(batch.stream().map(AnnotationFeed.Item::document).toList(), runId);
    articlesNew += result.articlesNew();
    articlesSkipped += result.articlesSkipped();
    events += result.events();
    flagged += result.flaggedEvents();
    undated += result.undatedArticles();
    actors.addAll(result.actorKeys());
    result.notAnnotated().forEach((language, n) -> notAnnotated.merge(language, n, Integer::sum));
    for (int i = 0; i < batch.size(); i++) {
      feed.release();
      if (i < result.articlesNew()) {
        progress.stored();
      } else {
        progress.skipped();
      }
    }
    batch.clear();
    if (options.onBatch() != null) {
      options.onBatch().accept(result);
    }
  }
}
