package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorType;

/**
 * One line of organizations.tsv. {@code country}, {@code sector} and {@code wikidata} (the Wikidata
 * id, "Q458") are null when not given.
 */
public record OrganizationEntry(String name, List<String> aliases, ActorType type, String country, String sector, String wikidata) {
  public OrganizationEntry {
    aliases = List.copyOf(aliases);
  }

  public OrganizationEntry(String name, List<String> aliases, ActorType type, String country, String sector) {
    this(name, aliases, type, country, sector, null);
  }
}
