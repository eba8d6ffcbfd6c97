package org.chronik.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.model.Article;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.bench.PipelineBenchmark;
import org.chronik.pipeline.corenlp.BareCoreNlp;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.corenlp.ParseCache;
import org.chronik.pipeline.corenlp.ParseSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput of the whole pipeline and of bare CoreNLP (every annotator on every sentence, as shipped, and with",
      "Chronik's parser settings) on the same texts in the same run, per thread count, with the ratios, the share of",
      "sentences parsed, GC time and peak heap.",
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

  @Option(names = "--chunk", defaultValue = "10", description = "Articles per turn: the runs take turns a chunk at a time (default ${DEFAULT-VALUE}).")
  int chunk;

  @Option(names = "--kept", description = "Also run bare CoreNLP with Chronik's parser settings (models of its own: about 1 GB more heap).")
  boolean withKept;

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
    BareCoreNlp shipped = noBare ? null : BareCoreNlp.german();
    // models of their own, so that they cache no vectors for Chronik's runs nor Chronik for theirs
    CoreNlpAnnotator kept = withKept && !noBare ? CoreNlpAnnotator.german(ParseSelector.ALL) : null;
    int most = threads.stream().max(Integer::compare).orElse(1);
    PipelineBenchmark.run(router, warm, most);
    if (!noBare) {
      PipelineBenchmark.timed("bare CoreNLP", warm, most, a -> shipped.annotate(a.body()));
      if (kept != null) {
        PipelineBenchmark.timed("bare, parser kept", warm, most, a -> kept.annotateBare(a.body()));
      }
    }
    // The articles go in chunks to the thread counts in turn, and within a chunk Chronik and bare CoreNLP
    // take turns going first: a change of load on a shared machine falls on all runs alike, and no run
    // reads sentences whose parser vectors another run of the same parser has just cached.
    Map<String, PipelineBenchmark.Result> tally = new LinkedHashMap<>();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    for (int from = 0, k = 0; from < measured.size(); from += chunk, k++) {
      List<Article> part = measured.subList(from, Math.min(measured.size(), from + chunk));
      int n = threads.get(k % threads.size());
      for (int turn = 0; turn < 2; turn++) {
        if ((turn + k / threads.size()) % 2 == 0) {
          add(tally, "chronik " + n, PipelineBenchmark.run(router, part, n));
        } else if (!noBare) {
          add(tally, "bare " + n, PipelineBenchmark.timed("bare CoreNLP", part, n, a -> shipped.annotate(a.body())));
          if (kept != null) {
            add(tally, "kept " + n, PipelineBenchmark.timed("bare, parser kept", part, n, a -> kept.annotateBare(a.body())));
          }
        }
      }
      System.err.printf("bench: %d of %d articles%n", Math.min(measured.size(), from + chunk), measured.size());
    }
    for (int n : threads) {
      PipelineBenchmark.Result full = tally.get("chronik " + n);
      print(full);
      if (!noBare) {
        PipelineBenchmark.Result core = tally.get("bare " + n);
        print(core);
        System.out.printf("ratio chronik/bare CoreNLP at %d thread(s): %.2f tokens/s, %.2f tokens per CPU second"
            + " (CoreNLP as shipped, one pipeline for all threads)%n", n, full.tokensPerSecond() / core.tokensPerSecond(),
            full.tokensPerCpuSecond() / core.tokensPerCpuSecond());
        PipelineBenchmark.Result same = tally.get("kept " + n);
        if (same != null) {
          print(same);
          System.out.printf("ratio chronik/bare with Chronik's parser settings at %d thread(s): %.2f tokens/s, %.2f tokens per CPU"
              + " second (every sentence parsed: what the choice of sentences gives)%n", n, full.tokensPerSecond() / same.tokensPerSecond(),
              full.tokensPerCpuSecond() / same.tokensPerCpuSecond());
        }
      }
      System.out.printf("sentences parsed at %d thread(s): %d of %d (%.1f%%)%n", n, full.sentencesParsed(), full.sentences(), 100 * full.parsedShare());
      stages(full);
    }
    for (int i = 1; i < threads.size(); i++) {
      PipelineBenchmark.Result a = tally.get("chronik " + threads.get(0));
      PipelineBenchmark.Result b = tally.get("chronik " + threads.get(i));
      System.out.printf("scaling chronik tokens/s, %d vs %d thread(s): %.2f (CPU seconds per wall second %.2f vs %.2f;"
              + " tokens per CPU second %.2f of one thread's)%n", threads.get(i), threads.get(0), b.tokensPerSecond() / a.tokensPerSecond(),
          b.cpuSeconds() / b.seconds(), a.cpuSeconds() / a.seconds(), b.tokensPerCpuSecond() / a.tokensPerCpuSecond());
      if (!noBare) {
        PipelineBenchmark.Result x = tally.get("bare " + threads.get(0));
        PipelineBenchmark.Result y = tally.get("bare " + threads.get(i));
        System.out.printf("scaling bare CoreNLP tokens/s, %d vs %d thread(s): %.2f (CPU seconds per wall second %.2f vs %.2f)%n",
            threads.get(i), threads.get(0), y.tokensPerSecond() / x.tokensPerSecond(), y.cpuSeconds() / y.seconds(), x.cpuSeconds() / x.seconds());
      }
    }
    System.out.printf("load average: %.2f before, %.2f after%n", loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf("machine: %d cores, max heap %d MiB, java %s, %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(x -> x.startsWith("-XX:+Use")).toList());
    return 0;
  }

  private static void add(Map<String, PipelineBenchmark.Result> tally, String key, PipelineBenchmark.Result r) {
    tally.merge(key, r, PipelineBenchmark.Result::plus);
  }

  private static void stages(PipelineBenchmark.Result full) {
    double total = full.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.println("time per stage (summed over threads):");
    for (Map.Entry<String, Double> e : full.stageSeconds().entrySet()) {
      System.out.printf("  %-22s %8.2f s  %5.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total);
    }
  }

  private static void print(PipelineBenchmark.Result r) {
    System.out.printf("%-17s threads=%d articles=%d tokens=%d time=%.1fs cpu=%.1fs | %.2f articles/s, %.0f tokens/s, %.0f chars/s,"
            + " %.0f tokens per CPU second, GC %.1f s (%d collections), peak heap %d MiB%n",
        r.what(), r.threads(), r.articles(), r.tokens(), r.seconds(), r.cpuSeconds(), r.articlesPerSecond(),
        r.tokensPerSecond(), r.charactersPerSecond(), r.tokensPerCpuSecond(), r.gcSeconds(), r.gcCount(), r.peakHeapBytes() >> 20);
  }
}
