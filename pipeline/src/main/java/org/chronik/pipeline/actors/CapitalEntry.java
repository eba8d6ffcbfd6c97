package org.chronik.pipeline.actors;

import java.util.List;

/**
 * One line of capitals.tsv: a capital with its German names, standing for its country's government.
 *
 * @param wikidata the Wikidata id ("Q64"), or null
 */
public record CapitalEntry(String country, String name, List<String> names, String wikidata) {
  public CapitalEntry {
    names = List.copyOf(names);
  }

  public CapitalEntry(String country, String name, List<String> names) {
    this(country, name, names, null);
  }
}
