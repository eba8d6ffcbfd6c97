package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void caseAccentsAndHyphensAreFolded() {
    assertTrue(Names.same("José Müller-Lüdenscheidt", "jose muller ludenscheidt"));
    assertTrue(Names.same("Agence France-Presse", "AGENCE FRANCE PRESSE"));
    assertTrue(Names.same("Jean‐Luc", "Jean Luc")); // U+2010 hyphen
  }

  @Test
  void differentNamesStayDifferent() {
    assertFalse(Names.same("Austria", "Australia"));
    assertFalse(Names.same("Anna", null));
  }
}
