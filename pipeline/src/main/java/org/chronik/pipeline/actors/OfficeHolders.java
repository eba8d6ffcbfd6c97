package org.chronik.pipeline.actors;

import java.util.Optional;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;

/**
 * Who holds an office on the article's date: a state's office ("Foreign Minister of Iran") or an
 * international body's (igo-offices.tsv: "UN-Generalsekretär" is the UN Secretary-General). When
 * nobody known holds it, the office itself is the actor ("office:NRU:FOREIGN_MINISTER").
 */
final class OfficeHolders {
  private final ActorDictionary dictionary;
  private final PartialDate date;

  OfficeHolders(ActorDictionary dictionary, PartialDate date) {
    this.dictionary = dictionary;
    this.date = date;
  }

  /** The person holding {@code role} in {@code country} on the date, else the office itself. */
  ActorRef holderOrOffice(String country, String role, String sector) {
    String holder = dictionary.holder(country, role, date)
        .or(() -> "HEAD_OF_GOVERNMENT".equals(role) ? dictionary.holder(country, "HEAD_OF_STATE", date) : Optional.empty())
        .orElse(null);
    return holder != null ? person(holder)
        : new ActorRef("office:" + country + ":" + role, dictionary.roleLabel(role, country), ActorType.PERSON, country, sector,
            dictionary.roleLabel(role, country));
  }

  /**
   * The holder of the office a title's role means for organisation {@code org} ("United Nations" +
   * IGO_LEADER), or empty when the organisation has no such office listed.
   */
  Optional<ActorRef> igoHolder(OrganizationEntry org, String titleRole) {
    return dictionary.igoOffice(org.name(), titleRole).map(office -> holderOrOffice(org.country(), office, "IGO"));
  }

  /** The office an international body's title has of its own ("Kommissionspräsidentin": IGO.EU). */
  boolean isIgo(String country) {
    return country != null && country.startsWith("IGO.");
  }

  /** Roles one person holds at a time in a country, so the office can stand as an actor when its holder is unknown. */
  boolean isSingleOffice(String role) {
    return !role.equals("SPOKESPERSON") && !role.equals("OTHER") && !role.equals("IGO_LEADER") && !role.equals("IGO_OFFICIAL")
        && !role.equals("ARMED_GROUP_LEADER") && !role.equals("PARTY_LEADER");
  }

  ActorRef person(String name) {
    return dictionary.personRef(name, date);
  }
}
