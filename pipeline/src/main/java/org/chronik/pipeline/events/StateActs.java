package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;

/**
 * The code an act takes when a state does it, by CAMEO code prefix, from {@code
 * codebooks/state-acts.tsv} (format in the README beside it): a government's "protest" is an
 * official complaint (114), not a demonstration (141). Immutable.
 */
final class StateActs {
  static final String RESOURCE = "/codebooks/state-acts.tsv";

  private final Map<String, String> byPrefix;

  private StateActs(Map<String, String> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  static StateActs load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(StateActs.class, RESOURCE), RESOURCE);
    Map<String, String> map = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      String code = table.get(row, "state_code");
      if (!prefix.matches("\\d{2,4}") || !code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix and a code: \"" + String.join("\t", row.fields()) + "\"");
      }
      map.put(prefix, code);
    }
    return new StateActs(map);
  }

  /**
   * The code for an act of {@code code} by {@code source}: recoded when the source is a government actor
   * (sector GOV), else unchanged. A country-level source is not enough: "Ukrainer" and "georgische
   * Proteste" are the country's people, not its state.
   */
  String code(String code, ActorRef source) {
    if (source == null || !"GOV".equals(source.sector())) {
      return code;
    }
    String recoded = CodePrefixes.longest(byPrefix, code);
    return recoded == null ? code : recoded;
  }
}
