package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The act memory's rules for an act told without a target (README "Re-mentioned acts of words"),
 * on the memory itself: which earlier act gives a re-mention its agent.
 */
class DiscourseMemoryTest {
  private static final ActorRef IRAN = new ActorRef("country:IRN", "Iran", ActorType.COUNTRY, "IRN", null, null);
  private static final ActorRef UN = new ActorRef("igo:UN", "United Nations", ActorType.ORGANIZATION, "IGO.UN", null, null);
  private static final ActorRef USA = new ActorRef("country:USA", "United States", ActorType.COUNTRY, "USA", null, null);

  @Test
  void definiteReMentionTakesTheAuthorOfWordsToldWithoutTarget() {
    Discourse d = new Discourse();
    d.untargeted(3, UN, "11"); // "Der Generalsekretär prangerte Morde an."
    Discourse.Antecedent a = d.agent(4, Discourse.Reach.ARTICLE, Set.of("11"), List.of(IRAN)); // "Die Vorwürfe richten sich gegen …"
    assertEquals(UN, a.actor());
  }

  @Test
  void aMaterialActToldWithoutTargetGivesNoAgent() {
    Discourse d = new Discourse();
    d.untargeted(3, IRAN, "19"); // "Ein General billigte den Angriff": the approver, read as the noun's agent
    assertNull(d.agent(4, Discourse.Reach.ARTICLE, Set.of("19"), List.of(USA))); // "Der Angriff …"
  }

  @Test
  void wordsToldWithoutTargetCountOnlyForADefiniteReMentionAndOnlyTwoSentencesBack() {
    Discourse d = new Discourse();
    d.untargeted(3, UN, "11");
    assertNull(d.agent(4, new Discourse.Reach(4, 0), Set.of("11"), List.of(IRAN)), "a bare or passive act tells one of its own");
    assertNull(d.agent(6, Discourse.Reach.ARTICLE, Set.of("11"), List.of(IRAN)), "three sentences back is too far");
  }

  private static final ActorRef ISRAEL = new ActorRef("country:ISR", "Israel", ActorType.COUNTRY, "ISR", null, null);
  private static final ActorRef GAZA = new ActorRef("country:PSE", "Palestine", ActorType.COUNTRY, "PSE", null, null);
  private static final ActorRef TURKISH_ARMY = new ActorRef("org:tsk", "Turkish Armed Forces", ActorType.ORGANIZATION, "TUR", "MIL", null);
  private static final ActorRef PKK = new ActorRef("org:pkk", "PKK", ActorType.ORGANIZATION, "TUR", "REB", null);
  private static final ActorRef CIVILIANS = new ActorRef("group:civilians:TUR", "Civilians", ActorType.GROUP, "TUR", "CVL", null);
  private static final Set<String> KINDRED = Set.of("18", "19", "20");

  @Test
  void anAgentlessPassiveTakesTheAgentOfAnOperationToldWithoutTarget() {
    Discourse d = new Discourse();
    d.untargeted(3, USA, "19"); // "Die US-Armee begann am Morgen eine Offensive."
    Discourse.Antecedent a = d.agent(4, new Discourse.Reach(4, 0), KINDRED, List.of(IRAN)); // "Dabei wurden zwölf Kämpfer getötet."
    assertEquals(USA, a.actor());
    Discourse e = new Discourse();
    e.untargeted(7, ISRAEL, "19"); // "Israelische Truppen rückten in der Nacht vor." (the paragraph before)
    assertEquals(ISRAEL, e.agent(8, new Discourse.Reach(8, 8), KINDRED, List.of(GAZA)).actor()); // "Mehrere Häuser wurden zerstört."
  }

  @Test
  void anOperationOfTwoSidesOrAnActOfOneRootGivesNoAgent() {
    Discourse d = new Discourse();
    d.untargeted(3, TURKISH_ARMY, "19"); // "Soldaten und Rebellen liefern sich Gefechte."
    d.untargeted(3, PKK, "19");
    assertNull(d.agent(4, new Discourse.Reach(4, 0), KINDRED, List.of(CIVILIANS)), "who of the two killed is not said");
    Discourse e = new Discourse();
    e.untargeted(3, USA, "17"); // "Der Geheimdienst startete eine Operation." — "Dabei wurden Leitungen überwacht."
    e.untargeted(3, ISRAEL, "19");
    assertNull(e.agent(4, new Discourse.Reach(4, 0), Set.of("17"), List.of(IRAN)), "only acts that take kindred acts' agent");
    assertNull(e.agent(7, new Discourse.Reach(7, 6), KINDRED, List.of(IRAN)), "out of reach");
  }
}
