package org.chronik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.bench.PipelineBenchmark;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput of the whole pipeline and of bare CoreNLP on the same texts in the same run.",
      "CORPUS is a label;'text' CSV (10kGNAD) or a directory of articles."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CORPUS")
  Path corpus;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--limit", defaultValue = "200", description = "Articles to use (default ${DEFAULT-VALUE}; 0 = all).")
  int limit;

  @Option(names = "--warmup", defaultValue = "10", description = "Articles run first and not counted (default ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() throws Exception {
    // a folder of articles, or a CSV corpus such as 10kGNAD's label;'text' lines, read like chronik ingest reads them
    List<Article> articles = Inputs.read(List.of(corpus.toString()), null, null).articles();
    if (limit > 0 && articles.size() > limit + warmup) {
      articles = articles.subList(0, limit + warmup);
    }
    List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
    List<Article> measured = articles.subList(warm.size(), articles.size());
    System.err.printf("loading the pipeline; %d articles (%d warm-up), %d thread(s)%n", measured.size(), warm.size(), threads);
    Pipeline pipeline = Pipelines.shared();
    CoreNlpAnnotator bare = pipeline.stages().stream().filter(s -> s instanceof CoreNlpAnnotator).map(s -> (CoreNlpAnnotator) s).findFirst().orElseThrow();
    PipelineBenchmark.run(pipeline, warm, threads);

    PipelineBenchmark.Result full = PipelineBenchmark.run(pipeline, measured, threads);
    PipelineBenchmark.Result core = PipelineBenchmark.timed("bare CoreNLP", measured, threads, a -> bare.annotateBare(a.body()));
    print(full);
    print(core);
    System.out.printf("ratio chronik/bare CoreNLP tokens/s: %.2f%n", full.tokensPerSecond() / core.tokensPerSecond());
    double total = full.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.println("time per stage (summed over threads):");
    for (Map.Entry<String, Double> e : full.stageSeconds().entrySet()) {
      System.out.printf("  %-22s %8.2f s  %5.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total);
    }
    System.out.printf("machine: %d cores, max heap %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    return 0;
  }

  private static void print(PipelineBenchmark.Result r) {
    System.out.printf("%-16s threads=%d articles=%d tokens=%d chars=%d time=%.1fs | %.2f articles/s, %s%.0f tokens/s, %.0f chars/s, peak heap %d MiB%n",
        r.what(), r.threads(), r.articles(), r.tokens(), r.characters(), r.seconds(), r.articlesPerSecond(),
        r.sentences() >= 0 ? String.format("%.1f sentences/s, ", r.sentencesPerSecond()) : "",
        r.tokensPerSecond(), r.charactersPerSecond(), r.peakHeapBytes() >> 20);
  }
}
