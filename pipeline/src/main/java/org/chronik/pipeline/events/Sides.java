package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/** Whether two actors are one side of an event or two. */
final class Sides {
  /** Sectors of a state's own bodies: its government, armed forces and police. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP");

  private Sides() {}

  /**
   * True when two actors are one state acting or acted on: the same actor, or two of the state itself,
   * its government, armed forces or police ("die Türkei" and "die türkische Luftwaffe", "Spanien" and
   * "die spanische Regierung"). Narrower than {@link #same}: a state and its citizens, parties or
   * opposition are not one state here.
   */
  static boolean oneState(ActorRef a, ActorRef b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    return a.country() != null && a.country().equals(b.country()) && state(a) && state(b);
  }

  private static boolean state(ActorRef a) {
    return a.type() == ActorType.COUNTRY || a.sector() != null && STATE_SECTORS.contains(a.sector());
  }

  /**
   * True when two actors are one side: the same actor, a state and anyone of that state ("Putin und
   * Russland"), two government actors of one state ("Xi und Li Qiang"), or two bodies of one
   * international organisation ("die EU-Kommission und die EU-Staaten"). Parties, opposition,
   * rebels and other organisations of one country are sides of their own ("FPÖ und Grüne").
   */
  static boolean same(ActorRef a, ActorRef b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    if (a.country() == null || !a.country().equals(b.country())) {
      return false;
    }
    return a.type() == ActorType.COUNTRY || b.type() == ActorType.COUNTRY || "GOV".equals(a.sector()) && "GOV".equals(b.sector())
        || a.country().startsWith("IGO."); // the EU and its Commission, the UN and its Secretary-General
  }
}
