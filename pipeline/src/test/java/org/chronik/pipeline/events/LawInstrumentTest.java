package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A state measure in the passive whose agent phrase is a law ("durch das Gesetz", "durch das Dekret") is the
 * act of the state of the scene, with "sein" or an expletive "es" too (LawInstrument). Not a bare stative
 * "ist es … verboten" with no law: a standing rule, not a measure told.
 */
class LawInstrumentTest {
  private static String said(String text, Event e) {
    return e.evidence() == null || e.evidence().end() > text.length() ? "" : text.substring(e.evidence().begin(), e.evidence().end());
  }

  private static boolean banBy(List<Event> events, String text, String evidence, String source) {
    return events.stream().anyMatch(e -> e.code().code().startsWith("17") && said(text, e).contains(evidence) && source.equals(country(e.source())));
  }

  @Test
  void lawWithExpletiveAndSein() {
    String text = "Der Präsident Usbekistans unterschrieb am Dienstag ein Gesetz. Seither ist es durch das Gesetz "
        + "religiösen Vereinen in Usbekistan verboten, durch Spenden aus dem Ausland bezahlt zu werden.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(banBy(events, text, "durch das Gesetz", "UZB"), "expected an Uzbek ban, got " + events);
  }

  @Test
  void decreeInThePassive() {
    String text = "Der Präsident Kasachstans unterzeichnete am Freitag ein Dekret. Nun ist es durch das Dekret "
        + "politischen Parteien in Kasachstan verboten, durch Geld aus Russland finanziert zu werden.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(banBy(events, text, "durch das Dekret", "KAZ"), "expected a Kazakh ban, got " + events);
  }

  @Test
  void standingRuleWithoutLaw() {
    String text = "Der Präsident Kasachstans reiste am Freitag nach Moskau. Nun ist es "
        + "politischen Parteien in Kasachstan verboten, durch Geld aus Russland finanziert zu werden.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(!banBy(events, text, "politischen Parteien", "KAZ"), "expected no ban, got " + events);
  }
}
