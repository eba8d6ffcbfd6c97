package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts of force whose agent or target a default took from the wrong party (force46): a "<group>-<act noun>"
 * compound in the occasion of an agentless passive names the agent (CompoundAgent); who suffered harm at an act
 * ("erlitten bei den Angriffen Verletzungen") never did it (grammar.tsv VICTIM erleiden); an act noun told as the
 * subject of "gelten" has its target in the verb's object (AimedObject).
 */
class ForceCompoundsTest {
  private static final String STRIKES = "Amerikanische Kampfflugzeuge haben am Montag Stellungen der Taliban in der Provinz Helmand bombardiert. "
      + "Die afghanische Regierung begrüßte die Luftangriffe.\n\n";

  private static String said(String text, Event e) {
    return e.evidence() == null || e.evidence().end() > text.length() ? "" : text.substring(e.evidence().begin(), e.evidence().end());
  }

  private static List<Event> at(String text, String evidence) {
    return EventTestPipeline.events(text).stream().filter(e -> said(text, e).contains(evidence)).toList();
  }

  private static String country(org.chronik.model.ActorRef a) {
    return a == null ? null : a.country();
  }

  private static boolean by(Event e, String source) {
    return source.equals(country(e.source())) || e.source() != null && e.source().name().contains(source);
  }

  private static void agent(String text, String evidence, String source) {
    List<Event> events = at(text, evidence);
    assertTrue(!events.isEmpty() && events.stream().allMatch(e -> by(e, source)), "expected the acts at \"" + evidence + "\" by " + source + ", got " + events);
  }

  private static void notBy(String text, String evidence, String source) {
    List<Event> events = at(text, evidence);
    assertTrue(events.stream().noneMatch(e -> by(e, source)), "expected no act at \"" + evidence + "\" by " + source + ", got " + events);
  }

  @Test
  void aGroupCompoundInTheOccasionIsTheAgent() {
    notBy(STRIKES + "Bei einem Taliban-Angriff auf einen Kontrollposten in Kandahar wurden am Dienstag neun Polizisten getötet.", "Kontrollposten", "USA");
  }

  @Test
  void anIsCompoundAfterDurchIsTheAgent() {
    notBy(STRIKES + "Zwei Wochen zuvor waren durch einen IS-Anschlag auf eine Moschee in Kabul zwanzig Gläubige getötet worden.", "Moschee", "USA");
  }

  @Test
  void aGroupCompoundAfterDurchIsTheAgent() {
    String text = "Türkische Kampfjets haben in der Nacht Stellungen der PKK im Nordirak bombardiert. Ankara sprach von einem Erfolg.\n\n"
        + "Im Juni waren durch einen PKK-Anschlag in der Stadt Van elf Soldaten getötet worden.";
    notBy(text, "Van", "Turkey");
    agent(text, "Van", "Kurdistan");
  }

  @Test
  void aStateCompoundInTheOccasionStaysTheAgent() {
    agent("In der Provinz Helmand wurden bei einem US-Luftangriff zwölf afghanische Polizisten getötet.", "Helmand", "USA");
  }

  @Test
  void whoSufferedInjuriesAtAttacksDidNotAttack() {
    String text = "Israelische Soldaten haben am Freitag bei Nablus einen jungen Palästinenser erschossen. Die Autonomiebehörde protestierte.\n\n"
        + "Bei mehreren Angriffen in Hebron erlitten am Wochenende drei Israelis schwere Verletzungen.";
    ForceActs.none(text, "Hebron", "ISR", ForceActs.ANY);
  }

  @Test
  void whoCarriedAwayWoundsDidNotAttack() {
    String text = "Deutsche Soldaten patrouillieren seit Jahren im Norden Afghanistans. Die Bundesregierung verlängerte das Mandat.\n\n"
        + "Bei einem Angriff nahe Kundus trugen am Montag vier deutsche Soldaten schwere Verletzungen davon.";
    ForceActs.none(text, "Kundus", "DEU", ForceActs.ANY);
  }

  @Test
  void whoActedAtTheAttacksStillDidThem() {
    ForceActs.struck("Bei ihren Angriffen auf den Süden des Libanon setzte die israelische Armee am Montag Kampfhubschrauber ein.",
        "Kampfhubschrauber", "ISR", "LBN");
  }

  @Test
  void anAttackThatWasAimedAtTheArmyIsNotTheArmysAct() {
    String text = "Israelische Kampfflugzeuge griffen am Montag Ziele der Hamas im Gazastreifen an. Die Hamas sprach von Toten.\n\n"
        + "Das Attentat vom Dienstag galt einem Posten der israelischen Armee bei Sderot.";
    ForceActs.none(text, "Sderot", "ISR", "PSE");
  }

  @Test
  void aBombingAimedAtABarrackIsNotTheLastStrikeAgain() {
    String text = "Türkische Kampfjets bombardierten am Samstag Stellungen der kurdischen Miliz YPG in Nordsyrien. Damaskus protestierte.\n\n"
        + "Der Anschlag vom Sonntag galt einer Kaserne der türkischen Armee in Diyarbakir.";
    ForceActs.none(text, "Diyarbakir", "TUR", "SYR");
  }

  @Test
  void attacksAimedAtTheOtherSideKeepTheDyad() {
    ForceActs.struck("Israelische Kampfflugzeuge griffen am Montag Ziele im Gazastreifen an. Die Angriffe galten Stellungen der Hamas.",
        "Die Angriffe galten", "ISR", "PSE");
  }

  @Test
  void anAttackOnTheStatesArmyIsNotTheStrikeOnTheRebelsAgain() {
    String text = "Türkische Kampfjets bombardierten am Samstag Stellungen der PKK im Südosten des Landes. Die Regierung sprach von einem Erfolg.\n\n"
        + "Das Attentat vom Sonntag galt einer Kaserne der türkischen Armee in Van.";
    notBy(text, "Kaserne", "Turkey");
  }

  @Test
  void anAttackOnThePoliceIsNotTheArmysRaidOnTheGuerrillaAgain() {
    String text = "Die kolumbianische Armee bombardierte am Montag mehrere Lager der FARC im Süden des Landes. Der Präsident lobte den Einsatz.\n\n"
        + "Das Attentat vom Dienstag galt einer Patrouille der kolumbianischen Polizei.";
    notBy(text, "Patrouille", "Colombia");
  }

  @Test
  void attacksOnTheSameRebelsAreTheStrikeAgain() {
    String text = "Türkische Kampfjets bombardierten am Samstag Stellungen der PKK im Südosten des Landes. Die Regierung sprach von einem Erfolg.\n\n"
        + "Die Angriffe galten Lagern der PKK in den Bergen.";
    agent(text, "Lagern", "Turkey");
  }
}
