package org.chronik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MentionTest {
  private static Mention withSource(String source) {
    return new Mention(new Span(0, 8), "Minister", null, "TITLE", "title", source);
  }

  @Test
  void aCountryGuessedFromTheFocusIsToldApartFromOneReadInTheText() {
    assertEquals("focus: ETH", Mention.focusSource("ETH"));
    assertTrue(withSource(Mention.focusSource("ETH")).countryFromFocus());
    assertFalse(withSource("title: ägyptische Innenminister").countryFromFocus());
    assertFalse(withSource("apposition: Sprecher des Ministeriums").countryFromFocus());
    assertFalse(withSource(null).countryFromFocus());
    assertFalse(Mention.isFocusSource(null));
  }
}
