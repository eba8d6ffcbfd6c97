package org.chronik.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.chronik.eval.GoldDocument.GoldEvent;
import org.chronik.eval.GoldDocument.NotEvent;
import org.chronik.model.ActorRef;
import org.chronik.model.Event;
import org.chronik.model.EventCandidate;

/**
 * Events, scored twice: by CAMEO root and by exact code. Only reportable system events count. A
 * system event that hits a not_event is a violation: it is left out of the matching, so it counts as
 * an unmatched system event (a false positive) and is also counted separately.
 */
public final class EventScorer {
  private EventScorer() {}

  /** Root and exact scores of one document plus its violations. */
  public record Result(LayerScore root, LayerScore exact, int violations, List<String> violationItems,
      List<EventExplainer.Explanation> explanations) {}

  public static Result score(List<GoldEvent> gold, List<NotEvent> notEvents, List<Event> events, String body) {
    return score(gold, notEvents, events, List.of(), body);
  }

  /** @param candidates the coder's matches that gave no event, to explain the misses */
  public static Result score(List<GoldEvent> gold, List<NotEvent> notEvents, List<Event> events,
      List<EventCandidate> coderCandidates, String body) {
    List<Event> reportable = events.stream().filter(e -> e.modality() != null && e.modality().reportable()).toList();
    List<Event> candidates = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (Event e : reportable) {
      NotEvent hit = notEvents.stream().filter(n -> violates(e, n)).findFirst().orElse(null);
      if (hit == null) {
        candidates.add(e);
      } else {
        violations.add(describe(e, body) + " violates not_event " + Excerpt.quote(hit.evidence()) + " root " + hit.root());
      }
    }
    List<GoldEvent> ordered = new ArrayList<>(gold);
    ordered.sort(Comparator.comparing(g -> !g.required())); // stable: required first, file order kept
    LayerScore root = side(ordered, candidates, reportable.size(), violations, body, false);
    LayerScore exact = side(ordered, candidates, reportable.size(), violations, body, true);
    int[] rootMatch = MaximumMatching.match(ordered, candidates, (g, e) -> matches(g, e, false));
    List<GoldEvent> missed = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).required() && rootMatch[i] < 0) {
        missed.add(ordered.get(i));
      }
    }
    return new Result(root, exact, violations.size(), violations, EventExplainer.explain(missed, events, coderCandidates));
  }

  private static LayerScore side(List<GoldEvent> gold, List<Event> candidates, int systemTotal, List<String> violations,
      String body, boolean exact) {
    int[] match = MaximumMatching.match(gold, candidates, (g, e) -> matches(g, e, exact));
    boolean[] used = new boolean[candidates.size()];
    int matched = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (match[i] >= 0) {
        used[match[i]] = true;
        matched++;
      }
    }
    RequiredRecall recall = RequiredRecall.of(gold, GoldEvent::required, i -> match[i] >= 0,
        g -> g.id() + " " + g.source() + (g.symmetric() ? "<->" : "->") + g.target() + " " + String.join("/", g.codes())
            + (g.date() == null ? "" : " " + g.date()) + " " + Excerpt.quote(g.evidence()));
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!used[i]) {
        unmatched.add(describe(candidates.get(i), body));
      }
    }
    unmatched.addAll(violations);
    return new LayerScore(new Counts(systemTotal, matched, recall.required(), recall.found(), 0, 0), recall.missed(), unmatched, List.of());
  }

  static boolean matches(GoldEvent g, Event e, boolean exact) {
    if (e.evidence() == null || !e.evidence().overlaps(g.span()) || e.code() == null) {
      return false;
    }
    String s = key(e.source());
    String t = key(e.target());
    boolean direct = g.source().equals(s) && g.target().equals(t);
    boolean swapped = (g.symmetric() || e.symmetric()) && g.source().equals(t) && g.target().equals(s);
    if (!direct && !swapped) {
      return false;
    }
    String code = e.code().code();
    boolean codeOk = exact
        ? g.codes().contains(code)
        : g.codes().stream().anyMatch(c -> c.substring(0, 2).equals(e.code().root()));
    if (!codeOk) {
      return false;
    }
    return g.date() == null || (e.date() != null && e.date().within(g.date()));
  }

  static boolean violates(Event e, NotEvent n) {
    return e.evidence() != null && e.code() != null
        && e.evidence().overlaps(n.span())
        && e.code().root().equals(n.root().substring(0, 2))
        && (n.source() == null || n.source().equals(key(e.source())))
        && (n.target() == null || n.target().equals(key(e.target())));
  }

  private static String key(ActorRef ref) {
    return ref == null ? null : ref.country();
  }

  private static String describe(Event e, String body) {
    String code = e.code() == null ? "?" : e.code().code();
    return Objects.toString(key(e.source()), "?") + (e.symmetric() ? "<->" : "->") + Objects.toString(key(e.target()), "?")
        + " " + code + (e.date() == null ? "" : " " + e.date()) + (e.rule() == null ? "" : " [" + e.rule() + "]")
        + " " + Excerpt.of(body, e.evidence());
  }
}
