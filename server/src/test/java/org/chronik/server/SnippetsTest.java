package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Snippet marks from the store ([hit]) become parts; text around them stays as it was. */
class SnippetsTest {
  private static String render(List<Map<String, Object>> parts) {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> p : parts) {
      sb.append((Boolean) p.get("hit") ? "<" + p.get("text") + ">" : p.get("text"));
    }
    return sb.toString();
  }

  @Test
  void marksBecomeHitParts() {
    assertEquals("Die <Gespräche> in <Wien> enden", render(Snippets.parts("Die [Gespräche] in [Wien] enden")));
    assertEquals("<Anfang> und Ende", render(Snippets.parts("[Anfang] und Ende")));
    assertEquals(3, Snippets.parts("a [b] c").size());
  }

  @Test
  void unmatchedBracketsAndEmptyInputStayText() {
    assertEquals("Liste [ohne Ende", render(Snippets.parts("Liste [ohne Ende")));
    assertEquals("nur ] schließend", render(Snippets.parts("nur ] schließend")));
    assertEquals(List.of(), Snippets.parts(null));
    assertEquals(List.of(), Snippets.parts(""));
    assertEquals("x", render(Snippets.parts("[]x")));
  }
}
