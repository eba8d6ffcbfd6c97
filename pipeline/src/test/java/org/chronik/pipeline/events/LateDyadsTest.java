package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demand or an intent whose sentence names its agent but no target is aimed at the one other side its
 * own sentence meets that agent's country in, even when that event is told later in the sentence (a
 * relative clause, an act noun: classes LateDyads, DyadTarget), and even after "auch"; not when the
 * sentence's later event has no other side. Intents (03) continue a dyad told in the sentences before.
 * Sentences written for this test.
 */
class LateDyadsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the arrest that tells the other side stands in a relative clause after the demand
      "Streit um Reporter. Paris – Der französische Präsident forderte am Montag auch die sofortige Freilassung eines französischen Reporters, den die iranische Polizei am Samstag in Teheran verhaftet hatte.|10|FRA|IRN",
      "Journalistin in Haft. Berlin – Der deutsche Außenminister verlangte am Dienstag die Freilassung einer deutschen Journalistin, die am Wochenende in Ankara von der türkischen Polizei festgenommen worden war.|10|DEU|TUR",
      // the visit that tells the other side is a noun, coded after the verb
      "Truppen kehren heim. Kabul – Der niederländische Verteidigungsminister hat am Mittwoch bei einem Besuch in Afghanistan den Abzug der niederländischen Soldaten bis zum Sommer angekündigt.|03|NLD|AFG",
      // an intent continuing a dyad told in the sentence before
      "Gespräche in Bagdad. Bagdad – Der italienische Ministerpräsident traf am Montag in Bagdad den irakischen Regierungschef. Italien kündigte am Dienstag den Abzug seiner Soldaten bis zum Jahresende an.|03|ITA|IRQ"})
  void theActIsAimedAtTheOtherSideOfItsSentence(String text, String root, String source, String target) {
    EventPairs.aimed(text, root, source, target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the arrest in the relative clause is the agent's own state's: no other side to aim at
      "Reporter in Haft. Paris – Der französische Präsident forderte am Montag die Freilassung eines Reporters, den die französische Polizei am Samstag in Marseille verhaftet hatte.|10|FRA",
      // the sentence names a third country's actor, who may be the one addressed
      // the intent's object is people of a body of the agent's own country: invited, not the dyad's other side
      "Besuch aus Peking. Washington – Der chinesische Präsident traf am Montag in Washington den amerikanischen Präsidenten. Am Dienstag lud das Weiße Haus Vertreter von amerikanischen Menschenrechtsorganisationen ein.|03|USA",
      "Journalistin in Haft. Berlin – Der deutsche Außenminister verlangte am Dienstag nach Angaben Polens die Freilassung einer deutschen Journalistin, die am Wochenende in Ankara von der türkischen Polizei festgenommen worden war.|10|DEU"})
  void nearMissesTakeNoOtherTarget(String text, String root, String source) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> e.code().code().startsWith(root) && e.source() != null && e.target() != null
        && source.equals(e.source().country()) && !source.equals(e.target().country())),
        "no " + source + "->other " + root + " expected in \"" + text + "\", got " + events);
  }
}
