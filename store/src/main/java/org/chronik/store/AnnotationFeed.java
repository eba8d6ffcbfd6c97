package org.chronik.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;

/**
 * The reading half of an ingest: one thread reads the inputs, skips articles already stored (or seen
 * twice in this run), and hands the rest to N annotating threads, whose results arrive in the order
 * they finish. At most {@code limit} articles are in flight between reading and storing, so a slow
 * writer holds the reader back; the writer {@link #release releases} one slot per article it is done
 * with. After the last article comes {@link #END}.
 */
final class AnnotationFeed {
  /** One annotated (or failed) article on its way to the writer. */
  record Item(AnnotatedDocument document, Article failedArticle, Throwable failure) {}

  static final Item END = new Item(null, null, null);

  private final Store store;
  private final Function<Article, AnnotatedDocument> annotator;
  private final Ingester.Options options;
  private final Progress progress;
  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final Semaphore inFlight;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final AtomicInteger readErrors = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final ExecutorService pool;
  private Thread reader;

  AnnotationFeed(Store store, Function<Article, AnnotatedDocument> annotator, Ingester.Options options, Progress progress) {
    this.store = store;
    this.annotator = annotator;
    this.options = options;
    this.progress = progress;
    this.inFlight = new Semaphore(options.threads() * 2 + options.batchSize());
    this.pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "chronik-annotate");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts reading {@code inputs} on a thread of its own. */
  void start(List<String> inputs, Ingester.Reader inputReader) {
    reader = new Thread(() -> {
      try {
        produce(inputs, inputReader);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure.set(e);
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
    reader.setDaemon(true);
    reader.start();
  }

  /** The next finished article, {@link #END} after the last, or null if none came within {@code millis}. */
  Item poll(long millis) throws InterruptedException {
    return queue.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** The writer is done with one article (stored, skipped or failed). */
  void release() {
    inFlight.release();
  }

  /** Stops reading and annotating after the writer failed. */
  void stop() {
    if (reader != null) {
      reader.interrupt();
    }
    pool.shutdownNow();
  }

  /** What stopped the reader, if anything did (read after {@link #END}). */
  RuntimeException failure() {
    return failure.get();
  }

  int readErrors() {
    return readErrors.get();
  }

  /** Articles skipped before annotation: stored before, or twice in this run. */
  int skipped() {
    return skipped.get();
  }

  private void produce(List<String> inputs, Ingester.Reader inputReader) throws InterruptedException {
    Set<String> seen = new HashSet<>();
    try (Connection check = store.reader()) {
      for (String input : inputs) {
        List<Article> articles;
        try {
          articles = inputReader.read(input, problem -> {
            options.errors().println(problem);
            readErrors.incrementAndGet();
          });
        } catch (Exception e) {
          String message = Store.firstLine(String.valueOf(e.getMessage()));
          options.errors().println(message.startsWith(input) ? message : input + ": " + message);
          readErrors.incrementAndGet();
          progress.inputRead(0);
          continue;
        }
        progress.inputRead(articles.size());
        for (Article article : articles) {
          if (!seen.add(article.id()) || BatchWriter.exists(check, article.id())) {
            skipped.incrementAndGet();
            progress.skipped();
            continue;
          }
          inFlight.acquire();
          pool.execute(() -> queue.add(annotate(article)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + store.folder() + " while ingesting: " + e.getMessage(), e);
    }
  }

  private Item annotate(Article article) {
    try {
      return new Item(annotator.apply(article), null, null);
    } catch (RuntimeException | Error e) {
      // an Error too: a worker that dies without a word would leave the writer waiting forever
      return new Item(null, article, e);
    }
  }
}
