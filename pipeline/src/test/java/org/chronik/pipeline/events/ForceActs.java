package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;

/** Assertions on acts of force (roots 18–20) told in a sentence of a test article, by the countries of their sides. */
final class ForceActs {
  /** Stands for any country in {@link #none}. */
  static final String ANY = "*";

  private ForceActs() {}

  private static String said(String text, Event e) {
    return e.evidence() == null || e.evidence().end() > text.length() ? "" : text.substring(e.evidence().begin(), e.evidence().end());
  }

  private static boolean force(Event e) {
    String c = e.code().code();
    return c.startsWith("18") || c.startsWith("19") || c.startsWith("20");
  }

  private static boolean side(String expected, org.chronik.model.ActorRef actor) {
    return expected.equals(ANY) || expected.equals(country(actor));
  }

  /** An act of force from {@code source}'s country on {@code target}'s, told in the sentence containing {@code evidence}. */
  static void struck(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> force(e) && said(text, e).contains(evidence) && side(source, e.source()) && side(target, e.target())),
        "expected " + source + "->" + target + " at \"" + evidence + "\", got " + events);
  }

  /** No such act; {@link #ANY} for either side. */
  static void none(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> force(e) && said(text, e).contains(evidence) && side(source, e.source()) && side(target, e.target())),
        "expected no act " + source + "->" + target + " at \"" + evidence + "\", got " + events);
  }
}
