package org.chronik.pipeline.actors;

import java.util.HashSet;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Nouns for a settlement or a part of a state (lang/ISO/actors/place-nouns.tsv: "Stadt", "-dorf",
 * "Provinz"). After a state's adjective and a place word they make a place of that state: "in der
 * nigerianischen Stadt Jos" is in Nigeria though no dictionary knows Jos. Read by the actors' scene
 * (FocusCountry) and by the events' PlaceFinder; loaded once per language, immutable.
 */
public final class PlaceNouns {
  private final Set<String> words = new HashSet<>();
  private final Set<String> endings = new HashSet<>();

  private PlaceNouns(String resource) {
    for (Tsv.Row row : Tsv.resource(resource)) {
      String w = row.field(0);
      if (!w.equals("noun")) {
        (w.startsWith("-") ? endings : words).add(w.startsWith("-") ? w.substring(1) : w);
      }
    }
  }

  public static PlaceNouns forLanguage(String iso) {
    return load("lang/" + iso + "/actors/place-nouns.tsv");
  }

  static PlaceNouns load(String resource) {
    return new PlaceNouns(resource);
  }

  /** Whether a noun, as written or as its lemma, is a place noun or ends in one of the listed endings ("Hafenstadt"). */
  public boolean is(String noun) {
    if (noun == null || noun.isEmpty()) {
      return false;
    }
    if (words.contains(noun)) {
      return true;
    }
    String lower = noun.toLowerCase(java.util.Locale.ROOT);
    for (String e : endings) {
      if (lower.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
