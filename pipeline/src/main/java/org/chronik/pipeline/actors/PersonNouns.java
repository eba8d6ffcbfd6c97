package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * person-nouns.tsv: nouns after a state's adjective that make it name a private person of that state, not the
 * state acting: nouns of origin ("ein Mann türkischer Staatsangehörigkeit") and nouns of a woman's trade or
 * status by their ending ("eine deutsche Hundezüchterin", "eine französische Ärztin"), unless the noun ends in
 * an office or an agent of a state ("Unterhändlerin", "Senatorin"). Filled at load, read only.
 */
final class PersonNouns {
  private final Set<String> origins = new HashSet<>();
  private final List<String> endings = new ArrayList<>();
  private final List<String> notEndings = new ArrayList<>();

  PersonNouns(String resource) {
    for (Tsv.Row row : Tsv.resource(resource)) {
      String word = row.field(1).toLowerCase(Locale.ROOT);
      switch (row.field(0)) {
        case "kind" -> { }
        case "origin" -> origins.add(word);
        case "ending" -> endings.add(word);
        case "not-ending" -> notEndings.add(word);
        default -> throw new IllegalArgumentException(resource + ": unknown kind \"" + row.field(0) + "\"");
      }
    }
  }

  /** A noun of origin, lower case ("staatsangehörigkeit"). */
  boolean origin(String lower) {
    return origins.contains(lower);
  }

  /**
   * A woman's trade or status by its ending ("hundezüchterin"; not "sprecherin"): a short ending (under six letters)
   * needs two letters before it ("Erin" is a name), a long one may be the whole noun ("Ärztin").
   */
  boolean privatePerson(String lower) {
    return endings.stream().anyMatch(e -> lower.endsWith(e) && lower.length() - e.length() >= (e.length() < 6 ? 2 : 0))
        && notEndings.stream().noneMatch(lower::endsWith);
  }
}
