package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table of answered acts (codebooks/answered-acts.tsv); whole sentences are in sentences.tsv. */
class OwnActsTest {
  private final OwnActs acts = OwnActs.load();

  @Test
  void aRejectionOrConcessionAnswersDemandsAppealsAndOffers() {
    assertTrue(acts.answers("120", "100"), "rejecting a demand");
    assertTrue(acts.answers("1241", "1056"), "any codes under the listed roots");
    assertTrue(acts.answers("080", "100"), "meeting a demand");
    assertTrue(acts.answers("083", "023"), "granting a plea for aid");
    assertTrue(acts.answers("120", "030"), "turning down an offer");
  }

  @Test
  void otherActsAnswerNothing() {
    assertFalse(acts.answers("051", "100"), "praising a demand does not make one its addressee");
    assertFalse(acts.answers("111", "190"), "condemning an attack does not make one its target");
    assertFalse(acts.answers("120", "190"), "rejecting an attack's account");
    assertFalse(acts.answers("100", "120"), "the table is one-way");
  }

  @Test
  void aBadRowIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OwnActs.load("/events/answered-acts-bad.tsv"));
    assertTrue(e.getMessage().contains("answered-acts-bad.tsv"), e.getMessage());
  }
}
