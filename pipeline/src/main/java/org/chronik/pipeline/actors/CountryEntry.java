package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorType;

/** One line of countries.tsv: a country, region or bloc with its German surface forms (uninflected). */
public record CountryEntry(
    String key, String name, ActorType type, List<String> names, List<String> adjectives, List<String> demonyms) {
  public CountryEntry {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    demonyms = List.copyOf(demonyms);
  }
}
