package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;

/**
 * Cooperation of a state with its own side is dropped as an artefact of country-level keys, except
 * the acts of {@code codebooks/own-side-acts.tsv} (format in the README beside it): a state's appeal to
 * its own armed forces, police or people ("Der Botschafter Syriens rief die syrische Armee auf, die
 * Waffen niederzulegen") is addressed to them. Only when the source is the state itself or its
 * government and the target has one of the listed sectors. Immutable.
 */
final class OwnSideActs {
  static final String RESOURCE = "/codebooks/own-side-acts.tsv";
  private static final OwnSideActs TABLE = load();

  /** Target sectors by code prefix. */
  private final Map<String, Set<String>> sectors;

  private OwnSideActs(Map<String, Set<String>> sectors) {
    this.sectors = Map.copyOf(sectors);
  }

  static OwnSideActs load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(OwnSideActs.class, RESOURCE), RESOURCE);
    Map<String, Set<String>> out = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      String list = table.get(row, "sectors");
      if (!prefix.matches("\\d{2,4}") || !list.matches("[A-Z]{3}(,[A-Z]{3})*")) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix and sectors: \"" + String.join("\t", row.fields()) + "\"");
      }
      out.put(prefix, Set.of(list.split(",")));
    }
    return new OwnSideActs(out);
  }

  /** True when the act of {@code code} from a state to its own body or people is kept. */
  static boolean kept(String code, ActorRef source, ActorRef target) {
    return TABLE.keeps(code, source, target);
  }

  boolean keeps(String code, ActorRef source, ActorRef target) {
    if (target.sector() == null || source.sector() != null && !"GOV".equals(source.sector())) {
      return false;
    }
    for (Map.Entry<String, Set<String>> e : sectors.entrySet()) {
      if (code.startsWith(e.getKey()) && e.getValue().contains(target.sector())) {
        return true;
      }
    }
    return false;
  }
}
