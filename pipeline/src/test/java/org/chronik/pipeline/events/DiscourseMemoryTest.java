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
}
