package org.chronik.store;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;

/**
 * Reads inputs, annotates their articles on N threads and stores them through one writer, a batch
 * per transaction. Articles already stored are skipped before annotation, so a re-run after a
 * crash only annotates what is missing. A bad input or article costs one line on the error stream.
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

  /** One annotated (or failed) article on its way to the writer; END closes the stream. */
  private record Item(AnnotatedDocument document, Article failedArticle, Throwable failure) {}

  private static final Item END = new Item(null, null, null);

  private final AtomicInteger readErrors = new AtomicInteger();
  private final AtomicInteger articlesNew = new AtomicInteger();
  private final AtomicInteger articlesSkipped = new AtomicInteger();
  private final AtomicInteger articlesFailed = new AtomicInteger();
  private final Map<String, Integer> notAnnotated = new TreeMap<>(); // written by the writer thread only
  private Progress progress;

  public IngestSummary run(List<String> inputs, Reader reader) {
    long started = System.nanoTime();
    progress = new Progress(options.progress(), options.progressOnTerminal(), inputs.size());
    BatchWriter writer = store.writer();
    long runId = writer.startRun(String.join(" ", inputs.subList(0, Math.min(inputs.size(), 20))) + (inputs.size() > 20 ? " …" : ""));
    BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    Semaphore inFlight = new Semaphore(options.threads() * 2 + options.batchSize());
    AtomicReference<RuntimeException> producerFailure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "chronik-annotate");
      t.setDaemon(true);
      return t;
    });
    Thread producer = new Thread(() -> {
      try {
        produce(inputs, reader, pool, queue, inFlight);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        producerFailure.set(e);
      } finally {
        pool.shutdown();
        try {
          pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        queue.add(END);
      }
    }, "chronik-read");
    producer.setDaemon(true);
    producer.start();
    int events = 0;
    int flagged = 0;
    int undated = 0;
    Set<String> actors = new HashSet<>();
    try {
      List<Item> batch = new ArrayList<>();
      long batchStarted = 0;
      while (true) {
        Item item = queue.poll(200, TimeUnit.MILLISECONDS);
        if (item == END) {
          break;
        }
        if (item != null && item.failure() instanceof Error fatal) {
          throw new StoreException("annotation failed for " + item.failedArticle().source() + ": " + fatal, fatal);
        }
        if (item != null && item.failure() != null) {
          options.errors().println(item.failedArticle().source() + " (article " + item.failedArticle().id() + "): annotation failed: "
              + Store.firstLine(String.valueOf(item.failure().getMessage())));
          articlesFailed.incrementAndGet();
          inFlight.release();
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
          BatchWriter.BatchResult r = flush(writer, batch, runId, inFlight);
          events += r.events();
          flagged += r.flaggedEvents();
          undated += r.undatedArticles();
          actors.addAll(r.actorKeys());
        }
      }
      BatchWriter.BatchResult r = flush(writer, batch, runId, inFlight);
      events += r.events();
      flagged += r.flaggedEvents();
      undated += r.undatedArticles();
      actors.addAll(r.actorKeys());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("ingest interrupted");
    } catch (RuntimeException e) {
      producer.interrupt();
      pool.shutdownNow();
      throw e;
    } finally {
      progress.finish();
    }
    if (producerFailure.get() != null) {
      throw producerFailure.get();
    }
    IngestSummary summary = new IngestSummary(runId, inputs.size(), readErrors.get(), articlesNew.get(), articlesSkipped.get(),
        articlesFailed.get(), events, flagged, actors.size(), undated, (System.nanoTime() - started) / 1e9, notAnnotated);
    writer.finishRun(runId, summary);
    return summary;
  }

  private void produce(List<String> inputs, Reader reader, ExecutorService pool, BlockingQueue<Item> queue, Semaphore inFlight)
      throws InterruptedException {
    Set<String> seen = new HashSet<>();
    try (Connection check = store.reader()) {
      for (String input : inputs) {
        List<Article> articles;
        try {
          articles = reader.read(input, problem -> {
            options.errors().println(problem);
            readErrors.incrementAndGet();
          });
        } catch (Exception e) {
          options.errors().println(Store.firstLine(String.valueOf(e.getMessage())).startsWith(input)
              ? Store.firstLine(e.getMessage()) : input + ": " + Store.firstLine(String.valueOf(e.getMessage())));
          readErrors.incrementAndGet();
          progress.inputRead(0);
          continue;
        }
        progress.inputRead(articles.size());
        for (Article article : articles) {
          if (!seen.add(article.id()) || BatchWriter.exists(check, article.id())) {
            articlesSkipped.incrementAndGet();
            progress.skipped();
            continue;
          }
          inFlight.acquire();
          pool.execute(() -> {
            Item item;
            try {
              item = new Item(annotator.apply(article), null, null);
            } catch (RuntimeException | Error e) {
              // an Error too: a worker that dies without a word would leave the writer waiting forever
              item = new Item(null, article, e);
            }
            queue.add(item);
          });
        }
      }
    } catch (java.sql.SQLException e) {
      throw new StoreException("cannot read " + store.folder() + " while ingesting: " + e.getMessage(), e);
    }
  }

  private BatchWriter.BatchResult flush(BatchWriter writer, List<Item> batch, long runId, Semaphore inFlight) {
    if (batch.isEmpty()) {
      return BatchWriter.BatchResult.NONE;
    }
    BatchWriter.BatchResult result = writer.write(batch.stream().map(Item::document).toList(), runId);
    articlesNew.addAndGet(result.articlesNew());
    articlesSkipped.addAndGet(result.articlesSkipped());
    result.notAnnotated().forEach((language, n) -> notAnnotated.merge(language, n, Integer::sum));
    for (int i = 0; i < batch.size(); i++) {
      inFlight.release();
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
    return result;
  }
}
