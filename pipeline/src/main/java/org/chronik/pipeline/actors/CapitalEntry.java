package org.chronik.pipeline.actors;

import java.util.List;

/** One line of capitals.tsv: a capital with its German names, standing for its country's government. */
public record CapitalEntry(String country, String name, List<String> names) {
  public CapitalEntry {
    names = List.copyOf(names);
  }
}
