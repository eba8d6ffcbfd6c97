package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;

/**
 * The code a coercive act takes between an army and an armed group, by CAMEO code prefix and the
 * two actors' sectors, from {@code codebooks/armed-acts.tsv} (format in the README beside it): "Die
 * Armee geht gegen die PKK vor" is military force (190), not coercion (170); the police doing the
 * same keeps 170. Immutable; one shared table.
 */
final class ArmedActs {
  static final String RESOURCE = "/codebooks/armed-acts.tsv";
  private static final ArmedActs STANDARD = load();

  /** The sectors of source and target, "MIL>REB", to the code by prefix. */
  private final Map<String, Map<String, String>> bySides;

  private ArmedActs(Map<String, Map<String, String>> bySides) {
    this.bySides = Map.copyOf(bySides);
  }

  static ArmedActs standard() {
    return STANDARD;
  }

  static ArmedActs load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ArmedActs.class, RESOURCE), RESOURCE);
    Map<String, Map<String, String>> map = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      String code = table.get(row, "armed_code");
      String source = table.get(row, "source_sector");
      String target = table.get(row, "target_sector");
      if (!prefix.matches("\\d{2,4}") || !code.matches("\\d{2,4}") || !source.matches("[A-Z]{3}") || !target.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix, two sectors and a code: \""
            + String.join("\t", row.fields()) + "\"");
      }
      map.computeIfAbsent(source + ">" + target, k -> new HashMap<>()).put(prefix, code);
    }
    map.replaceAll((k, v) -> Map.copyOf(v));
    return new ArmedActs(map);
  }

  /** The code for an act of {@code code} from {@code source} on {@code target}: recoded when their sectors are listed, else unchanged. */
  String code(String code, ActorRef source, ActorRef target) {
    if (source == null || target == null || source.sector() == null || target.sector() == null) {
      return code;
    }
    Map<String, String> byPrefix = bySides.get(source.sector() + ">" + target.sector());
    String recoded = byPrefix == null ? null : CodePrefixes.longest(byPrefix, code);
    return recoded == null ? code : recoded;
  }
}
