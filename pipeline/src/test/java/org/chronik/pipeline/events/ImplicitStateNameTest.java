package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state the coder adds as an implicit party is named by the pipeline's actor dictionary when the
 * article names it only by a place or a dateline ("Wien – "), never by its bare key ("AUT"); an arrest is
 * its police's (lang/de/events/authorities.tsv).
 */
class ImplicitStateNameTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Streit um die Pensionen. Wien – Ein Verdächtiger wurde am Montag festgenommen, teilte die Polizei mit.|Police of Austria",
      "Neue Ermittlungen in Salzburg. Wien – Am Dienstag wurde ein mutmaßlicher Schlepper festgenommen, wie die Polizei bekanntgab.|Police of Austria",
      // near-miss for the fallback: the article names the state itself, and that mention's name is kept
      "Österreich verschärft die Kontrollen. Ein Verdächtiger wurde am Montag festgenommen, teilte die Polizei mit.|Police of Austria"})
  void implicitStateIsNamed(String text, String expected) {
    List<Event> events = EventTestPipeline.events(text);
    List<Event> implicit = events.stream()
        .filter(e -> e.reportable() && e.sourceFrom() == ArgumentSource.IMPLICIT && e.source() != null).toList();
    assertFalse(implicit.isEmpty(), "expected an implicit state party in \"" + text + "\", got " + events);
    for (Event e : implicit) {
      assertEquals(expected, e.source().name(), "source of " + e.rule() + " in \"" + text + "\"");
    }
  }
}
