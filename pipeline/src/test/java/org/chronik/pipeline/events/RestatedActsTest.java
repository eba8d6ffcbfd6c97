package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Modality;
import org.chronik.model.Span;
import org.junit.jupiter.api.Test;

/** An act told again in a later sentence that names nobody new is a duplicate of its first mention. */
class RestatedActsTest {
  private static ActorRef actor(String id, ActorType type, String country, String sector) {
    return new ActorRef(id, id, type, country, sector, null);
  }

  private static final ActorRef CHILEAN_POLICE = actor("org:police-of-chile", ActorType.ORGANIZATION, "CHL", "COP");
  private static final ActorRef CHILEAN_ARMY = actor("org:army-of-chile", ActorType.ORGANIZATION, "CHL", "MIL");
  private static final ActorRef STUDENTS = actor("group:students:CHL", ActorType.GROUP, "CHL", "OPP");
  private static final ActorRef ACTIVISTS = actor("group:activists:CHL", ActorType.GROUP, "CHL", "OPP");
  private static final ActorRef FARMERS = actor("group:farmers:CHL", ActorType.GROUP, "CHL", "CVL");
  private static final ActorRef LEADER = actor("person:a-student-leader", ActorType.PERSON, "CHL", "OPP");
  private static final ActorRef CHILEAN_GOVERNMENT = actor("org:government-of-chile", ActorType.ORGANIZATION, "CHL", "GOV");
  private static final ActorRef CHILEAN_STATE = actor("state:CHL", ActorType.ORGANIZATION, "CHL", "GOV");

  private static Event event(String id, int sentence, String code, ActorRef source, ArgumentSource sourceFrom, ActorRef target,
      ArgumentSource targetFrom) {
    Span evidence = new Span(sentence * 100, sentence * 100 + 90);
    return new Event(id, evidence, new Span(sentence * 100 + 10, sentence * 100 + 20), source, target, false,
        new EventCode(code, code, 0, 0, null, null), null, null, null, Modality.ASSERTED, null, "rule", List.of(), null,
        sourceFrom, targetFrom);
  }

  @Test
  void theArrestsToldAgainWithTheirAgentFromContextAreOneAct() {
    Event first = event("e1", 1, "173", CHILEAN_POLICE, ArgumentSource.SENTENCE, STUDENTS, ArgumentSource.SENTENCE);
    Event again = event("e2", 2, "173", CHILEAN_POLICE, ArgumentSource.ANTECEDENT, ACTIVISTS, ArgumentSource.SENTENCE);
    assertTrue(RestatedActs.restates(again, first, RestatedActs.Told.VERB));
    // "wurden weitere Aktivisten festgenommen": a further act
    assertFalse(RestatedActs.restates(again, first, new RestatedActs.Told(false, false, true)));
  }

  @Test
  void aRallyToldAgainByItsCrowdIsTheRallyOfAnotherCodeOfTheSameRoot() {
    // "Studenten warfen Steine auf das Parlament. Diese Kundgebung ist ein Signal, sagte ein Teilnehmer."
    Event first = event("e1", 1, "145", STUDENTS, ArgumentSource.SENTENCE, CHILEAN_STATE, ArgumentSource.IMPLICIT);
    Event again = event("e2", 2, "141", ACTIVISTS, ArgumentSource.IMPLICIT, CHILEAN_GOVERNMENT, ArgumentSource.IMPLICIT);
    assertTrue(RestatedActs.restates(again, first, new RestatedActs.Told(true, true, false)));
    // a noun of another code without a restating determiner, or a verb of another code, is another act
    assertFalse(RestatedActs.restates(again, first, new RestatedActs.Told(true, false, false)));
    assertFalse(RestatedActs.restates(again, first, RestatedActs.Told.VERB));
    // a noun of the root's general act re-mentions it ("der Protest" after the stones)
    Event general = event("e3", 2, "140", ACTIVISTS, ArgumentSource.IMPLICIT, CHILEAN_GOVERNMENT, ArgumentSource.IMPLICIT);
    assertTrue(RestatedActs.restates(general, first, new RestatedActs.Told(true, false, false)));
  }

