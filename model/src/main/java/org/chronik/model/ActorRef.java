package org.chronik.model;

/**
 * An actor as it stands in a document at a given date.
 *
 * @param id stable key of the actor in the dictionaries (e.g. "person:xi-jinping", "country:CHN"),
 *     or a generated key for actors the dictionaries do not know
 * @param name canonical English name ("Xi Jinping", "China")
 * @param country country-level key: ISO3, "IGO.UN", or a region code ("WST"); null when unknown
 * @param sector GOV, MIL, BUS, MED, …; null when unknown or not applicable
 * @param role the role held at the relevant date ("President of China"), or null
 * @param wikidata the actor's Wikidata id ("Q148" for China), or null when the dictionaries give none
 */
public record ActorRef(String id, String name, ActorType type, String country, String sector, String role, String wikidata) {
  /** An actor without Wikidata id. */
  public ActorRef(String id, String name, ActorType type, String country, String sector, String role) {
    this(id, name, type, country, sector, role, null);
  }
}
