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

  /** A progress report on a clock the test moves, printed as plain lines (not a terminal). */
  private static final class Clocked {
    long now;
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final Progress progress;

    Clocked(int inputs) {
      progress = new Progress(new PrintStream(printed, true, StandardCharsets.UTF_8), false, inputs, () -> now);
    }

    void seconds(double s) {
      now += (long) (s * 1e9);
    }

    String line() {
      return progress.line(now);
    }
  }

  @Test
  void progressCountsPlainlyAndGivesNoTimeLeftUntilTheRateIsStable() {
    Clocked c = new Clocked(1);
    c.progress.inputRead(300);
    for (int i = 0; i < 4; i++) {
      c.progress.skipped();
    }
    // the first article waits 14 s for the models; a rate from it would promise 300 × 14 s, six times too long
    c.seconds(14);
    c.progress.stored();
    assertEquals("5 of 300 articles (4 already stored), time left: estimating", c.line());
    for (int i = 0; i < 4; i++) {
      c.seconds(1);
      c.progress.stored();
    }
    assertTrue(c.line().endsWith("time left: estimating"), "four articles are not yet a rate: " + c.line());
    for (int i = 0; i < 11; i++) {
      c.seconds(1);
      c.progress.stored();
    }
    // 15 articles in 15 s after the first: 1.0/s, 284 to go
    assertEquals("20 of 300 articles (4 already stored), 1.0 articles/s, about 5 min left", c.line());
    c.progress.failed();
    assertTrue(c.line().startsWith("21 of 300 articles (4 already stored, 1 failed)"), c.line());
    Clocked done = new Clocked(1);
    done.progress.inputRead(1);
    done.seconds(20);
    done.progress.stored();
    assertEquals("1 of 1 articles", done.line(), "nothing left, no time left");
  }

  @Test
  void progressExtrapolatesTheTotalUntilEveryInputIsRead() {
    Clocked c = new Clocked(8);
    c.progress.inputRead(50);
    c.progress.inputRead(50);
    assertEquals("0 of about 400 articles (2 of 8 inputs read), time left: estimating", c.line());
  }

  @Test
  void progressOffATerminalIsPlainLinesEveryTenSecondsAndOnATerminalOneRedrawnLine() {
    Clocked log = new Clocked(1);
    log.progress.inputRead(100);
    for (int i = 0; i < 60; i++) {
      log.seconds(0.5);
      log.progress.stored();
    }
    log.progress.finish();
    String printed = log.printed.toString(StandardCharsets.UTF_8);
    assertTrue(printed.indexOf('\r') < 0 && printed.indexOf('\033') < 0, "no redraws or escape codes in a log: " + printed);
    // an article every 0.5 s for 30 s: the first line after 2 quiet seconds, then one every 10 s, then the last count
    assertEquals(List.of("4", "24", "44", "60"), printed.lines().map(l -> l.substring(0, l.indexOf(' '))).toList(), printed);

    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    long[] now = {0};
    Progress bar = new Progress(new PrintStream(shown, true, StandardCharsets.UTF_8), true, 1, () -> now[0]);
    bar.inputRead(10);
    for (int i = 0; i < 10; i++) {
      now[0] += 1_000_000_000L;
      bar.stored();
    }
    bar.finish();
    String drawn = shown.toString(StandardCharsets.UTF_8);
    assertTrue(drawn.startsWith("\r[") && drawn.endsWith("\n"), drawn);
    assertEquals(1, drawn.chars().filter(ch -> ch == '\n').count(), "one line, redrawn: " + drawn);
    assertTrue(drawn.contains("10 of 10 articles"), drawn);
  }

  @Test
  void roughDurations() {
    assertEquals("about 10 s", Progress.about(3));
    assertEquals("about 40 s", Progress.about(38));
    assertEquals("about 2 min", Progress.about(125));
    assertEquals("about 1 h 1 min", Progress.about(3660));
  }
}
