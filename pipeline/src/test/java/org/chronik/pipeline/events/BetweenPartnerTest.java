package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "zwischen A, einem Namen, und B" names two sides even where the parser hung B outside the phrase
 * (BetweenPartner): the noun whose "und" follows the phrase right after it is the other side.
 */
class BetweenPartnerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Auf dem Gipfel in Brüssel kam es zu einem heftigen Wortgefecht zwischen dem türkischen Außenminister für europäische Angelegenheiten, Mevlüt Çavuşoğlu, und anwesenden Vertretern der griechischen Regierung.|TUR|GRC",
      "In Wien kam es am Montag zu einem scharfen Schlagabtausch zwischen dem russischen Botschafter, Dmitri Ljubinski, und mehreren Diplomaten der Ukraine.|RUS|UKR"})
  void theDetachedLastSideIsTheOther(String text, String one, String other) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(EventPairs.has(events, one, other) || EventPairs.has(events, other, one),
        "expected a clash between " + one + " and " + other + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-miss: the "und" after the phrase joins a clause, whose subject is no side of the clash
      "Im Parlament kam es zu einem Wortgefecht zwischen den Abgeordneten, und die Regierung Serbiens kündigte Neuwahlen an.|SRB"})
  void aConjunctionOfClausesAddsNoSide(String text, String country) {
    List<Event> events = EventTestPipeline.events(text);
    assertFalse(events.stream().anyMatch(e -> e.code().code().startsWith("11") && EventPairs.country(e.source()).equals(country)),
        "a clause subject taken as a side of the clash in \"" + text + "\": " + events);
  }
}
