package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.chronik.model.EventCode;
import org.junit.jupiter.api.Test;

class CodebookTest {
  private final Codebook book = Codebook.cameo();

  @Test
  void hasAllTwentyRootsAndAboutThreeHundredCodes() {
    for (int r = 1; r <= 20; r++) {
      assertTrue(book.contains(String.format("%02d", r)), "root " + r);
    }
    assertTrue(book.all().size() >= 290, "codes: " + book.all().size());
  }

  @Test
  void everyCodeHasItsParentsAndSaneValues() {
    Set<String> seen = new HashSet<>();
    for (EventCode c : book.all()) {
      assertTrue(seen.add(c.code()), "duplicate " + c.code());
      assertTrue(c.code().matches("\\d{2,4}"), "bad code " + c.code());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, "Goldstein of " + c.code());
      int root = Integer.parseInt(c.root());
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(quad, c.quad(), "quad of " + c.code());
      assertTrue(book.contains(c.root()), "root of " + c.code());
      if (c.code().length() == 4) {
        assertTrue(book.contains(c.code().substring(0, 3)), "3-digit parent of " + c.code());
      }
      assertTrue(!c.name().isBlank(), "name of " + c.code());
    }
  }

  @Test
  void knownFacts() {
    assertEquals("CONSULT", book.get("041").ploverType());
    assertEquals("phone", book.get("041").ploverMode());
    assertEquals("visit", book.get("042").ploverMode());
    assertEquals("SANCTION", book.get("163").ploverType());
    assertEquals(-8.0, book.get("163").goldstein());
    assertEquals(8.0, book.get("057").goldstein());
    assertEquals(4, book.get("190").quad());
    assertEquals(2, book.get("061").quad());
  }
}
