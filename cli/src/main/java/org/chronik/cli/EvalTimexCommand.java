package org.chronik.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.chronik.eval.Counts;
import org.chronik.eval.EvalReport;
import org.chronik.eval.GoldSet;
import org.chronik.eval.timex.PeerTimeTagger;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.TimeExpression;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.timex.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-timex",
    mixinStandardHelpOptions = true,
    description = {
      "Score the time tagger on a gold corpus (a folder with docs/ and gold/, e.g. shared/corpora/wikiwarsde):"
          + " extent P/R/F1 by overlap and value accuracy, and the tagger's speed alone (CPU time of one thread,"
          + " sentences from the pipeline up to SENTENCES not counted).",
      "--heideltime adds HeidelTime on the same documents; it is evaluation-only (GPL) and comes from module bench,"
          + " which must be on the class path."
    })
final class EvalTimexCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder with docs/ and gold/.")
  Path corpus;

  @Option(names = "--heideltime", description = "Also score HeidelTime (needs module bench on the class path).")
  boolean heideltime;

  @Option(names = "--details", description = "Print the per-document tables and the missed, unmatched and wrong items.")
  boolean details;

  /** Characters and CPU nanoseconds spent by one tagger. */
  private static final class Clock {
    long chars;
    long nanos;

    double charsPerSecond() {
      return nanos == 0 ? 0 : chars / (nanos / 1e9);
    }
  }

  @Override
  public Integer call() {
    Path gold = corpus.resolve("gold");
    Path docs = corpus.resolve("docs");
    if (!Files.isDirectory(gold) || !Files.isDirectory(docs)) {
      System.err.println("chronik eval-timex: " + corpus + " needs the folders gold/ and docs/");
      return 2;
    }
    Optional<PeerTimeTagger> peer = Optional.empty();
    if (heideltime) {
      peer = ServiceLoader.load(PeerTimeTagger.class).findFirst();
      if (peer.isEmpty()) {
        System.err.println("chronik eval-timex: --heideltime needs module bench on the class path (see bench/README.md)");
        return 2;
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Pipeline sentences = Pipelines.shared().upTo(Layer.SENTENCES);
    Stage tagger = Pipelines.shared().stages().stream().filter(s -> s instanceof TimeTagger).findFirst()
        .orElseThrow(() -> new IllegalStateException("the German pipeline has no TimeTagger"));
    Clock ours = new Clock();
    EvalReport chronik = GoldSet.score(gold, docs, null, (path, type) -> {
      AnnotatedDocument parsed = sentences.apply(read(path, type));
      long t0 = cpu.getCurrentThreadCpuTime();
      AnnotatedDocument tagged = tagger.apply(parsed);
      ours.nanos += cpu.getCurrentThreadCpuTime() - t0;
      ours.chars += parsed.article().body().length();
      return tagged;
    }, System.err::println);
    if (details) {
      System.out.print(chronik.text());
    }
    System.out.printf("%-12s %6s %6s %6s %9s %7s %12s%n", "tagger", "P", "R", "F1", "value-acc", "gold", "chars/s");
    print("chronik", chronik.time(), ours);
    if (peer.isPresent()) {
      PeerTimeTagger p = peer.get();
      Clock theirs = new Clock();
      EvalReport other = GoldSet.score(gold, docs, null, (path, type) -> {
        Article article = read(path, type);
        long t0 = cpu.getCurrentThreadCpuTime();
        List<TimeExpression> found = p.tag(article, "narrative".equals(type));
        theirs.nanos += cpu.getCurrentThreadCpuTime() - t0;
        theirs.chars += article.body().length();
        return AnnotatedDocument.of(article).with(Layer.TIMEX, found);
      }, System.err::println);
      if (details) {
        System.out.print(other.text());
      }
      print(p.name(), other.time(), theirs);
    }
    return chronik.errors().isEmpty() ? 0 : 1;
  }

  private static void print(String name, Counts c, Clock clock) {
    System.out.printf("%-12s %6s %6s %6s %9s %7d %12.0f%n", name, f(c.precision()), f(c.recall()), f(c.f1()), f(c.accuracy()), c.required(), clock.charsPerSecond());
  }

  private static String f(Double d) {
    return d == null ? "-" : String.format("%.3f", d);
  }

  private static Article read(Path document, String documentType) throws IOException {
    Article a = SeedFormat.parse(Files.readString(document, StandardCharsets.UTF_8), document.getFileName().toString());
    Map<String, String> metadata = new HashMap<>(a.metadata());
    metadata.put(TimeTagger.DOCUMENT_TYPE, documentType);
    return new Article(a.id(), a.source(), a.url(), a.creationDate(), a.title(), a.body(), a.language(), a.byline(), a.credits(), metadata);
  }
}
