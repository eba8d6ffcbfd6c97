package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

/**
 * Which authority of a state does an agentless state act, by the verb that tells it ({@code
 * lang/<iso>/events/authorities.tsv}): "Zwei Männer wurden festgenommen" is the police's act, "Er wurde
 * zu drei Jahren Haft verurteilt" the courts', a ban or an expulsion the government's (any verb or code
 * without a row). Immutable; loaded once per language.
 */
final class StateAuthorities {
  private record Authority(String sector, String name, boolean sceneBefore) {}

  /** By verb lemma, then by code prefix. */
  private final Map<String, Map<String, Authority>> byVerb;

  private StateAuthorities(Map<String, Map<String, Authority>> byVerb) {
    this.byVerb = Map.copyOf(byVerb);
  }

  static StateAuthorities forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/authorities.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(StateAuthorities.class, resource), resource);
    Map<String, Map<String, Authority>> byVerb = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String verb = table.get(row, "verb");
      String prefix = table.get(row, "prefix");
      String sector = table.get(row, "sector");
      String name = table.get(row, "name");
      String before = table.get(row, "scene_before");
      if (verb.isBlank() || !prefix.matches("\\d{2,4}") || !sector.matches("[A-Z]{3}") || !name.contains("{country}")
          || !before.matches("yes|no")) {
        throw new IllegalArgumentException(row.where() + ": expected a verb, a code prefix, a sector, a name with {country} and yes or no: \""
            + String.join("\t", row.fields()) + "\"");
      }
      byVerb.computeIfAbsent(verb.toLowerCase(Locale.ROOT), v -> new HashMap<>()).put(prefix, new Authority(sector, name, before.equals("yes")));
    }
    byVerb.replaceAll((v, m) -> Map.copyOf(m));
    return new StateAuthorities(byVerb);
  }

  /**
   * The authority of {@code country} that does an act of {@code code} told by the verb {@code lemma},
   * or null when the government does (no row for the verb and code).
   */
  ActorRef of(String country, String code, String lemma, UnaryOperator<String> countryName) {
    Authority a = row(code, lemma);
    if (a == null) {
      return null;
    }
    String id = "state:" + country + ":" + a.sector().toLowerCase(Locale.ROOT);
    return new ActorRef(id, a.name().replace("{country}", countryName.apply(country)), ActorType.ORGANIZATION, country, a.sector(), null);
  }

  /**
   * Whether a scene set only by the sentence before may place an act of {@code code} told by {@code
   * lemma}: yes for the government and the police, not for the courts, who sit where they sit.
   */
  boolean sceneBefore(String code, String lemma) {
    Authority a = row(code, lemma);
    return a == null || a.sceneBefore();
  }

  private Authority row(String code, String lemma) {
    Map<String, Authority> rows = lemma == null ? null : byVerb.get(lemma.toLowerCase(Locale.ROOT));
    return rows == null ? null : CodePrefixes.longest(rows, code);
  }
}
