package org.chronik.pipeline.actors;

import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The state a place belongs to, read from the actor dictionary: a capital's country, a dateline's
 * first place ("Peking/Moskau": China), and whether a dictionary match is a place of places.tsv or
 * cities.tsv rather than an actor. {@link FocusCountry} counts states with these.
 */
final class PlaceCountries {
  private PlaceCountries() {}

  /** A place of places.tsv or cities.tsv: an organisation-layout entry of type LOCATION ("in Charkiw"). */
  static boolean isPlace(ActorDictionary dictionary, Target t) {
    return t.kind() == Kind.ORGANIZATION && dictionary.organization(t.key()).map(o -> o.type() == ActorType.LOCATION).orElse(false);
  }

  /** The country of a capital by its canonical name, or null. */
  static String capital(ActorDictionary dictionary, String capital) {
    return dictionary.capitals().stream().filter(c -> c.name().equals(capital)).map(CapitalEntry::country).findFirst().orElse(null);
  }

  /** The country of the dateline's first place ("Peking/Moskau": China), by capital, country or place name. */
  static String dateline(ActorDictionary dictionary, String place) {
    if (place == null || place.isBlank()) {
      return null;
    }
    String first = place.split("/")[0].strip();
    for (CapitalEntry c : dictionary.capitals()) {
      if (c.names().stream().anyMatch(n -> n.equalsIgnoreCase(first))) {
        return c.country();
      }
    }
    for (CountryEntry c : dictionary.countries()) {
      if (c.names().stream().anyMatch(n -> n.equalsIgnoreCase(first))) {
        return c.key();
      }
    }
    return dictionary.organization(first) // a city or region: "Graz –", "Charkiw (dpa)"
        .filter(o -> o.type() == ActorType.LOCATION)
        .map(OrganizationEntry::country)
        .orElse(null);
  }
}
