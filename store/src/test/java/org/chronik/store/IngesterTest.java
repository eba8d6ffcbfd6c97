package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  private Ingester ingester(Store store, int threads, java.util.function.Function<Article, org.chronik.model.AnnotatedDocument> annotator) {
    return new Ingester(store, annotator, new Ingester.Options(threads, 7, null, new PrintStream(errors, true, StandardCharsets.UTF_8), null));
  }

  @Test
  void annotatesInParallelStoresAllAndSecondRunAddsNothing() {
    List<String> inputs = SyntheticDocuments.inputs(50);
    try (Store store = Store.open(dir)) {
      IngestSummary first = ingester(store, 3, SyntheticDocuments::annotate).run(inputs, (input, problems) -> SyntheticDocuments.read(input));
      assertEquals(50, first.articlesNew());
      assertEquals(150, first.events());
      assertEquals(0, first.articlesSkipped());
      assertEquals(50, store.count("articles"));
      List<String> annotated = new ArrayList<>();
      IngestSummary second = ingester(store, 2, a -> {
        synchronized (annotated) {
          annotated.add(a.id());
        }
        return SyntheticDocuments.annotate(a);
      }).run(inputs, (input, problems) -> SyntheticDocuments.read(input));
      assertEquals(0, second.articlesNew());
      assertEquals(50, second.articlesSkipped());
      assertEquals(List.of(), annotated, "stored articles are not annotated again");
      assertEquals(50, store.count("articles"));
      assertEquals(150, store.count("events"));
      assertEquals(2, CrashRecoveryTest.scalar(store, "SELECT count(*) FROM ingest_runs WHERE status = 'finished'"));
      assertEquals(50, CrashRecoveryTest.scalar(store, "SELECT articles_new FROM ingest_runs WHERE run_id = 1"));
      assertTrue(first.line().contains("50 new articles"), first.line());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void badInputsAndFailedAnnotationsCostOneLineEachAndTheRestGoesOn() {
    List<String> inputs = new ArrayList<>(SyntheticDocuments.inputs(10));
    inputs.add(3, "broken.txt");
    try (Store store = Store.open(dir)) {
      IngestSummary summary = ingester(store, 2, a -> {
        if (a.source().equals("doc-0005")) {
          throw new IllegalStateException("parser gave up\nsecond line of detail");
        }
        return SyntheticDocuments.annotate(a);
      }).run(inputs, (input, problems) -> {
        if (input.equals("broken.txt")) {
          throw new IllegalArgumentException("broken.txt: bad date header on line 1");
        }
        return SyntheticDocuments.read(input);
      });
      assertEquals(9, summary.articlesNew());
      assertEquals(1, summary.articlesFailed());
      assertEquals(1, summary.readErrors());
      assertEquals(9, store.count("articles"));
      List<String> lines = errors.toString(StandardCharsets.UTF_8).lines().toList();
      assertEquals(2, lines.size(), lines.toString());
      assertTrue(lines.contains("broken.txt: bad date header on line 1"), lines.toString());
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("doc-0005") && l.endsWith("annotation failed: parser gave up")), lines.toString());
    }
  }

  @Test
  void aBadRecordInsideAnInputCostsOneLineAndTheInputsOtherArticlesAreStored() {
    try (Store store = Store.open(dir)) {
      IngestSummary summary = ingester(store, 1, SyntheticDocuments::annotate).run(List.of("many.jsonl"), (input, problems) -> {
        problems.accept("many.jsonl line 2: not a JSON object");
        List<Article> articles = new ArrayList<>(SyntheticDocuments.read("doc-0001"));
        articles.addAll(SyntheticDocuments.read("doc-0002"));
        return articles;
      });
      assertEquals(2, summary.articlesNew());
      assertEquals(1, summary.readErrors());
      assertEquals(List.of("many.jsonl line 2: not a JSON object"), errors.toString(StandardCharsets.UTF_8).lines().toList());
    }
  }

  @Test
  void anErrorInTheAnnotatorEndsTheRunInsteadOfHangingIt() {
    try (Store store = Store.open(dir)) {
      Ingester ingester = ingester(store, 2, a -> {
        throw new ExceptionInInitializerError("models missing");
      });
      StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
          () -> ingester.run(SyntheticDocuments.inputs(3), (input, problems) -> SyntheticDocuments.read(input)));
      assertTrue(e.getMessage().contains("models missing"), e.getMessage());
    }
  }

  @Test
  void progressLineCountsArticlesAndExtrapolatesUntilEveryInputIsRead() {
    // every input read: the total is exact
    String line = Progress.line(50, 200, 12, 12, 10.0, "48 new");
    assertTrue(line.startsWith("[#######.......................] 50/200 articles  5.0/s  ETA 30s  48 new"), line);
    // one JSON Lines file of 1,000 articles: the bar moves by article, not 0/1 input until the end
    line = Progress.line(250, 1000, 1, 1, 50.0, "");
    assertTrue(line.startsWith("[#######.......................] 250/1000 articles  5.0/s  ETA 2m30s"), line);
    // 2 of 8 inputs read with 100 articles: about 400 in all, marked as an estimate
    line = Progress.line(40, 100, 2, 8, 8.0, "");
    assertTrue(line.startsWith("[###...........................] 40/~400 articles (2/8 inputs read)  5.0/s  ETA ~1m12s"), line);
    // nothing read yet: no estimate, no ETA
    line = Progress.line(0, 0, 0, 3, 1.0, "");
    assertTrue(line.contains("0/~0 articles (0/3 inputs read)  0.0/s  ETA ~?"), line);
    assertEquals("1h01m", Progress.duration(3660));
    assertEquals("2m05s", Progress.duration(125));
  }
}
