package org.chronik.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Stage;

/** Throughput of a pipeline over a list of articles on N threads, with time per stage. */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  /** Figures of one run. */
  public record Result(String what, int threads, int articles, long sentences, long tokens, long characters,
      double seconds, Map<String, Double> stageSeconds, long peakHeapBytes) {
    public double articlesPerSecond() {
      return articles / seconds;
    }

    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }

    public double charactersPerSecond() {
      return characters / seconds;
    }
  }

  /** Runs every stage of the pipeline on every article, timing each stage (CPU time summed over threads). */
  public static Result run(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
    List<Stage> stages = pipeline.stages();
    AtomicLong[] stageNanos = new AtomicLong[stages.size()];
    for (int i = 0; i < stageNanos.length; i++) {
      stageNanos[i] = new AtomicLong();
    }
    AtomicLong sentences = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    Result r = timed("chronik pipeline", articles, threads, article -> {
      AnnotatedDocument doc = AnnotatedDocument.of(article);
      for (int i = 0; i < stages.size(); i++) {
        long t0 = System.nanoTime();
        doc = stages.get(i).apply(doc);
        stageNanos[i].addAndGet(System.nanoTime() - t0);
      }
      List<Sentence> s = doc.find(Layer.SENTENCES).orElse(List.of());
      sentences.addAndGet(s.size());
      int n = s.stream().mapToInt(Sentence::size).sum();
      tokens.addAndGet(n);
      return n;
    });
    Map<String, Double> perStage = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      perStage.put(stages.get(i).name(), stageNanos[i].get() / 1e9);
    }
    return new Result(r.what(), threads, r.articles(), sentences.get(), tokens.get(), r.characters(), r.seconds(), perStage, r.peakHeapBytes());
  }

  /** Runs {@code work} on every article on N threads; work returns the number of tokens it saw. */
  public static Result timed(String what, List<Article> articles, int threads, ToIntFunction<Article> work) throws Exception {
    resetPeaks();
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
    return new Result(what, threads, articles.size(), -1, tokens.get(), characters, seconds, Map.of(), peakHeap());
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
