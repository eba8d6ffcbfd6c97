package org.chronik.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.timex.TimeTagger;

/**
 * Speed of the time tagger alone against HeidelTime on the same documents, in one run, on one thread
 * (CPU time of the calling thread). Sentences are parsed once beforehand and not counted: the tagger
 * stage needs them, HeidelTime (POSTagger.NO) does its own splitting inside its figure.
 *
 * <p>Usage: {@code TimexSpeed DOCS_DIR [rounds] [narrative|news]}.
 */
public final class TimexSpeed {
  private TimexSpeed() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TimexSpeed DOCS_DIR [rounds] [narrative|news]");
      System.exit(2);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String type = args.length > 2 ? args[2] : "narrative";
    List<Article> articles = read(Path.of(args[0]), type);
    long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
    System.err.printf("%d documents, %d characters; parsing sentences once%n", articles.size(), chars);
    Pipeline sentences = Pipelines.shared().upTo(Layer.SENTENCES);
    List<AnnotatedDocument> parsed = articles.stream().map(sentences::apply).toList();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    Stage tagger = Pipelines.shared().stages().stream().filter(s -> s instanceof TimeTagger).findFirst()
        .orElseThrow(() -> new IllegalStateException("the German pipeline has no TimeTagger"));
    for (int warm = 0; warm < 2; warm++) {
      parsed.forEach(tagger::apply);
    }
    long t0 = cpu.getCurrentThreadCpuTime();
    int found = 0;
    for (int r = 0; r < rounds; r++) {
      for (AnnotatedDocument d : parsed) {
        found += tagger.apply(d).layer(Layer.TIMEX).size();
      }
    }
    double ours = rounds * chars / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
    System.out.printf("chronik TimeTagger: %.0f chars/s (%d rounds after 2 warm-up, %d expressions a round)%n", ours, rounds, found / rounds);

    HeidelTimePeer heideltime = new HeidelTimePeer();
    heideltime.tag(articles.get(0), "narrative".equals(type)); // loads its resources
    t0 = cpu.getCurrentThreadCpuTime();
    int theirs = 0;
    for (Article a : articles) {
      theirs += heideltime.tag(a, "narrative".equals(type)).size();
    }
    double peer = chars / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
    System.out.printf("HeidelTime 2.2.1:   %.0f chars/s (1 round after loading, %d expressions)%n", peer, theirs);
    System.out.printf("ratio chronik/HeidelTime: %.1f%n", ours / peer);
  }

  private static List<Article> read(Path dir, String type) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Article a = SeedFormat.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString());
        Map<String, String> metadata = new HashMap<>(a.metadata());
        metadata.put(TimeTagger.DOCUMENT_TYPE, type);
        out.add(new Article(a.id(), a.source(), a.url(), a.creationDate(), a.title(), a.body(), a.language(), a.byline(), a.credits(), metadata));
      }
    }
    return out;
  }
}
