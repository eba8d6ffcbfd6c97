package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The German kind nouns and answer roots of lang/de/events/act-words.tsv, read as the coder reads them. */
class ActWordsTest {
  private final ActWords words = ActWords.forLanguage("de");

  @Test
  void kindNounsNameTheirActsWhateverTheirCase() {
    assertTrue(words.roots("Vorstoß").contains("02"));
    assertTrue(words.roots("maßnahme").contains("16"));
    assertEquals(Set.of(), words.roots("Haus"));
    assertTrue(words.roots("Vorfall").containsAll(Set.of("17", "19")), "an incident may be an arrest or an attack");
  }

  @Test
  void onlyAnswersTakeTheAct() {
    assertTrue(words.answers("051"));
    assertTrue(words.answers("120"));
    assertFalse(words.answers("190"), "an attack on 'den Vorstoß' answers nothing");
    assertFalse(words.answers("0"));
  }

  @Test
  void authoredThingsAreTheNounsWhosePossessiveIsTheirAuthor() {
    assertTrue(words.authored("Äußerung"));
    assertTrue(words.authored("plan"), "lemmas are matched whatever their case");
    assertFalse(words.authored("Freilassung"), "a release befalls its possessor, who made nothing");
    assertFalse(words.authored("Reise"));
  }

  @Test
  void reportsAreThePressReportNouns() {
    assertTrue(words.report("Bericht"));
    assertTrue(words.report("meldung"));
    assertFalse(words.report("Plan"), "a plan is its owner's, not a medium's");
  }
}
