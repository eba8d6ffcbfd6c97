package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * The countries of an article: the one it is about (the country key its mentions of actors of one
 * state name most: countries, capitals, people, bodies; places only when nothing else names a state;
 * ties: the first named), and the English name of each country: as the article's mentions name it,
 * else from the pipeline's actor dictionary.
 */
final class FocusCountry {
  private final String focus;
  private final Map<String, String> names = new HashMap<>();
  /** The actors the article's mentions name. */
  private final java.util.Set<ActorRef> named = new java.util.HashSet<>();
  private final UnaryOperator<String> dictionaryNames;

  FocusCountry(List<Mention> mentions, UnaryOperator<String> dictionaryNames) {
    this.focus = focus(mentions);
    this.dictionaryNames = dictionaryNames;
    for (Mention m : mentions) {
      if (m.actor() != null) {
        named.add(m.actor());
      }
      if (m.actor() != null && m.actor().type() == ActorType.COUNTRY && m.actor().country() != null) {
        names.putIfAbsent(m.actor().country(), m.actor().name());
      }
    }
  }

  /** The focus country's key, or null when the article names no country. */
  String focus() {
    return focus;
  }

  /** Whether the article names an actor of this kind anywhere. */
  boolean names(java.util.function.Predicate<ActorRef> kind) {
    return named.stream().anyMatch(kind);
  }

  /** The English name of a country as the article's mentions give it, else the dictionary's. */
  String name(String key) {
    String named = names.get(key);
    return named != null ? named : dictionaryNames.apply(key);
  }

  /** True for an actor of one state: not an IGO, and not a region or bloc ("der Westen"). */
  static boolean isState(ActorRef a) {
    boolean region = a.type() == ActorType.GROUP && a.id().startsWith("country:");
    return !region && a.type() != ActorType.IGO && !a.country().startsWith("IGO.");
  }

  /** The country actor of a key. */
  ActorRef actor(String key) {
    return new ActorRef("country:" + key, name(key), ActorType.COUNTRY, key, null, null);
  }

  /**
   * A place (a city, a region) tells where, not what the article is about: "der G-20-Gipfel in
   * Pittsburgh" in an article about Iran. Places count only when the article names no state otherwise.
   */
  private static String focus(List<Mention> mentions) {
    String best = focus(mentions, false);
    return best != null ? best : focus(mentions, true);
  }

  private static String focus(List<Mention> mentions, boolean places) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (Mention m : mentions) {
      String key = m.actor() == null ? null : m.actor().country();
      if (key != null && isState(m.actor()) && (places || m.actor().type() != ActorType.LOCATION)) {
        counts.merge(key, 1, Integer::sum);
        first.putIfAbsent(key, m.span().begin());
      }
    }
    String best = null;
    for (String key : counts.keySet()) {
      if (best == null || counts.get(key) > counts.get(best)
          || counts.get(key).equals(counts.get(best)) && first.get(key) < first.get(best)) {
        best = key;
      }
    }
    return best;
  }
}
