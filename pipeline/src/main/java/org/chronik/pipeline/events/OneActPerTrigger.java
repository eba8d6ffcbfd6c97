package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Event;

/**
 * One word reports one act. When two rules of equal weight read the same trigger with the same
 * actors ("eröffnete das Feuer auf Demonstranten" is both firing on protesters and opening fire), the
 * event of the rule read first is kept and the others are dropped: the sentence tells one act, not two.
 */
final class OneActPerTrigger {
  private OneActPerTrigger() {}

  static List<Event> collapse(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (out.stream().noneMatch(kept -> sameAct(kept, e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean sameAct(Event a, Event b) {
    boolean actors = a.source().id().equals(b.source().id()) && a.target().id().equals(b.target().id())
        || (a.symmetric() || b.symmetric()) && a.source().id().equals(b.target().id()) && a.target().id().equals(b.source().id());
    return a.trigger().equals(b.trigger()) && a.evidence().equals(b.evidence()) && actors && a.modality() == b.modality();
  }
}
