package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.chronik.model.Span;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void foldsWhitespaceRunsOnBothSidesAndMapsBackToTheOriginalBody() {
    String body = "Der Rat  tagte\nam   Freitag in Bern.";
    Span span = new Snippets(body).locate("tagte am Freitag", 1);
    assertEquals("tagte\nam   Freitag", span.of(body));
    assertEquals(span, new Snippets(body).locate("tagte \n am Freitag", 1));
  }

  @Test
  void noBreakSpacesFoldLikeOtherWhitespace() {
    String body = "Es kostet 5\u00a0Mio. Euro.";
    Span span = new Snippets(body).locate("5 Mio. Euro", 1);
    assertEquals("5\u00a0Mio. Euro", span.of(body));
    assertEquals("a b", Snippets.fold("a\u202f\n b"));
  }

  @Test
  void occurrenceTwoFindsTheSecondNonOverlappingOccurrence() {
    String body = "Am 3. Mai 2020 begann es. Am 3. Mai endete es.";
    Snippets s = new Snippets(body);
    assertEquals(0, s.locate("Am 3. Mai", 1).begin());
    assertEquals(body.lastIndexOf("Am 3. Mai"), s.locate("Am 3. Mai", 2).begin());
    assertNull(s.locate("Am 3. Mai", 3));
  }

  @Test
  void occurrencesDoNotOverlap() {
    // "aaa" holds "aa" once without overlap, not twice
    Snippets s = new Snippets("aaa");
    assertEquals(new Span(0, 2), s.locate("aa", 1));
    assertNull(s.locate("aa", 2));
  }

  @Test
  void comparisonIsCaseSensitiveAndMissingSnippetsGiveNull() {
    Snippets s = new Snippets("Der Rat tagte.");
    assertNull(s.locate("der rat", 1));
    assertNull(s.locate("Der Senat", 1));
  }
}
