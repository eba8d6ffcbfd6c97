package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless state act in a place of another country does not take the agent of the kindred act
 * told before: the state of the place acts (class AbroadAgent); a place inside the agent's country
 * keeps it.
 */
class AbroadAgentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Razzien nach Anschlägen. In Lüttich durchsuchte die belgische Polizei am Montag mehrere Wohnungen. Zwei Männer wurden festgenommen. In Frankreich wurde ein Marokkaner festgenommen, der Waffen beschafft haben soll.|BEL|FRA|MAR",
      "Festnahmen in Wien. In Wien durchsuchte die Polizei am Dienstag ein Lokal. Drei Personen wurden festgenommen. In Ungarn wurde zudem ein Syrer festgenommen.|AUT|HUN|SYR"})
  void theStateOfThePlaceArrests(String text, String before, String place, String arrested) {
    List<Event> arrests = EventTestPipeline.events(text).stream()
        .filter(e -> e.code().code().startsWith("173") && e.source() != null && e.target() != null && arrested.equals(e.target().country())).toList();
    assertFalse(arrests.isEmpty(), "expected the arrest of a citizen of " + arrested + " in \"" + text + "\"");
    assertTrue(arrests.stream().noneMatch(e -> before.equals(e.source().country())), "the police of " + before + " arrested abroad: " + arrests);
    assertTrue(arrests.stream().allMatch(e -> place.equals(e.source().country())), "expected the police of " + place + ": " + arrests);
  }

  @Test
  void aPlaceInTheAgentsCountryKeepsIt() {
    String text = "Razzien nach Anschlägen. In Lüttich durchsuchte die belgische Polizei am Montag mehrere Wohnungen. In Brüssel wurde ein Marokkaner festgenommen, der Waffen beschafft haben soll.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith("173") && e.source() != null && "BEL".equals(e.source().country())
        && e.target() != null && "MAR".equals(e.target().country())), "expected Belgium's arrest of a Moroccan: " + events);
  }
}
