package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorType;

/** One line of organizations.tsv. {@code country} and {@code sector} are null when not given. */
public record OrganizationEntry(String name, List<String> aliases, ActorType type, String country, String sector) {
  public OrganizationEntry {
    aliases = List.copyOf(aliases);
  }
}
