package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Inflection.bases: the words a form may be a form of, read back through the German rules of inflection.tsv. */
class InflectionBasesTest {
  private static final Inflection DE = Inflection.load("/lang/de/actors/inflection.tsv");

  @Test
  void genitiveOfALastNameGivesTheName() {
    assertTrue(DE.bases("Netanjahus", "person").contains("Netanjahu"));
    assertTrue(DE.bases("Marinos", "person").contains("Marino"));
    assertTrue(DE.bases("Habecks", "person").contains("Habeck"));
  }

  @Test
  void inflectedTitlesGiveTheTitle() {
    assertTrue(DE.bases("finanzexperten", "title").contains("finanzexperte"));
    assertTrue(DE.bases("sprechers", "title").contains("sprecher"));
    assertTrue(DE.bases("abgeordneten", "title").contains("abgeordnete"));
  }

  @Test
  void theFormItselfComesFirstAndNothingIsInvented() {
    assertEquals("Merkel", DE.bases("Merkel", "person").iterator().next());
    // no rule of the class person ends a form in "el": "Merkel" is no form of "Merk"
    assertFalse(DE.bases("Merkel", "person").contains("Merk"));
    // an unknown class gives the word alone
    assertEquals(1, DE.bases("Sprechers", "no-such-class").size());
  }
}
