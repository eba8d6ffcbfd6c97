package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Where a state body sits, as one language writes it ({@code lang/<iso>/actors/institution-seats.tsv}): the
 * adjectives of towns ("Moskauer", "Belgrader"), which before a group noun or office title give it the town's
 * state as a region's adjective does (read by {@link SurfaceIndex} into {@link Target.Kind#REGION_ADJECTIVE}
 * matches), and the words that tie a nameless official to the body it serves at ("ein Richter am Gericht",
 * read by {@link SeatedOfficials}). Immutable once read; one per language, held by {@link ActorLanguage}.
 */
final class InstitutionSeats {
  private final Map<String, String> cityAdjectives = new HashMap<>();
  private final Set<String> seatWords = new HashSet<>();
  private final Set<String> townBodies = new HashSet<>();

  /** Reads one language's file. */
  InstitutionSeats(String file) {
    for (Tsv.Row row : Tsv.resource(file)) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "city-adjective" -> cityAdjectives.put(row.field(1), row.field(2));
        case "seat" -> seatWords.add(row.field(1));
        case "town-body" -> townBodies.add(row.field(1));
        default -> throw new IllegalArgumentException(file + ": unknown kind \"" + row.field(0) + "\"");
      }
    }
  }

  /** Each town adjective form with its town's name in actors/capitals.tsv or actors/cities.tsv. */
  Map<String, String> cityAdjectives() {
    return Map.copyOf(cityAdjectives);
  }

  /** True when the town adjective {@code adjective} before the group noun {@code noun} names the town's own body ("der Berliner Senat"). */
  boolean townBody(String adjective, String noun) {
    return cityAdjectives.containsKey(adjective) && townBodies.contains(noun);
  }

  /** True for a word that may stand between a nameless official and the body it serves at ("am", "beim", "dem"). */
  boolean seatWord(String word) {
    return seatWords.contains(word);
  }
}
