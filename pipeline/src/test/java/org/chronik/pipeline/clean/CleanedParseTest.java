package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/** End to end through the shared German pipeline: the parser never sees furniture, spans still fit the body. */
class CleanedParseTest {
  @Test
  void parserSkipsFurnitureAndKeepsOffsets() {
    String body = String.join("\n",
        "Von: Erika Muster",
        "",
        "Teilen",
        "",
        "Wien (APA) – Die Regierung hat am Montag ein neues Klimagesetz vorgelegt.",
        "",
        "Die Ministerin stellt das Gesetz vor. © Max Probe/Beispielbild",
        "",
        "Das Parlament soll im Herbst abstimmen. (ab mit dpa)");
    Article article = Article.of("clean-e2e", PartialDate.parse("2024-05-06"), body);
    AnnotatedDocument doc = Pipelines.shared().upTo(Layer.SENTENCES).apply(article);
    List<Furniture> furniture = doc.layer(Layer.CLEAN).furniture();
    assertEquals(List.of("BYLINE", "SHARE", "DATELINE", "CREDIT", "AGENCY_TAG"), furniture.stream().map(Furniture::kind).toList());
    List<Token> tokens = doc.layer(Layer.SENTENCES).stream().map(Sentence::tokens).flatMap(List::stream).toList();
    for (Token t : tokens) {
      assertEquals(t.surface(), t.span().of(body), "span of " + t.text());
      assertTrue(furniture.stream().noneMatch(f -> f.span().overlaps(t.span())), "token inside furniture: " + t.text());
    }
    List<String> words = tokens.stream().map(Token::text).toList();
    assertFalse(words.contains("Teilen") || words.contains("APA") || words.contains("©"), words.toString());
    assertTrue(words.containsAll(List.of("Regierung", "Klimagesetz", "Parlament")), words.toString());
  }
}
