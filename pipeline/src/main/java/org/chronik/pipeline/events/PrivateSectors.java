package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

/**
 * The sectors of private actors, from {@code codebooks/private-sectors.tsv} (format in the README
 * beside it): an act between two of them (a company praising another's chief, media reviewing a
 * company's device) is no political event; nor is an act only officials do whose source is a private
 * person or crowd ({@code codebooks/official-acts.tsv}: a private trip, a crowd welcoming a guest). Immutable.
 */
final class PrivateSectors {
  static final String RESOURCE = "/codebooks/private-sectors.tsv";
  static final String OFFICIAL = "/codebooks/official-acts.tsv";

  private final Set<String> sectors;
  /** Code prefix of an act only officials do → the source sectors that make it private. */
  private final Map<String, Set<String>> official;

  private PrivateSectors(Set<String> sectors, Map<String, Set<String>> official) {
    this.sectors = Set.copyOf(sectors);
    this.official = Map.copyOf(official);
  }

  static PrivateSectors load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(PrivateSectors.class, RESOURCE), RESOURCE);
    Set<String> sectors = new HashSet<>();
    for (Tsv.Row row : table.rows()) {
      String sector = table.get(row, "sector");
      if (!sector.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException(row.where() + ": expected a three-letter sector: \"" + String.join("\t", row.fields()) + "\"");
      }
      sectors.add(sector);
    }
    Tsv.Table acts = Tsv.Table.of(Tsv.resource(PrivateSectors.class, OFFICIAL), OFFICIAL);
    Map<String, Set<String>> official = new HashMap<>();
    for (Tsv.Row row : acts.rows()) {
      String prefix = acts.get(row, "prefix");
      if (!prefix.matches("[0-9]{2,4}")) {
        throw new IllegalArgumentException(row.where() + ": expected a CAMEO code prefix: \"" + prefix + "\"");
      }
      official.put(prefix, Set.of(acts.get(row, "sectors").split(",")));
    }
    return new PrivateSectors(sectors, official);
  }

  /**
   * True when an act of {@code code} is one only officials do and its source is of a sector the
   * code's row lists: "Eine Italienerin reiste nach Syrien" is no visit, a welcoming crowd no host.
   */
  boolean unofficial(String code, ActorRef source) {
    for (int n = code.length(); n >= 2; n--) {
      Set<String> privateSectors = official.get(code.substring(0, n));
      if (privateSectors != null) {
        return source.sector() != null && privateSectors.contains(source.sector());
      }
    }
    return false;
  }

  /**
   * True when both actors are private: of a listed sector and no international organisation. A
   * country with such a sector is its businesses or media ("die italienische Firma", "russische
   * Banken": lang/de/actors/descriptors.tsv), not its state.
   */
  boolean between(ActorRef a, ActorRef b) {
    return isPrivate(a) && isPrivate(b);
  }

  private boolean isPrivate(ActorRef a) {
    return a.sector() != null && sectors.contains(a.sector()) && a.type() != ActorType.IGO
        && (a.country() == null || !a.country().startsWith("IGO."));
  }
}
