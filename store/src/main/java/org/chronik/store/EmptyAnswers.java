package org.chronik.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Why an answer is empty, in one sentence: an actor no event has, a dyad without events, events
 * hidden because they are flagged or have no date, a network filter set too high. The command line
 * and the web page name their own switches, so each says how a hidden event is asked for.
 *
 * @param flaggedSwitch how the asker includes flagged events ("--include-flagged")
 * @param undatedSwitch how the asker lists undated events ("--undated")
 */
public record EmptyAnswers(Store store, String flaggedSwitch, String undatedSwitch) {
  /** An actor query no event matches: says how actors are named. */
  public static String unknownActor(String actor) {
    return "no event has \"" + actor + "\" as source or target (an actor is a key like country:CHN or person:xi-jinping,"
        + " a country code like CHN, or a name like Xi Jinping; chronik store-actors lists them)";
  }

  /** Why no event matches {@code f}. */
  public String events(EventFilter f) {
    EventQueries q = store.events();
    if (store.count("events") == 0) {
      long articles = store.count("articles");
      return articles == 0 ? "the store " + store.folder() + " holds no articles yet (chronik ingest adds them)"
          : "the store's " + articles + " articles gave no events";
    }
    if (f.actor() != null && !q.knows(f.actor())) {
      return unknownActor(f.actor());
    }
    if (f.with() != null && !q.knows(f.with())) {
      return unknownActor(f.with());
    }
    StringBuilder why = new StringBuilder("no events match these filters");
    if (!f.includeFlagged()) {
      long flagged = q.count(f.withFlagged(true).withLimit(EventFilter.ALL)) - q.count(f.withLimit(EventFilter.ALL));
      if (flagged > 0) {
        why.append(String.format(Locale.ROOT, "; %,d flagged events (negated, hypothetical or repeated) do: %s shows them", flagged,
            flaggedSwitch));
      }
    }
    if ((f.from() != null || f.to() != null) && !f.undated()) {
      long undated = q.count(new EventFilter(f.actor(), f.with(), f.code(), f.quad(), null, null, f.includeFlagged(), true, EventFilter.ALL));
      if (undated > 0) {
        why.append(String.format(Locale.ROOT, "; %,d events without a date match the other filters: %s lists them", undated,
            undatedSwitch));
      }
    }
    return why.toString();
  }

  /** Why a dyad's timeline is empty, or null when it is not. */
  public String timeline(EventQueries.DyadCounts c, LocalDate from, LocalDate to) {
    if (!c.aKnown()) {
      return unknownActor(c.a());
    }
    if (!c.bKnown()) {
      return unknownActor(c.b());
    }
    if (c.dated() + c.undated() == 0) {
      return "no events between " + c.a() + " and " + c.b() + " (each has events with others)";
    }
    if (c.dated() == 0) {
      return String.format(Locale.ROOT, "the %,d events between %s and %s have no date, so no period can hold them", c.undated(),
          c.a(), c.b());
    }
    if (c.inRange() == 0) {
      return String.format(Locale.ROOT, "no events between %s and %s %s; their %,d dated events lie outside it", c.a(), c.b(),
          range(from, to), c.dated());
    }
    return null;
  }

  /** What an empty network is missing: no edge as strong as {@code min}, or no events in the range. */
  public String network(LocalDate from, LocalDate to, int min, long strongest) {
    if (strongest == 0) {
      return (from == null && to == null ? "no events between two actors" : "no events between two actors " + range(from, to))
          + " in this store";
    }
    return String.format(Locale.ROOT, "no pair of actors has at least %,d events%s; the busiest pair has %,d: lower the minimum",
        min, from == null && to == null ? "" : " " + range(from, to), strongest);
  }

  private static String range(LocalDate from, LocalDate to) {
    return from != null && to != null ? "from " + from + " to " + to : from != null ? "from " + from + " on" : "up to " + to;
  }
}
