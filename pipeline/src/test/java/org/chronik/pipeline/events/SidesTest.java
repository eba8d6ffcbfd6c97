package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;

/** One state under two names; the same act told twice in one article. */
class SidesTest {
  private static ActorRef actor(String id, ActorType type, String country, String sector) {
    return new ActorRef(id, id, type, country, sector, null);
  }

  private static final ActorRef KENYA = actor("country:KEN", ActorType.COUNTRY, "KEN", null);
  private static final ActorRef KENYAN_GOVERNMENT = actor("org:government-of-kenya", ActorType.ORGANIZATION, "KEN", "GOV");
  private static final ActorRef KENYAN_STATE = actor("state:KEN", ActorType.ORGANIZATION, "KEN", "GOV");
  private static final ActorRef KENYAN_ARMY = actor("org:kenya-army", ActorType.ORGANIZATION, "KEN", "MIL");
  private static final ActorRef KENYAN_PILOTS = actor("group:pilots:KEN", ActorType.GROUP, "KEN", "CVL");
  private static final ActorRef KENYAN_OPPOSITION = actor("group:opposition:KEN", ActorType.GROUP, "KEN", "OPP");
  private static final ActorRef UGANDAN_ARMY = actor("org:uganda-army", ActorType.ORGANIZATION, "UGA", "MIL");

  @Test
  void aStateItsGovernmentArmyAndPoliceAreOneState() {
    assertTrue(Sides.oneState(KENYA, KENYAN_GOVERNMENT));
    assertTrue(Sides.oneState(KENYAN_STATE, KENYAN_GOVERNMENT)); // two ids of one government
    assertTrue(Sides.oneState(KENYAN_ARMY, KENYA));
  }

  @Test
  void itsCitizensOppositionAndOtherStatesAreNot() {
    assertFalse(Sides.oneState(KENYA, KENYAN_PILOTS));
    assertFalse(Sides.oneState(KENYAN_GOVERNMENT, KENYAN_OPPOSITION));
    assertFalse(Sides.oneState(KENYAN_ARMY, UGANDAN_ARMY));
    assertTrue(Sides.same(KENYA, KENYAN_PILOTS)); // one side for pairing, yet not one state
  }

  @Test
  void anActToldAgainByTheStateUnderAnotherNameIsADuplicate() {
    for (String text : List.of(
        "Die US-Regierung ist zu Gesprächen nach Japan gereist. Es ist der erste Besuch von Vertretern der USA in Japan seit Jahren.",
        "Die japanische Regierung ist zu Beratungen nach Indien gereist. Es ist der erste Besuch Japans in Indien seit langem.")) {
      List<Event> visits = EventTestPipeline.events(text).stream().filter(e -> e.code().root().equals("04")).toList();
      assertEquals(2, visits.size(), text);
      assertNull(visits.get(0).duplicateOf(), text);
      assertEquals(visits.get(0).id(), visits.get(1).duplicateOf(), text);
    }
  }

  @Test
  void theSameActByAnotherSideOfTheCountryIsNot() {
    String text = "Die kanadische Regierung hat die Ukraine kritisiert. Auch die Opposition Kanadas kritisierte die Ukraine.";
    List<Event> critiques = EventTestPipeline.events(text).stream().filter(e -> e.code().root().equals("11")).toList();
    assertEquals(2, critiques.size());
    assertTrue(critiques.stream().allMatch(e -> e.duplicateOf() == null));
  }
}
