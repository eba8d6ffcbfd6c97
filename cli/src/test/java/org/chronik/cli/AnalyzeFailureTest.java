package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;

/** One article the pipeline fails on costs that article only: one line naming it, the rest printed. */
class AnalyzeFailureTest {
  @Test
  void anArticleThatFailsIsNamedOnceAndTheOthersGoOn() {
    PartialDate date = PartialDate.parse("2024-03-01");
    List<Article> articles = List.of(
        Article.of("first", date, "Der Kanzler reiste nach Paris."),
        Article.of("broken", date, "Dieser Text bringt die Pipeline zum Absturz."),
        Article.of("third", date, "Die Ministerin traf ihren Amtskollegen."));
    List<String> printed = new ArrayList<>();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int failed = AnalyzeCommand.annotateAll(
        articles,
        article -> {
          if (article.id().equals("broken")) {
            throw new IllegalStateException("index 7 out of bounds");
          }
          return AnnotatedDocument.of(article);
        },
        document -> printed.add(document.article().id()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, failed);
    assertEquals(List.of("first", "third"), printed);
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), "one line per failed article");
    assertTrue(lines.get(0).startsWith("broken: cannot annotate, skipped: IllegalStateException: index 7"), lines.get(0));
  }

  @Test
  void noFailureLeavesTheErrorStreamEmpty() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int failed = AnalyzeCommand.annotateAll(
        List.of(Article.of("only", PartialDate.parse("2024-03-01"), "Ein kurzer Text.")),
        AnnotatedDocument::of,
        document -> {},
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, failed);
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }
}