  @Test
  void aSideNamedAnewOrOfAnotherSectorMakesAnActOfItsOwn() {
    Event first = event("e1", 1, "173", CHILEAN_POLICE, ArgumentSource.SENTENCE, STUDENTS, ArgumentSource.SENTENCE);
    // a person named in the later sentence
    assertFalse(RestatedActs.restates(event("e2", 2, "173", CHILEAN_POLICE, ArgumentSource.ANTECEDENT, LEADER,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
    // the army, not the police
    assertFalse(RestatedActs.restates(event("e2", 2, "173", CHILEAN_ARMY, ArgumentSource.IMPLICIT, ACTIVISTS,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
    // farmers are another group than the students
    assertFalse(RestatedActs.restates(event("e2", 2, "173", CHILEAN_POLICE, ArgumentSource.ANTECEDENT, FARMERS,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
    // both sides named in their own sentence: a second act, even of the same actors
    assertFalse(RestatedActs.restates(event("e2", 2, "173", CHILEAN_POLICE, ArgumentSource.SENTENCE, ACTIVISTS,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
    // another root
    assertFalse(RestatedActs.restates(event("e2", 2, "172", CHILEAN_POLICE, ArgumentSource.ANTECEDENT, ACTIVISTS,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
    // the same sentence
    assertFalse(RestatedActs.restates(event("e2", 1, "173", CHILEAN_POLICE, ArgumentSource.ANTECEDENT, ACTIVISTS,
        ArgumentSource.SENTENCE), first, RestatedActs.Told.VERB));
  }

  /** The events of the text of root {@code root} that are not marked a later mention. */
  private static List<Event> firsts(String text, String root) {
    return EventTestPipeline.events(text).stream().filter(e -> e.reportable() && e.duplicateOf() == null && e.code().root().equals(root)).toList();
  }

  private static long all(String text, String root) {
    return EventTestPipeline.events(text).stream().filter(e -> e.reportable() && e.code().root().equals(root)).count();
  }

  @Test
  void arrestsOrARallyToldAgainAreOneAct() {
    String arrests = "Malische Soldaten haben im Süden des Landes mutmaßliche Islamisten festgenommen. Bei Razzien nahe der"
        + " Grenze zu Burkina Faso seien 20 Islamisten festgenommen worden, berichtete ein Armeesprecher.";
    assertEquals(2, all(arrests, "17"), arrests);
    assertEquals(1, firsts(arrests, "17").size(), arrests);
    String rally = "Tausende Anhänger der Opposition haben in Minsk gegen die belarussische Regierung protestiert. Die"
        + " Demonstranten warfen Flaschen auf Polizisten. Diese Kundgebung ist erst der Anfang, sagte ein Organisator.";
    assertEquals(3, all(rally, "14"), rally);
    assertEquals(2, firsts(rally, "14").size(), rally); // the march and the bottles; "diese Kundgebung" is the march
  }

  @Test
  void aFurtherArrestOrAnotherActOfTheCrowdIsNot() {
    String person = "Die belarussische Polizei nahm in Minsk zwölf Demonstranten fest. Am Abend wurde der Oppositionspolitiker"
        + " Pawel Sewerinez festgenommen.";
    assertEquals(2, firsts(person, "17").size(), person);
    String stones = "Tausende Studenten demonstrierten in Belgrad gegen die serbische Regierung. Die Studenten warfen Steine"
        + " auf das Parlament.";
    assertEquals(2, firsts(stones, "14").size(), stones);
  }

  @Test
  void aProtestNounACallVerbHoldsIsThatCall() {
    for (String text : List.of("Die belarussische Opposition rief am Montag zu Protesten gegen die Regierung auf.",
        "Die griechischen Gewerkschaften haben für Donnerstag zu einem Streik gegen die Regierung aufgerufen.")) {
      List<Event> events = EventTestPipeline.events(text).stream().filter(Event::reportable).toList();
      assertEquals(2, events.size(), text); // the call (113) and the protest called for (133)
      assertEquals(1, events.stream().filter(e -> e.duplicateOf() == null).count(), text);
      assertEquals("113", events.stream().filter(e -> e.duplicateOf() == null).findFirst().orElseThrow().code().code(), text);
    }
  }

  @Test
  void aThreatBesideTheCallIsAnActOfItsOwn() {
    String text = "Die Gewerkschaften riefen zu Protesten gegen die griechische Regierung auf und drohten ihr mit einem Generalstreik.";
    assertTrue(EventTestPipeline.events(text).stream()
        .anyMatch(e -> e.reportable() && e.duplicateOf() == null && e.rule().startsWith("13.v.drohen")), text);
  }
}
