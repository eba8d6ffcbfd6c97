package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

/**
 * The sectors of private actors, from {@code codebooks/private-sectors.tsv} (format in the README
 * beside it): an act between two of them (a company praising another's chief, media reviewing a
 * company's device) is no political event. Immutable.
 */
final class PrivateSectors {
  static final String RESOURCE = "/codebooks/private-sectors.tsv";

  private final Set<String> sectors;

  private PrivateSectors(Set<String> sectors) {
    this.sectors = Set.copyOf(sectors);
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
    return new PrivateSectors(sectors);
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
