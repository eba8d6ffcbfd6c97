package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorType;

/**
 * One line of countries.tsv: a country, region or bloc with its German surface forms (uninflected).
 *
 * @param wikidata the Wikidata id ("Q183"), or null
 */
public record CountryEntry(
    String key, String name, ActorType type, List<String> names, List<String> adjectives, List<String> demonyms, String wikidata) {
  public CountryEntry {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    demonyms = List.copyOf(demonyms);
  }

  public CountryEntry(String key, String name, ActorType type, List<String> names, List<String> adjectives, List<String> demonyms) {
    this(key, name, type, names, adjectives, demonyms, null);
  }
}
