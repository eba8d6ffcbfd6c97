package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

/**
 * The people of a country as the target of an agentless state act on an unnamed person ("Ein
 * Verdächtiger wurde festgenommen"): an analyst codes the arrested as the country's civilians, not the
 * state. By code prefix, from {@code codebooks/scene-people.tsv}. Immutable.
 */
final class ScenePeople {
  static final String TABLE = "/codebooks/scene-people.tsv";

  private record Group(String name, String sector) {}

  private final Map<String, Group> byPrefix;

  private ScenePeople(Map<String, Group> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  static ScenePeople load() {
    return load(TABLE);
  }

  /** A table of the same columns ({@code prefix name sector}), such as the crowds of protest acts ({@link ProtestCrowd}). */
  static ScenePeople load(String resource) {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ScenePeople.class, resource), resource);
    Map<String, Group> groups = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      String sector = table.get(row, "sector");
      if (!prefix.matches("\\d{2,4}") || !sector.matches("[A-Z]{3}") || table.get(row, "name").isBlank()) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix, a name and a sector: \"" + String.join("\t", row.fields()) + "\"");
      }
      groups.put(prefix, new Group(table.get(row, "name"), sector));
    }
    return new ScenePeople(groups);
  }

  /** The people of {@code country} an act of this code falls on, or null when the code has no row or the country is no state key. */
  ActorRef of(String code, String country) {
    Group group = CodePrefixes.longest(byPrefix, code);
    if (group == null || country == null || country.length() != 3) {
      return null;
    }
    String id = "group:" + group.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ":" + country;
    return new ActorRef(id, group.name(), ActorType.GROUP, country, group.sector(), null);
  }
}
