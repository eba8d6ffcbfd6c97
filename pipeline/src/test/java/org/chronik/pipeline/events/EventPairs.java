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

  /**
   * Whether the test article {@code text} codes an act of this root from {@code source}'s country on {@code target}'s
   * at the trigger word {@code trigger} (a verb or an act noun, as written in the text).
   */
  static boolean codedAt(String text, String trigger, String root, String source, String target) {
    return EventTestPipeline.events(text).stream().anyMatch(e -> e.code().code().startsWith(root) && e.source() != null && e.target() != null
        && e.trigger() != null && e.trigger().end() <= text.length()
        && text.substring(e.trigger().begin(), e.trigger().end()).equals(trigger)
        && source.equals(e.source().country()) && target.equals(e.target().country()));
  }
}
