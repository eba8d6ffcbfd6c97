package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Event;
import org.chronik.model.Span;

/**
 * An answer that restates the act told just before: "Kim warf den USA vor, einen Angriff vorzubereiten.
 * Er reagierte damit auf ein Manöver …". An act of words (root 01) whose trigger is an {@code ANSWER} verb
 * with a {@code RESTATING} adverb ("damit", "hiermit") is that earlier act, not one of its own, when an
 * event of the same side is coded before it in its sentence or in the sentence before; it is dropped.
 * Without such an event ("„…“ Lula reagierte damit auf die Kritik Venezuelas": the quote is coded as
 * nothing) the answer stays the statement's only event. Stateless.
 */
final class RestatedReaction {
  private RestatedReaction() {}

  static List<Event> apply(List<Event> events, List<SentenceView> sentences) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (!restates(e, events, sentences)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean restates(Event e, List<Event> events, List<SentenceView> sentences) {
    if (e.source() == null || e.trigger() == null || !e.code().code().startsWith("01")) {
      return false;
    }
    for (int k = 0; k < sentences.size(); k++) {
      SentenceView s = sentences.get(k);
      int t = tokenAt(s, e.trigger());
      if (t < 0) {
        continue;
      }
      if (!s.isVerbal(t) || !s.grammar().is(EventGrammar.Kind.ANSWER, s.lemma(t))
          || s.children(t).stream().noneMatch(c -> s.grammar().is(EventGrammar.Kind.RESTATING, s.lemma(c)))) {
        return false;
      }
      int from = sentences.get(Math.max(0, k - 1)).sentence.span().begin();
      return events.stream().anyMatch(f -> f != e && f.trigger() != null && f.source() != null
          && f.trigger().begin() >= from && f.trigger().end() <= e.trigger().begin()
          && Sides.oneState(f.source(), e.source()));
    }
    return false;
  }

  private static int tokenAt(SentenceView s, Span trigger) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).span().begin() == trigger.begin()) {
        return i;
      }
    }
    return -1;
  }
}
