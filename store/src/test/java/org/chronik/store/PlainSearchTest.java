package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people type into a search box is searched as words: slashes, brackets and operators are text. */
class PlainSearchTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void fill() {
    store = Store.open(dir);
    store.writer().write(List.of(
        doc("a.txt", "Zwanzig Jahre nach 9/11 zog die Regierung in Washington Bilanz ihrer Kriege."),
        doc("b.txt", "Der Zollstreit USA/China bremste im Mai den Handel mit Halbleitern."),
        doc("c.txt", "Die Anhörung (offen für die Presse) begann am Morgen im Bundestag."),
        doc("d.txt", "Am 9. November erinnerte der Bundespräsident an den Fall der Mauer im Jahr 1989.")), 1);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static AnnotatedDocument doc(String source, String body) {
    return AnnotatedDocument.of(Fixtures.article(source, "2024-05-01", null, body));
  }

  private static List<String> find(String typed) {
    return store.search().search(new SearchRequest(typed, null, null, null, 10)).stream().map(SearchHit::source).toList();
  }

  @Test
  void slashesAreTextAndAWordSplitInTwoIsSearchedAsWritten() {
    assertEquals(List.of("a.txt"), find("9/11"));
    assertEquals(List.of("b.txt"), find("USA/China"));
    assertEquals(List.of("b.txt"), find("usa/china Zollstreit"));
    // near miss: the same two words apart, or another date, do not match a slashed pair
    assertEquals(List.of(), find("9/12"));
    assertEquals(List.of(), find("China/USA"));
  }

  @Test
  void bracketsQuotesAndOperatorsAreWords() {
    assertEquals(List.of("c.txt"), find("(offen"));
    assertEquals(List.of("c.txt"), find("offen)"));
    assertEquals(List.of("b.txt"), find("\"Handel mit Halbleitern\""));
    assertEquals(List.of("b.txt"), find("\"Handel mit"), "an unpaired quote is text, the words are still searched");
    assertEquals(List.of(), find("Handel AND Mauer"), "AND is a word here, and no article has all three");
    assertEquals(List.of("c.txt"), find("Presse: Anhörung"));
    assertEquals(List.of("d.txt"), find("Mauer*"), "a star is text: the word Mauer is found, not a wildcard");
  }

  @Test
  void aSearchWithNothingToSearchForSaysSoInPlainWords() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> find("/ ( )"));
    assertTrue(e.getMessage().startsWith("nothing to search for in \"/ ( )\""), e.getMessage());
    assertFalse(e.getMessage().contains("Cannot parse"), e.getMessage());
  }

  @Test
  void theAdvancedModeKeepsLuceneSyntaxAndExplainsItsErrors() {
    assertEquals(2, store.search().search(new SearchRequest("Mauer OR Zollstreit", null, null, null, 10, true)).size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> store.search().search(new SearchRequest("USA/China", null, null, null, 10, true)));
    assertFalse(e.getMessage().contains("Lexical") || e.getMessage().contains("Encountered"), e.getMessage());
    assertEquals(1, store.search().count(new SearchRequest("9/11", null, null, null, 1)));
  }
}
