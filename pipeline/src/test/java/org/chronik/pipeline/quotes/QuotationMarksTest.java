package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The mark scanner alone, without the parser. */
class QuotationMarksTest {
  private static final QuotationMarks MARKS = new QuotationMarks(QuoteLexicon.forLanguage("de").marks());

  private static List<String> inner(String text) {
    return MARKS.find(text).stream().map(m -> m.inner().of(text)).toList();
  }

  @Test
  void everyPairOfTheLanguage() {
    assertEquals(List.of("eins"), inner("Sie sagte „eins“ und ging."));
    assertEquals(List.of("zwei"), inner("Sie sagte „zwei” und ging."));
    assertEquals(List.of("drei"), inner("Sie sagte \"drei\" und ging."));
    assertEquals(List.of("vier"), inner("Sie sagte »vier« und ging."));
    assertEquals(List.of("fünf"), inner("Sie sagte «fünf» und ging."));
    assertEquals(List.of("sechs"), inner("Sie sagte ‚sechs‘ und ging."));
  }

  @Test
  void nestedQuotationStaysInside() {
    assertEquals(List.of("Er rief ‚Halt‘ und lief"), inner("„Er rief ‚Halt‘ und lief“, sagte sie."));
    assertEquals(List.of("Wir nennen es „Plan B“ intern"), inner("„Wir nennen es „Plan B“ intern“, sagte er."));
  }

  @Test
  void unclosedQuotationIsCappedAtTheParagraph() {
    String text = "Er sagte: „Wir kommen morgen.\nDanach begann der Regen. „Gut“, sagte sie.";
    List<MarkedSpan> found = MARKS.find(text);
    assertEquals(2, found.size());
    assertFalse(found.get(0).closed());
    assertEquals("Wir kommen morgen.", found.get(0).inner().of(text));
    assertEquals("Gut", found.get(1).inner().of(text));
    assertTrue(found.get(1).closed());
  }

  @Test
  void strayClosingMarkIsIgnored() {
    assertEquals(List.of("ja"), inner("Das Ende“ kam schnell. Sie sagte „ja“."));
  }

  @Test
  void quotationGoesOnInTheNextParagraphWhenItOpensAgain() {
    String text = "Sie schrieb: „Erster Teil.\n\n„Zweiter Teil.“ Ende.";
    assertEquals(List.of("Erster Teil.\n\n„Zweiter Teil."), inner(text));
  }

  @Test
  void typewriterMarksOpenAndCloseByPosition() {
    assertEquals(List.of("Ja", "Nein"), inner("Er sagte \"Ja\", sie sagte \"Nein\"."));
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInside() {
    Random random = new Random(11);
    String alphabet = "ab „“”\"»«‚‘’\n.,:";
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (MarkedSpan m : MARKS.find(text)) {
        assertTrue(m.outer().contains(m.inner()) && m.outer().end() <= text.length(), text);
      }
    }
  }
}
