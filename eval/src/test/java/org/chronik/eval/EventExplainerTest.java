package org.chronik.eval;

import static org.chronik.eval.Fixture.at;
import static org.chronik.eval.Fixture.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.eval.EventExplainer.Cause;
import org.chronik.eval.GoldDocument.GoldEvent;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.chronik.model.EventCandidate;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.Span;
import org.junit.jupiter.api.Test;

/** Each cause of a miss, on the fixture's sanction sentence (gold E2: RUR→FRE 163 on 2021-03-14). */
class EventExplainerTest {
  private static final String SANCTION = "Ruritania verhängte am 14. März Sanktionen gegen Freedonia.";

  private static GoldEvent sanctions() {
    return Fixture.gold().locate(Fixture.BODY).events().stream().filter(g -> g.id().equals("E2")).findFirst().orElseThrow();
  }

  private static Cause why(List<Event> events, List<EventCandidate> candidates) {
    List<EventExplainer.Explanation> x = EventExplainer.explain(List.of(sanctions()), events, candidates);
    assertEquals(1, x.size());
    assertEquals("E2", x.get(0).goldId());
    return x.get(0).cause();
  }

  private static EventCandidate candidate(EventCandidate.Problem problem, List<Mention> countryless) {
    return new EventCandidate(at(SANCTION), at("Sanktionen"), "n.sanktion", "163", List.of(), List.of(), countryless, problem);
  }

  @Test
  void aFilteredModalityIsTheNearestCause() {
    Event negated = event(SANCTION, "RUR", "FRE", false, "163", "2021-03-14", Modality.NEGATED);
    assertEquals(Cause.MODALITY, why(List.of(negated), List.of()));
  }

  @Test
  void dateDirectionAndRootAreToldApart() {
    assertEquals(Cause.DATE_MISMATCH, why(List.of(event(SANCTION, "RUR", "FRE", "163", "2021-03-10")), List.of()));
    assertEquals(Cause.WRONG_DIRECTION, why(List.of(event(SANCTION, "FRE", "RUR", "163", "2021-03-14")), List.of()));
    assertEquals(Cause.WRONG_ROOT, why(List.of(event(SANCTION, "RUR", "FRE", "172", "2021-03-14")), List.of()));
    assertEquals(Cause.WRONG_ACTORS, why(List.of(event(SANCTION, "RUR", "XYZ", "163", "2021-03-14")), List.of()));
  }

  @Test
  void anEventThatWouldMatchButWasUsedElsewhereIsTaken() {
    assertEquals(Cause.TAKEN, why(List.of(event(SANCTION, "RUR", "FRE", "163", "2021-03-14")), List.of()));
  }

  @Test
  void candidatesSayWhichActorWasMissing() {
    assertEquals(Cause.NO_SOURCE, why(List.of(), List.of(candidate(EventCandidate.Problem.NO_SOURCE, List.of()))));
    assertEquals(Cause.NO_TARGET, why(List.of(), List.of(candidate(EventCandidate.Problem.NO_TARGET, List.of()))));
    ActorRef unknown = new ActorRef("x", "Some Minister", ActorType.PERSON, null, null, null);
    Mention m = new Mention(new Span(0, 9), "Ruritania", unknown, "NER", "test");
    assertEquals(Cause.ACTOR_WITHOUT_COUNTRY, why(List.of(), List.of(candidate(EventCandidate.Problem.NO_SOURCE, List.of(m)))));
  }

  @Test
  void eventsOfOtherSentencesDoNotExplainAMiss() {
    Event elsewhere = event("trafen sich die Außenminister", "RUR", "FRE", true, "163", "2021-03-14", Modality.NEGATED);
    assertEquals(Cause.NO_TRIGGER, why(List.of(elsewhere), List.of()));
  }
}
