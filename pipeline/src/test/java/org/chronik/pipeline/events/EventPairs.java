package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.Event;

/** Country-level questions tests ask of coded events: is there an act from one country on another. */
final class EventPairs {
  private EventPairs() {}

  /** The actor's country, "" for none. */
  static String country(ActorRef a) {
    return a == null || a.country() == null ? "" : a.country();
  }

  /** Whether an event goes from {@code source}'s country to {@code target}'s. */
  static boolean has(List<Event> events, String source, String target) {
    return events.stream().anyMatch(e -> country(e.source()).equals(source) && country(e.target()).equals(target));
  }

  /** The test article {@code text} codes an act of this root from {@code source}'s country on {@code target}'s. */
  static void aimed(String text, String root, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith(root) && country(e.source()).equals(source) && country(e.target()).equals(target)),
        "expected " + source + "->" + target + " " + root + " in \"" + text + "\", got " + events);
  }
}
