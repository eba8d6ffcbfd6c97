package org.chronik.pipeline.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;

/** Throughput of the pipelines over a list of articles on N threads, with time per stage, GC and heap. */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  /**
   * Figures of one run.
   *
   * @param sentencesParsed sentences the dependency parser ran on (-1 when not known)
   * @param gcSeconds wall time the collectors report for the run
   */
  public record Result(String what, int threads, int articles, long sentences, long sentencesParsed, long tokens,
      long characters, double seconds, Map<String, Double> stageSeconds, long peakHeapBytes, double gcSeconds, long gcCount) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }

    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double charactersPerSecond() {
      return characters / seconds;
    }

    /** Share of the sentences that were parsed, or -1 when not known. */
    public double parsedShare() {
      return sentencesParsed < 0 || sentences <= 0 ? -1 : (double) sentencesParsed / sentences;
    }
  }

  /**
   * Routes every article as ingest does (language, then that language's pipeline), timing the
   * identification and each stage (CPU-bound, wall time summed over threads).
   */
  public static Result run(LanguageRouter router, List<Article> articles, int threads) throws Exception {
    Map<String, AtomicLong> stageNanos = new ConcurrentHashMap<>();
    Map<String, Integer> order = new ConcurrentHashMap<>();
    AtomicLong sentences = new AtomicLong();
    long[] parsedBefore = parsedCounts(router, articles);
    Result r = timed("chronik pipeline", articles, threads, article -> {
      long t0 = System.nanoTime();
      String language = router.languageOf(article);
      Optional<Pipeline> pipeline = router.pipelineFor(language);
      add(stageNanos, order, "LanguageIdentifier", System.nanoTime() - t0);
      if (pipeline.isEmpty()) {
        return 0;
      }
      AnnotatedDocument doc = AnnotatedDocument.of(article).with(Layer.LANGUAGE, language);
      for (Stage stage : pipeline.get().stages()) {
        long t = System.nanoTime();
        doc = stage.apply(doc);
        add(stageNanos, order, stage.name(), System.nanoTime() - t);
      }
      List<Sentence> s = doc.find(Layer.SENTENCES).orElse(List.of());
      sentences.addAndGet(s.size());
      return s.stream().mapToInt(Sentence::size).sum();
    });
    long[] parsedAfter = parsedCounts(router, articles);
    Map<String, Double> perStage = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .forEach(e -> perStage.put(e.getKey(), stageNanos.get(e.getKey()).get() / 1e9));
    long parsed = parsedAfter[0] < 0 ? -1 : parsedAfter[1] - parsedBefore[1];
    return new Result(r.what(), threads, r.articles(), sentences.get(), parsed, r.tokens(), r.characters(), r.seconds(),
        perStage, r.peakHeapBytes(), r.gcSeconds(), r.gcCount());
  }

  private static void add(Map<String, AtomicLong> nanos, Map<String, Integer> order, String stage, long elapsed) {
    AtomicLong sum = nanos.get(stage);
    if (sum == null) {
      order.putIfAbsent(stage, order.size());
      sum = nanos.computeIfAbsent(stage, k -> new AtomicLong());
    }
    sum.addAndGet(elapsed);
  }

  /** Sentences seen and parsed so far by the CoreNLP stage of the articles' pipeline, or {-1, -1}. */
  private static long[] parsedCounts(LanguageRouter router, List<Article> articles) {
    if (articles.isEmpty()) {
      return new long[] {-1, -1};
    }
    return router.pipelineFor(router.languageOf(articles.get(0))).flatMap(p -> p.stages().stream()
        .filter(s -> s instanceof CoreNlpAnnotator).map(s -> ((CoreNlpAnnotator) s).sentenceCounts()).findFirst())
        .orElse(new long[] {-1, -1});
  }

  /** Runs {@code work} on every article on N threads; work returns the number of tokens it saw. */
  public static Result timed(String what, List<Article> articles, int threads, ToIntFunction<Article> work) throws Exception {
    resetPeaks();
    long[] gcBefore = gc();
    AtomicLong tokens = new AtomicLong();
    long characters = articles.stream().mapToLong(a -> a.body().length()).sum();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = articles.stream().<Future<?>>map(a -> pool.submit(() -> tokens.addAndGet(work.applyAsInt(a)))).toList();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] gcAfter = gc();
    return new Result(what, threads, articles.size(), -1, -1, tokens.get(), characters, seconds, Map.of(), peakHeap(),
        (gcAfter[0] - gcBefore[0]) / 1e3, gcAfter[1] - gcBefore[1]);
  }

  /** Milliseconds and number of collections so far, summed over the collectors. */
  private static long[] gc() {
    long millis = 0;
    long count = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, bean.getCollectionTime());
      count += Math.max(0, bean.getCollectionCount());
    }
    return new long[] {millis, count};
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
