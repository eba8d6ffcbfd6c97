package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless passive of a state act is done by the authority of the scene's state the verb names
 * (lang/de/events/authorities.tsv): the police arrests and searches, the courts charge and sentence,
 * the government bans and expels.
 */
class StateAuthoritiesTest {
  private static final StateAuthorities TABLE = StateAuthorities.forLanguage("de");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "festnehmen, 173, COP, Police of Peru",
      "Festnahme, 173, COP, Police of Peru",
      "Verhaftung, 173, COP, Police of Peru",
      "Anklage, 173, JUD, Judiciary of Peru",
      "durchsuchen, 170, COP, Police of Peru",
      "nehmen, 173, COP, Police of Peru",
      "anklagen, 173, JUD, Judiciary of Peru",
      "verurteilen, 116, JUD, Judiciary of Peru",
      "ermitteln, 091, JUD, Judiciary of Peru"})
  void verbNamesTheAuthority(String verb, String code, String sector, String name) {
    ActorRef a = TABLE.of("PER", code, verb, k -> "Peru");
    assertEquals(sector, a.sector());
    assertEquals(name, a.name());
    assertEquals("PER", a.country());
  }

  @Test
  void otherVerbsAndCodesLeaveTheGovernment() {
    assertNull(TABLE.of("PER", "172", "verbieten", k -> "Peru"), "a ban is the government's");
    assertNull(TABLE.of("PER", "174", "abschieben", k -> "Peru"), "a deportation is the government's");
    assertNull(TABLE.of("PER", "1721", "nehmen", k -> "Peru"), "a station taken off the air is no arrest");
    assertNull(TABLE.of("PER", "111", "verurteilen", k -> "Peru"), "condemning an act is no sentence");
    assertNull(TABLE.of("PER", "112", "ermitteln", k -> "Peru"), "an accusation read off an inquiry is no act of the prosecutors");
  }

  @Test
  void courtsNeedTheirOwnScene() {
    assertTrue(TABLE.sceneBefore("173", "festnehmen"), "the police arrest where the story is");
    assertTrue(TABLE.sceneBefore("172", "verbieten"), "the government bans where the story is");
    assertTrue(!TABLE.sceneBefore("116", "verurteilen"), "a court does not sit where the deed was done");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Prozess in Brüssel. Der Mann soll im Irak für eine Miliz gekämpft haben. Er wurde zu fünf Jahren Haft verurteilt.",
      "Urteil gegen einen Heimkehrer. Die Frau war in Syrien einer Miliz beigetreten. Die Frau wurde zu vier Jahren Haft verurteilt."})
  void aSentenceIsNotPlacedWhereTheDeedWas(String text) {
    for (Event e : EventTestPipeline.events(text)) {
      assertTrue(e.source() == null || !List.of("IRQ", "SYR").contains(e.source().country()), "no court of the deed's country: " + e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the police: arrests and searches
      "Razzia in Lyon. In Lyon wurden am Dienstag zwei Männer festgenommen.|173|COP|FRA",
      "Proteste in Minsk. In Minsk wurde am Abend ein Student in Gewahrsam genommen.|173|COP|BLR",
      "Ermittlungen in Graz. In Graz wurde am Morgen die Wohnung eines Ungarn durchsucht.|170|COP|AUT",
      // arrests told only as happening (OccurringStateActs): the act noun names the police too
      "Proteste in Athen. Vereinzelt kam es in Athen zu Verhaftungen.|173|COP|GRC",
      "Fackellauf in Paris. Am Rande des Laufs in Paris kam es zu Rangeleien und zu 37 Festnahmen.|173|COP|FRA",
      // the courts: charges and sentences
      "Prozess in Ankara. In Ankara wurde ein deutscher Journalist wegen Spionage angeklagt.|173|JUD|TUR",
      "Urteil in Minsk. In Minsk wurde ein Lehrer zu drei Jahren Haft verurteilt.|116|JUD|BLR",
      "Urteil in Teheran. In Teheran wurde ein britischer Student zu fünf Jahren Gefängnis verurteilt.|116|JUD|IRN",
      // the government: bans and expulsions
      "Verbot in Budapest. In Budapest wurden am Montag alle Kundgebungen verboten.|1721|GOV|HUN",
      "Streit um Visa. In Rom wurde ein tunesischer Prediger ausgewiesen.|174|GOV|ITA",
      // the prosecutors: an inquiry into someone named ("Gegen X wird ermittelt")
      "Skandal in Lissabon. Gegen den portugiesischen Finanzminister wird wegen Bestechlichkeit ermittelt.|091|JUD|PRT",
      "Affäre in Athen. Gegen den griechischen Verteidigungsminister wird seit Montag ermittelt.|091|JUD|GRC",
      "Korruption in Rom. In Rom wird gegen den italienischen Innenminister wegen Untreue ermittelt.|091|JUD|ITA"})
  void agentlessStateActIsItsAuthoritys(String text, String code, String sector, String country) {
    List<Event> events = EventTestPipeline.events(text).stream().filter(e -> e.code().code().equals(code)).toList();
    assertTrue(!events.isEmpty(), "expected a " + code + " in \"" + text + "\", got " + EventTestPipeline.events(text));
    for (Event e : events) {
      assertEquals(sector, e.source().sector(), "source sector of " + e.rule() + " in \"" + text + "\"");
      assertEquals(country, e.source().country(), "source country of " + e.rule() + " in \"" + text + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a named agent that is no state: nobody's authorities
      "Überfall in Lyon. In Lyon wurde ein Händler von Unbekannten festgehalten.",
      // a sports ban is no state act
      "Fußball in Madrid. In Madrid wurde ein Stürmer für drei Spiele gesperrt.",
      // violence private people do too is not the state's
      "Streit in Graz. In Graz wurde ein Mann auf der Straße angegriffen.",
      // an inquiry with its investigator named, or into no one, is no authority's by default
      "Affäre in Madrid. Gegen den spanischen Minister wurde vom Europäischen Parlament ermittelt.",
      "Brand in Graz. In Graz wird wegen Brandstiftung ermittelt.",
      // a poll is no inquiry of the state
      "Umfrage in Wien. Für eine Studie wurden in Wien diese Woche 500 Menschen befragt."})
  void noAuthorityWithoutAStateAct(String text) {
    for (Event e : EventTestPipeline.events(text)) {
      boolean authority = e.source() != null && e.source().id().startsWith("state:");
      assertTrue(!authority, "no state authority expected in \"" + text + "\", got " + e);
    }
  }

  @Test
  void namedAgentKeepsItsOwnSector() {
    List<Event> events = EventTestPipeline.events("Proteste in Paris. Die französische Armee nahm in Paris zwei Studenten fest.")
        .stream().filter(e -> e.code().code().equals("173")).toList();
    assertTrue(!events.isEmpty(), "expected the arrest");
    for (Event e : events) {
      assertEquals("MIL", e.source().sector(), "the army named, not the police by default: " + e);
    }
  }
}
