package org.chronik.eval;

import static org.chronik.eval.Fixture.actor;
import static org.chronik.eval.Fixture.event;
import static org.chronik.eval.Fixture.output;
import static org.chronik.eval.Fixture.quote;
import static org.chronik.eval.Fixture.timex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Actor;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.chronik.model.Modality;
import org.chronik.model.Quote;
import org.chronik.model.TimeExpression;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static DocumentScore score(org.chronik.model.AnnotatedDocument output) {
    return Scorer.score(Fixture.gold(), output);
  }

  @Test
  void perfectOutputScoresOneOnEveryLayer() {
    DocumentScore s = score(Fixture.perfect());
    for (Counts c : List.of(s.actors().counts(), s.time().counts(), s.events().root().counts(),
        s.events().exact().counts(), s.quotes().counts())) {
      assertEquals(1.0, c.precision());
      assertEquals(1.0, c.recall());
      assertEquals(1.0, c.f1());
    }
    assertEquals(1.0, s.actors().counts().accuracy());
    assertEquals(1.0, s.time().counts().accuracy());
    assertEquals(1.0, s.quotes().counts().accuracy());
    assertEquals(0, s.events().violations());
  }

  @Test
  void missingRequiredItemsLowerRecallOnly() {
    List<Actor> actors = Fixture.perfectActors();
    actors.remove(2);
    List<TimeExpression> times = Fixture.perfectTimes();
    times.remove(0);
    List<Event> events = Fixture.perfectEvents();
    events.remove(1);
    DocumentScore s = score(output(actors, times, events, List.of()));
    assertEquals(2.0 / 3, s.actors().counts().recall(), 1e-9);
    assertEquals(1.0, s.actors().counts().precision());
    assertEquals(0.5, s.time().counts().recall());
    assertEquals(0.5, s.events().root().counts().recall());
    assertEquals(1.0, s.events().root().counts().precision());
    assertEquals(0.0, s.quotes().counts().recall());
    assertNull(s.quotes().counts().precision(), "no system quotes: precision has no denominator");
    assertNull(s.quotes().counts().f1());
    assertEquals(List.of("Anna Berg (PERSON)"), s.actors().missed());
  }

  @Test
  void optionalItemsFoundDoNotLowerPrecisionAndMissingThemCostsNothing() {
    List<Actor> actors = Fixture.perfectActors();
    actors.add(actor("Zenda", ActorType.LOCATION, "RUR", null));
    List<TimeExpression> times = Fixture.perfectTimes();
    times.add(timex("am 14. März", 2, "2021-03-14"));
    List<Event> events = Fixture.perfectEvents();
    events.add(event("berichtete am 14. März", "RUR", "FRE", "010", null));
    DocumentScore s = score(output(actors, times, events, Fixture.perfectQuotes()));
    assertEquals(1.0, s.actors().counts().precision());
    assertEquals(1.0, s.time().counts().precision());
    assertEquals(1.0, s.events().root().counts().precision());
    assertEquals(1.0, s.events().root().counts().recall());
  }

  @Test
  void spuriousItemsLowerPrecision() {
    List<Actor> actors = Fixture.perfectActors();
    actors.add(actor("Narnia", ActorType.COUNTRY, "NAR", null));
    List<TimeExpression> times = Fixture.perfectTimes();
    times.add(timex("Sanktionen", 1, "PRESENT_REF"));
    DocumentScore s = score(output(actors, times, Fixture.perfectEvents(), Fixture.perfectQuotes()));
    assertEquals(0.75, s.actors().counts().precision());
    assertEquals(2.0 / 3, s.time().counts().precision(), 1e-9);
    assertTrue(s.actors().unmatched().get(0).startsWith("Narnia"));
  }

  @Test
  void actorNamesMatchByAliasWithCaseAccentsAndHyphensFolded() {
    List<Actor> actors = List.of(
        actor("republic of FREEDONIA", ActorType.COUNTRY, "FRE", null),
        actor("Ruritánia", ActorType.COUNTRY, "RUR", null),
        actor("Anna-Berg", ActorType.PERSON, "RUR", "MIL"));
    DocumentScore s = score(output(actors, null, null, null));
    assertEquals(1.0, s.actors().counts().recall());
    assertEquals(1.0, s.actors().counts().precision());
    assertEquals(2.0 / 3, s.actors().counts().accuracy(), 1e-9, "the sector of Anna Berg disagrees");
  }

  @Test
  void timeValueAccuracyComparesMatchedExpressionsWithTheGoldValue() {
    List<TimeExpression> times = List.of(timex("12. März 2021", 1, "2021-03-12"), timex("am 14. März", 1, "2020-03-14"));
    DocumentScore s = score(output(null, times, null, null));
    assertEquals(1.0, s.time().counts().recall(), "overlap is enough for the extent");
    assertEquals(0.5, s.time().counts().accuracy());
  }

  @Test
  void goldWithoutValueCountsForExtentOnly() {
    String gold = """
        {"document": "fixture.txt", "creation_date": "2021-03-15", "time_expressions": [
          {"text": "am 14. März", "value": "", "required": true},
          {"text": "Am 12. März 2021", "value": "2021-03-12", "required": true}]}""";
    DocumentScore s = Scorer.score(GoldReader.parse(gold, "g.json"), output(null, Fixture.perfectTimes(), null, null));
    assertEquals(1.0, s.time().counts().recall());
    assertEquals(1, s.time().counts().checked());
    assertEquals(1.0, s.time().counts().accuracy());
  }

  @Test
  void symmetricEventsMatchInEitherDirection() {
    // gold E1 is symmetric: the reversed system event matches
    Event reversed = event("trafen sich die Außenminister", "FRE", "RUR", false, "043", "2021-03-12", Modality.ASSERTED);
    // gold E2 is directed: a reversed event matches only when the system calls it symmetric
    Event reversedDirected = event("Ruritania verhängte", "FRE", "RUR", "163", "2021-03-14");
    DocumentScore s = score(output(null, null, List.of(reversed, reversedDirected), null));
    assertEquals(0.5, s.events().root().counts().recall());
    Event reversedSymmetric = event("Ruritania verhängte", "FRE", "RUR", true, "163", "2021-03-14", Modality.ASSERTED);
    DocumentScore t = score(output(null, null, List.of(reversed, reversedSymmetric), null));
    assertEquals(1.0, t.events().root().counts().recall());
  }

  @Test
  void goldDateIsComparedAtItsOwnPrecision() {
    // E1 has gold date 2021-03: a day in March matches
    Event dayInMonth = event("trafen sich", "RUR", "FRE", true, "043", "2021-03-20", Modality.ASSERTED);
    // E2 has gold date 2021-03-14: another day does not, and neither does a month-only date
    Event wrongDay = event("Ruritania verhängte", "RUR", "FRE", "163", "2021-03-13");
    DocumentScore s = score(output(null, null, List.of(dayInMonth, wrongDay), null));
    assertEquals(0.5, s.events().root().counts().recall());
    assertTrue(s.events().root().missed().get(0).startsWith("E2"));
    Event monthOnly = event("Ruritania verhängte", "RUR", "FRE", "163", "2021-03");
    assertEquals(0.5, score(output(null, null, List.of(dayInMonth, monthOnly), null)).events().root().counts().recall());
    Event noDate = event("Ruritania verhängte", "RUR", "FRE", "163", null);
    assertEquals(0.5, score(output(null, null, List.of(dayInMonth, noDate), null)).events().root().counts().recall());
  }

  @Test
  void rootMatchesByTwoDigitsExactNeedsTheFullCode() {
    Event otherMeeting = event("trafen sich", "RUR", "FRE", true, "046", "2021-03-12", Modality.ASSERTED);
    DocumentScore s = score(output(null, null, List.of(otherMeeting), null));
    assertEquals(1.0, s.events().root().counts().precision());
    assertEquals(0.0, s.events().exact().counts().precision());
  }

  @Test
  void notEventHitIsAViolationAndAFalsePositive() {
    List<Event> events = Fixture.perfectEvents();
    events.add(event("Freedonia hat Ruritania nicht angegriffen", "FRE", "RUR", "190", null));
    DocumentScore s = score(output(null, null, events, null));
    assertEquals(1, s.events().violations());
    assertEquals(2.0 / 3, s.events().root().counts().precision(), 1e-9);
    assertEquals(1.0, s.events().root().counts().recall());
  }

  @Test
  void negatedOrHypotheticalSystemEventsAreNotScored() {
    List<Event> events = Fixture.perfectEvents();
    events.add(event("Freedonia hat Ruritania nicht angegriffen", "FRE", "RUR", false, "190", null, Modality.NEGATED));
    DocumentScore s = score(output(null, null, events, null));
    assertEquals(0, s.events().violations());
    assertEquals(1.0, s.events().root().counts().precision());
    assertEquals(2, s.events().root().counts().system());
  }

  @Test
  void maximumMatchingPicksTheAssignmentThatMatchesMost() {
    // two gold events share one evidence sentence; system event A fits both, B fits only the first.
    // A greedy first-come assignment would give A to the first and leave B unmatched.
    String gold = """
        {"document": "fixture.txt", "creation_date": "2021-03-15", "events": [
          {"id": "G1", "evidence": "Ruritania verhängte", "source": "RUR", "target": "FRE", "codes": ["163", "172"], "required": true},
          {"id": "G2", "evidence": "Ruritania verhängte", "source": "RUR", "target": "FRE", "codes": ["163"], "required": true}
        ]}""";
    Event a = event("Ruritania verhängte", "RUR", "FRE", "163", null);
    Event b = event("Ruritania verhängte", "RUR", "FRE", "172", null);
    DocumentScore s = Scorer.score(GoldReader.parse(gold, "g.json"), output(null, null, List.of(a, b), null));
    assertEquals(1.0, s.events().exact().counts().recall());
    assertEquals(1.0, s.events().exact().counts().precision());
  }

  @Test
  void requiredGoldItemsAreMatchedBeforeOptionalOnes() {
    String gold = """
        {"document": "fixture.txt", "creation_date": "2021-03-15", "events": [
          {"id": "OPT", "evidence": "Ruritania verhängte", "source": "RUR", "target": "FRE", "codes": ["163"], "required": false},
          {"id": "REQ", "evidence": "Ruritania verhängte", "source": "RUR", "target": "FRE", "codes": ["163"], "required": true}
        ]}""";
    Event one = event("Ruritania verhängte", "RUR", "FRE", "163", null);
    DocumentScore s = Scorer.score(GoldReader.parse(gold, "g.json"), output(null, null, List.of(one), null));
    assertEquals(1.0, s.events().root().counts().recall());
  }

  @Test
  void quotesMatchWhenTheSpanContainsTheBeginningAndNotQuotesAreWrong() {
    Quote good = quote("Wir bleiben im Gespräch", "Anna Berg");
    Quote notSpeech = quote("Abendbote", null);
    DocumentScore s = score(output(null, null, null, List.of(good, notSpeech)));
    assertEquals(1.0, s.quotes().counts().recall());
    assertEquals(0.5, s.quotes().counts().precision());
    assertEquals(1.0, s.quotes().counts().accuracy());
    Quote tooShort = quote("bleiben im Gespräch", "Anna Berg");
    Quote wrongSpeaker = quote("Wir bleiben im Gespräch mit allen.", "Ruritania");
    DocumentScore t = score(output(null, null, null, List.of(tooShort, wrongSpeaker)));
    assertEquals(0.5, t.quotes().counts().precision());
    assertEquals(0.0, t.quotes().counts().accuracy());
  }

  @Test
  void indirectSpeechIsOutsideTheQuotesLayer() {
    Quote good = quote("Wir bleiben im Gespräch", "Anna Berg");
    Quote unmarked = new Quote(good.span(), good.text(), org.chronik.model.QuoteType.INDIRECT, null, null, null, null, null);
    Quote unmarkedElsewhere = quote("Abendbote", null);
    unmarkedElsewhere = new Quote(unmarkedElsewhere.span(), "Abendbote", org.chronik.model.QuoteType.INDIRECT, null, null, null, null, null);
    DocumentScore s = score(output(null, null, null, List.of(good, unmarkedElsewhere)));
    assertEquals(1.0, s.quotes().counts().precision(), "an unmatched indirect quote costs no precision");
    DocumentScore t = score(output(null, null, null, List.of(unmarked)));
    assertEquals(0.0, t.quotes().counts().recall(), "an indirect quote does not find a quoted gold item");
  }

  @Test
  void layersTheSystemDoesNotProduceScoreAsEmptyOutput() {
    DocumentScore s = score(output(null, null, null, null));
    assertEquals(0.0, s.actors().counts().recall());
    assertNull(s.actors().counts().precision());
    assertEquals(0.0, s.events().exact().counts().recall());
    assertEquals(3, s.actors().missed().size());
  }

  @Test
  void listsMissingFromTheGoldAreNotScored() {
    String gold = """
        {"document": "fixture.txt", "creation_date": "2021-03-15",
         "time_expressions": [{"text": "am 14. März", "value": "2021-03-14", "required": true}]}""";
    DocumentScore s = Scorer.score(GoldReader.parse(gold, "g.json"), Fixture.perfect());
    assertNull(s.actors());
    assertNull(s.events());
    assertNull(s.quotes());
    assertEquals(1.0, s.time().counts().recall());
    assertEquals(0.5, s.time().counts().precision());
  }
}
