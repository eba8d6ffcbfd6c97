package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless arrest of an unnamed person falls on the people of the country where it happens (a
 * GROUP of sector CVL of that country), not on the state; a measure on the whole country keeps the
 * country as its target (codebooks/scene-people.tsv).
 */
class ScenePeopleTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Razzia in der Steiermark. Graz – Ein junger Mann wurde am Freitag in Leoben verhaftet, berichtete die Polizei.|GROUP|CVL|AUT",
      "Kontrollen an der Grenze. Wien – Am Sonntag wurde eine Frau in Linz festgenommen, wie die Behörden mitteilten.|GROUP|CVL|AUT",
      // a person named by where they come from is one of that country's people, not the state
      "Schmuggel über die Grenze. Die Polizei stoppte am Montag in Wien einen Kleinbus mit zwölf Flüchtlingen. Der 45-jährige Fahrer aus Rumänien wurde festgenommen.|GROUP|CVL|ROU",
      "Razzia in Graz. Die Polizei nahm am Donnerstag in Graz einen Mann aus Serbien fest.|GROUP|CVL|SRB",
      // near-miss: a foreign body in the patient phrase is itself the target
      "Pressefreiheit in Russland. In Moskau wurde am Montag ein Team der BBC festgenommen, teilten die Behörden mit.|ORGANIZATION|MED|GBR",
      // near-miss: a measure on the whole country, not on a person, keeps the state as its target
      "Proteste in Ungarn. In Budapest wurden am Montag alle Kundgebungen verboten.|COUNTRY||HUN",
      "Wahl in Georgien. Tiflis – Am Freitag wurde der Notstand ausgerufen, teilte die Regierung mit.|COUNTRY||GEO"})
  void sceneTargetIsThePeople(String text, String type, String sector, String country) {
    List<Event> events = EventTestPipeline.events(text);
    List<Event> implicit = events.stream()
        .filter(e -> e.code().code().startsWith("17") && e.source() != null && e.target() != null).toList();
    assertFalse(implicit.isEmpty(), "expected an arrest or ban in \"" + text + "\", got " + events);
    for (Event e : implicit) {
      assertEquals(ActorType.valueOf(type), e.target().type(), "target of " + e.rule() + " in \"" + text + "\"");
      assertEquals(sector, e.target().sector(), "sector of " + e.rule());
      assertEquals(country, e.target().country(), "country of " + e.rule());
    }
  }
}
