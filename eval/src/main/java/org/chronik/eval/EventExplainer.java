package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.chronik.eval.GoldDocument.GoldEvent;
import org.chronik.model.ActorRef;
import org.chronik.model.Event;
import org.chronik.model.EventCandidate;

/**
 * Says, for each missed required gold event, what the nearest system output in its sentence lacked:
 * the first cause that fits, from the closest miss (an event filtered by its modality) to the
 * farthest (no pattern matched at all).
 */
public final class EventExplainer {
  private EventExplainer() {}

  /** Why a gold event was missed, nearest first. */
  public enum Cause {
    /** an event with the right actors, root and date exists but is negated, hypothetical or denied */
    MODALITY,
    /** right actors and root, another date */
    DATE_MISMATCH,
    /** right root, source and target swapped */
    WRONG_DIRECTION,
    /** right actors, another root */
    WRONG_ROOT,
    /** a pattern matched but an actor of its slots has no country */
    ACTOR_WITHOUT_COUNTRY,
    /** a pattern matched but found no source actor */
    NO_SOURCE,
    /** a pattern matched but found no target actor */
    NO_TARGET,
    /** a pattern matched but source and target were one side */
    SAME_SIDE,
    /** a pattern matched but source and target were both private actors (companies, media) */
    PRIVATE,
    /** the sentence gave events, none with these actors */
    WRONG_ACTORS,
    /** an event that would match was taken by another gold item or hit a not_event */
    TAKEN,
    /** no pattern matched in the sentence */
    NO_TRIGGER
  }

  public record Explanation(String goldId, Cause cause, String detail) {}

  /**
   * @param missed the required gold events the root matching left unmatched (snippets located)
   * @param events every system event, reportable or not
   * @param candidates the coder's matches that gave no event
   */
  public static List<Explanation> explain(List<GoldEvent> missed, List<Event> events, List<EventCandidate> candidates) {
    List<Explanation> out = new ArrayList<>();
    for (GoldEvent g : missed) {
      out.add(explain(g, events, candidates));
    }
    return out;
  }

  private static Explanation explain(GoldEvent g, List<Event> all, List<EventCandidate> allCandidates) {
    List<Event> here = all.stream().filter(e -> e.evidence() != null && e.code() != null && e.evidence().overlaps(g.span())).toList();
    List<EventCandidate> candidates = allCandidates.stream().filter(c -> c.evidence().overlaps(g.span())).toList();
    Event e;
    if ((e = first(here, x -> actors(g, x, true) && root(g, x) && date(g, x) && !x.reportable())) != null) {
      return new Explanation(g.id(), Cause.MODALITY, e.modality() + " [" + e.rule() + "]");
    }
    if ((e = first(here, x -> actors(g, x, true) && root(g, x) && date(g, x))) != null) {
      return new Explanation(g.id(), Cause.TAKEN, describe(e));
    }
    if ((e = first(here, x -> actors(g, x, true) && root(g, x))) != null) {
      return new Explanation(g.id(), Cause.DATE_MISMATCH, "system " + e.date() + " (" + e.dateSource() + "), gold " + g.date());
    }
    if ((e = first(here, x -> actors(g, x, false) && root(g, x))) != null) {
      return new Explanation(g.id(), Cause.WRONG_DIRECTION, describe(e));
    }
    if ((e = first(here, x -> actors(g, x, true) || actors(g, x, false))) != null) {
      return new Explanation(g.id(), Cause.WRONG_ROOT, describe(e) + ", gold " + String.join("/", g.codes()));
    }
    EventCandidate c = candidates.stream().filter(x -> rootOf(g, x.code())).findFirst()
        .orElse(candidates.isEmpty() ? null : candidates.get(0));
    if (c != null && !c.countryless().isEmpty()) {
      return new Explanation(g.id(), Cause.ACTOR_WITHOUT_COUNTRY, c.rule() + ": "
          + String.join(", ", c.countryless().stream().map(m -> "\"" + m.text() + "\" (" + m.actor().name() + ")").toList()));
    }
    if (c != null) {
      Cause cause = switch (c.problem()) {
        case NO_SOURCE -> Cause.NO_SOURCE;
        case NO_TARGET -> Cause.NO_TARGET;
        case SAME_SIDE -> Cause.SAME_SIDE;
        case PRIVATE -> Cause.PRIVATE;
      };
      return new Explanation(g.id(), cause, c.rule() + " " + c.code() + " sources " + names(c.sources()) + " targets " + names(c.targets()));
    }
    if (!here.isEmpty()) {
      return new Explanation(g.id(), Cause.WRONG_ACTORS, describe(here.get(0)));
    }
    return new Explanation(g.id(), Cause.NO_TRIGGER, "");
  }

  private static Event first(List<Event> events, Predicate<Event> p) {
    return events.stream().filter(p).findFirst().orElse(null);
  }

  private static boolean actors(GoldEvent g, Event e, boolean forward) {
    String s = key(e.source());
    String t = key(e.target());
    boolean direct = g.source().equals(s) && g.target().equals(t);
    boolean swapped = g.source().equals(t) && g.target().equals(s);
    boolean symmetric = g.symmetric() || e.symmetric();
    return forward ? direct || symmetric && swapped : swapped && !symmetric;
  }

  private static boolean root(GoldEvent g, Event e) {
    return rootOf(g, e.code().code());
  }

  private static boolean rootOf(GoldEvent g, String code) {
    return code != null && code.length() >= 2 && g.codes().stream().anyMatch(c -> c.substring(0, 2).equals(code.substring(0, 2)));
  }

  private static boolean date(GoldEvent g, Event e) {
    return g.date() == null || e.date() != null && e.date().within(g.date());
  }

  private static String key(ActorRef ref) {
    return ref == null ? null : ref.country();
  }

  private static String names(List<ActorRef> refs) {
    return refs.isEmpty() ? "-" : String.join(",", refs.stream().map(r -> r.name() + "/" + Objects.toString(r.country(), "?")).toList());
  }

  private static String describe(Event e) {
    return "system " + key(e.source()) + (e.symmetric() ? "<->" : "->") + key(e.target()) + " " + e.code().code()
        + " " + e.modality() + " [" + e.rule() + "]";
  }

}
