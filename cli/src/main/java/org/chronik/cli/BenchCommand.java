package org.chronik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.model.Article;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.bench.PipelineBenchmark;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.corenlp.ParseCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput of the whole pipeline and of bare CoreNLP (every annotator on every sentence) on the same",
      "texts in the same run, per thread count, with the ratios, the share of sentences parsed, GC time and peak heap.",
      "CORPUS is a label;'text' CSV (10kGNAD) or a directory of articles."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS")
  Path corpus;

  @Option(names = "--threads", split = ",", defaultValue = "1", description = "Worker threads, one run each (default ${DEFAULT-VALUE}; e.g. 1,2).")
  List<Integer> threads;

  @Option(names = "--limit", defaultValue = "200", description = "Articles to use (default ${DEFAULT-VALUE}; 0 = all).")
  int limit;

  @Option(names = "--warmup", defaultValue = "10", description = "Articles run first and not counted (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--no-bare", description = "Skip the bare CoreNLP runs (no ratio to it).")
  boolean noBare;

  @Override
  public Integer call() throws Exception {
    if (ParseCache.fromEnvironment().isPresent()) {
      System.err.println("bench: unset CHRONIK_PARSE_CACHE (and -Dchronik.parseCache): a cached parse would not be measured");
      return 2;
    }
    // a folder of articles, or a CSV corpus such as 10kGNAD's label;'text' lines, read like chronik ingest reads them
    List<Article> articles = Inputs.read(List.of(corpus.toString()), null, null).articles();
    if (limit > 0 && articles.size() > limit + warmup) {
      articles = articles.subList(0, limit + warmup);
    }
    List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
    List<Article> measured = articles.subList(warm.size(), articles.size());
    System.err.printf("loading the pipeline; %d articles (%d warm-up), thread counts %s%n", measured.size(), warm.size(), threads);
    LanguageRouter router = Pipelines.router(PipelineOptions.defaults());
    CoreNlpAnnotator bare = Pipelines.shared().stages().stream().filter(s -> s instanceof CoreNlpAnnotator)
        .map(s -> (CoreNlpAnnotator) s).findFirst().orElseThrow();
    PipelineBenchmark.run(router, warm, threads.stream().max(Integer::compare).orElse(1));
    if (!noBare) {
      PipelineBenchmark.timed("bare CoreNLP", warm, 1, a -> bare.annotateBare(a.body()));
    }
    List<PipelineBenchmark.Result> runs = new ArrayList<>();
    for (int n : threads) {
      PipelineBenchmark.Result full = PipelineBenchmark.run(router, measured, n);
      runs.add(full);
      print(full);
      if (!noBare) {
        PipelineBenchmark.Result core = PipelineBenchmark.timed("bare CoreNLP", measured, n, a -> bare.annotateBare(a.body()));
        print(core);
        System.out.printf("ratio chronik/bare CoreNLP tokens/s at %d thread(s): %.2f%n", n, full.tokensPerSecond() / core.tokensPerSecond());
      }
      System.out.printf("sentences parsed: %d of %d (%.1f%%)%n", full.sentencesParsed(), full.sentences(), 100 * full.parsedShare());
      stages(full);
    }
    for (int i = 1; i < runs.size(); i++) {
      System.out.printf("scaling chronik tokens/s, %d vs %d thread(s): %.2f%n", runs.get(i).threads(), runs.get(0).threads(),
          runs.get(i).tokensPerSecond() / runs.get(0).tokensPerSecond());
    }
    System.out.printf("machine: %d cores, max heap %d MiB, java %s, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return 0;
  }

  private static void stages(PipelineBenchmark.Result full) {
    double total = full.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.println("time per stage (summed over threads):");
    for (Map.Entry<String, Double> e : full.stageSeconds().entrySet()) {
      System.out.printf("  %-22s %8.2f s  %5.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total);
    }
  }

  private static void print(PipelineBenchmark.Result r) {
    System.out.printf("%-16s threads=%d articles=%d tokens=%d chars=%d time=%.1fs | %.2f articles/s, %.0f tokens/s, %.0f chars/s,"
            + " GC %.1f s (%d collections), peak heap %d MiB%n",
        r.what(), r.threads(), r.articles(), r.tokens(), r.characters(), r.seconds(), r.articlesPerSecond(),
        r.tokensPerSecond(), r.charactersPerSecond(), r.gcSeconds(), r.gcCount(), r.peakHeapBytes() >> 20);
  }
}
