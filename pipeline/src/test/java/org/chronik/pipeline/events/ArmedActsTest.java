package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Between an army and an armed group a coercive "vorgehen" is a fight (190), not coercion (170);
 * the police doing it, or an army acting on demonstrators, keeps 170 (lang/de/events/armed-acts.tsv).
 */
class ArmedActsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die türkische Armee geht seit Wochen im Südosten gegen die PKK vor.|190",
      "Die nigerianische Armee ging am Montag im Norden des Landes gegen Boko Haram vor.|190",
      "Die malische Armee schritt am Sonntag gegen islamistische Kämpfer im Norden ein.|190",
      // near-misses: the police on an armed group, an army on demonstrators
      "Die türkische Polizei ging am Montag in Istanbul gegen die PKK vor.|170",
      "Die ägyptische Armee ging am Freitag gegen Demonstranten vor.|170"})
  void armyOnArmedGroupFights(String text, String code) {
    List<Event> events = EventTestPipeline.events(text).stream()
        .filter(e -> (e.rule().startsWith("coe.vorgehen") || e.rule().startsWith("17.v.einschreiten")) && e.source() != null && e.target() != null).toList();
    assertFalse(events.isEmpty(), "expected a 'vorgehen' or 'einschreiten' event in \"" + text + "\"");
    for (Event e : events) {
      assertEquals(code, e.code().code(), e.source() + " -> " + e.target() + " in \"" + text + "\"");
    }
  }

  @Test
  void tableNeedsTheVerbTheSectorsAndTheCode() {
    ArmedActs table = ArmedActs.forLanguage("de");
    ActorRef army = new ActorRef("a", "Army", ActorType.ORGANIZATION, "TUR", "MIL", null, null);
    ActorRef rebels = new ActorRef("r", "Rebels", ActorType.GROUP, "TUR", "REB", null, null);
    ActorRef police = new ActorRef("p", "Police", ActorType.ORGANIZATION, "TUR", "COP", null, null);
    Set<String> moveAgainst = Set.of("vorgehen");
    assertEquals("190", table.code("170", moveAgainst, army, rebels));
    assertEquals("190", table.code("170", moveAgainst, rebels, army));
    assertEquals("170", table.code("170", moveAgainst, police, rebels));
    assertEquals("170", table.code("170", Set.of("entwaffnen"), army, rebels)); // disarming a militia stays coercion
    assertEquals("175", table.code("175", moveAgainst, army, rebels)); // a violent crackdown keeps its own code
    assertEquals("170", table.code("170", moveAgainst, army, null));
    // root42: killing or crushing an armed group is a fight; an armed group attacking civilians an assault
    ActorRef civilians = new ActorRef("c", "Civilians", ActorType.GROUP, "TUR", "CVL", null, null);
    ActorRef protesters = new ActorRef("d", "Protesters", ActorType.GROUP, "TUR", "OPP", null, null);
    Set<String> kill = Set.of("töten", "erschießen");
    assertEquals("190", table.code("1823", kill, army, rebels));
    assertEquals("190", table.code("1823", kill, police, rebels));
    assertEquals("1823", table.code("1823", kill, army, civilians)); // soldiers killing civilians stay an assault
    assertEquals("1823", table.code("1823", kill, police, protesters));
    assertEquals("186", table.code("186", kill, army, rebels)); // a targeted killing keeps its own code
    Set<String> crush = Set.of("unterdrücken", "niederschlagen");
    assertEquals("190", table.code("175", crush, army, rebels));
    assertEquals("175", table.code("175", crush, army, protesters)); // an army crushing protests represses them
    Set<String> attack = Set.of("angreifen");
    assertEquals("180", table.code("190", attack, rebels, civilians));
    assertEquals("190", table.code("190", attack, rebels, army)); // fighters attacking soldiers fight
    // scene46: the police "entering" a place coerce, whoever or whatever is there (target sector "*")
    Set<String> enter = Set.of("eindringen");
    ActorRef turkey = new ActorRef("t", "Turkey", ActorType.COUNTRY, "TUR", null, null, null);
    assertEquals("170", table.code("190", enter, police, turkey));
    assertEquals("170", table.code("190", Set.of("einmarschieren"), police, civilians));
    assertEquals("190", table.code("190", enter, army, turkey)); // soldiers entering a land invade it
  }
}
