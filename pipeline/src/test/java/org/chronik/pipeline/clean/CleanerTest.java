package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.CleanedText;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerTest {
  private static final Cleaner GERMAN = Cleaner.forLanguage("de");

  private static List<String> kinds(CleanedText c) {
    return c.furniture().stream().map(Furniture::kind).toList();
  }

  private static List<String> texts(CleanedText c) {
    return c.furniture().stream().map(Furniture::text).toList();
  }

  @Test
  void wholeArticleKeepsReportingAndMasksFurniture() {
    String body = String.join("\n",
        "Streit um Fischereirechte: Norwegen bestellt Botschafter ein",
        "",
        "Von: Jana Beispiel",
        "",
        "Teilen",
        "",
        "Oslo/Brüssel – Im Streit um Fangquoten hat Norwegen den Botschafter der EU einbestellt.",
        "",
        "Fischer protestieren im Hafen. © Max Muster/Beispielbild",
        "",
        "Die Kommission will bis Freitag antworten. (ab mit dpa)",
        "",
        "Fischerei im Nordmeer – die Bilder Fotostrecke ansehen");
    CleanedText c = GERMAN.clean(body);
    assertEquals(List.of("BYLINE", "SHARE", "DATELINE", "CREDIT", "AGENCY_TAG", "TEASER"), kinds(c));
    assertEquals(List.of("Von: Jana Beispiel", "Teilen", "Oslo/Brüssel – ", "© Max Muster/Beispielbild",
        "(ab mit dpa)", "Fischerei im Nordmeer – die Bilder Fotostrecke ansehen"), texts(c));
    assertEquals("Oslo/Brüssel", c.datelinePlace());
    assertNull(c.datelineAgency());
    assertEquals(body.length(), c.text().length());
    assertTrue(c.text().contains("Fischer protestieren im Hafen.  "), "the caption stays, only the credit goes");
    assertTrue(c.text().contains("             Im Streit um Fangquoten"));
    assertTrue(c.text().startsWith("Streit um Fischereirechte: Norwegen bestellt Botschafter ein\n\n"));
    for (int i = 0; i < body.length(); i++) {
      assertEquals(body.charAt(i) == '\n', c.text().charAt(i) == '\n', "line breaks stay at " + i);
    }
  }

  @Test
  void datelineWithAgencyAtTheStartOfTheBody() {
    CleanedText c = GERMAN.clean("Kairo (AFP) - Ägypten hat die Grenze wieder geöffnet.");
    assertEquals("Kairo", c.datelinePlace());
    assertEquals("AFP", c.datelineAgency());
    assertEquals(List.of(new Span(0, 14)), c.furniture().stream().map(Furniture::span).toList());
    assertEquals("              Ägypten hat die Grenze wieder geöffnet.", c.text());
  }

  @Test
  void firstDatelineGivesPlaceAndAgency() {
    CleanedText c = GERMAN.clean("MADRID (EFE) – Die Regierung tritt zurück.\n\nLissabon (Reuters) – Auch Portugal reagiert.");
    assertEquals("MADRID", c.datelinePlace());
    assertEquals("EFE", c.datelineAgency());
    assertEquals(2, c.furniture().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wir müssen die Verantwortung teilen, sagte die Bürgermeisterin.",
      "Teilen und Herrschen war seine Devise.",
      "Das Logo mit dem © stammt aus den Fünfzigern.",
      "Laut © Beispielverlag ist der Text geschützt.",
      "Paris empfängt am Wochenende den Präsidenten.",
      "Brüssel – das bedeutet für viele Bürokratie.",
      "Kanzlerin und Kabinett berieten bis in die Nacht.",
      "Von Hamburg bis München streikten die Beschäftigten.",
      "Die Agentur dpa berichtete zuerst darüber.",
      "Er zitierte eine Meldung (Reuters) und widersprach ihr.",
      "Das Video ansehen konnten nur wenige Zuschauer.",
      "",
  })
  void nearMissesAreLeftAlone(String sentence) {
    CleanedText c = GERMAN.clean(sentence);
    assertEquals(List.of(), c.furniture());
    assertEquals(sentence, c.text());
    assertNull(c.datelinePlace());
  }

  @Test
  void stageAddsTheCleanLayerOnly() {
    Article a = Article.of("t1", null, "Teilen\nDer Rat tagte.");
    AnnotatedDocument d = GERMAN.apply(AnnotatedDocument.of(a));
    assertEquals("      \nDer Rat tagte.", d.layer(Layer.CLEAN).text());
    assertEquals(a, d.article());
    assertEquals(java.util.Set.of(), GERMAN.requires());
  }

  @Test
  void randomInputNeverThrowsAndKeepsOffsets() {
    String alphabet = "abcXYZ äöüßÄÖÜ ©()/–—-|·.:,!?\"„“\n\n\r\t  0123 Teilen dpa AFP Reuters Von: Foto: ansehen Fotostrecke "
        + "é中文Ω\u2028\u00a0\ud83d\ude00";
    Random random = new Random(20261123);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String body = sb.toString();
      CleanedText c = GERMAN.clean(body);
      assertEquals(body.length(), c.text().length());
      Span previous = null;
      for (Furniture f : c.furniture()) {
        assertEquals(f.text(), f.span().of(body));
        assertTrue(previous == null || previous.end() <= f.span().begin(), "furniture must not overlap");
        previous = f.span();
      }
      for (int i = 0; i < body.length(); i++) {
        char ch = c.text().charAt(i);
        assertTrue(ch == body.charAt(i) || ch == ' ', "only masking changes characters");
        assertEquals(body.charAt(i) == '\n', ch == '\n');
      }
    }
  }

  /**
   * Pathological lines (a very long line of words before a credit sign, a long run of spaces before a
   * furniture word, a long run of brackets) are cleaned with offsets kept. The timeout is a guard
   * against catastrophic regex backtracking, which never ends, not a measure of speed (that is
   * {@code chronik bench}): it is far above what the input takes on a loaded machine.
   */
  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pathologicalLongLinesEndWithOffsetsKept() {
    String line = "Wort ".repeat(20000) + "© " + "Name/".repeat(5000);
    String body = line + "\n" + " ".repeat(50000) + "Teilen" + "\n" + "(".repeat(20000);
    CleanedText c = GERMAN.clean(body);
    assertEquals(body.length(), c.text().length());
    assertTrue(c.text().startsWith("Wort Wort "), "the article's words stay");
  }
}
