package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.Event;
import org.chronik.model.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A future act an expert, analyst or observer forecasts is their expectation, not the actor's intent
 * (class ForecastSpeakers), also where a subjunctive future with no speaker of its own continues an
 * expert's quote in the sentences before (class ForecastChain); the same future told by the actor's
 * own side, a minister's speech or the narrator's indicative future stays intent.
 */
class ForecastSpeakersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ölpreis. Das frühere Mitglied Ecuador wird laut Analysten bald wieder der Opec beitreten.|ECU",
      "Ölpreis. Marktbeobachtern zufolge wird Venezuela im Herbst der Opec beitreten.|VEN",
      "Streit um Beihilfen. Die EU-Kommission werde Italien auffordern, die Beihilfe zu rechtfertigen, sagte ein Wettbewerbsexperte am Montag.|IGO.EU",
      "Die neuen Einfuhrzölle seien rechtswidrig, sagte die Handelsexpertin Maria Berger am Montag in Wien. Die EU werde die USA auffordern, die Zölle zurückzunehmen.|IGO.EU",
      "Der Beschluss sei ein Fehler, sagte der Wirtschaftsforscher Peter Lang am Freitag in Berlin. Er rechne mit Widerstand. Die Bundesregierung werde Polen auffordern, den Beschluss zu ändern.|DEU"})
  void aForecastIsNoIntent(String text, String source) {
    List<Event> events = ofSource(text, source);
    assertFalse(events.isEmpty(), "expected an event of " + source + " in \"" + text + "\"");
    for (Event e : events) {
      assertEquals(Modality.HYPOTHETICAL, e.modality(), "a forecast in \"" + text + "\": " + e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ölpreis. Ecuador wird im Juni wieder der Opec beitreten, teilte das Ministerium mit.|ECU",
      "Die neuen Einfuhrzölle seien rechtswidrig, sagte Lawrow am Montag in Moskau. Russland werde die USA auffordern, die Zölle zurückzunehmen.|RUS",
      "Die neuen Einfuhrzölle seien rechtswidrig, sagte die Handelsexpertin Maria Berger am Montag in Wien. Die EU wird die USA auffordern, die Zölle zurückzunehmen.|IGO.EU"})
  void theActorsOwnFutureStaysIntent(String text, String source) {
    List<Event> events = ofSource(text, source);
    assertFalse(events.isEmpty(), "expected an event of " + source + " in \"" + text + "\"");
    assertEquals(Modality.INTENT, events.get(0).modality(), "an announced act in \"" + text + "\"");
  }

  private static List<Event> ofSource(String text, String source) {
    return EventTestPipeline.events(text).stream().filter(e -> e.source() != null && source.equals(e.source().country())).toList();
  }
}
