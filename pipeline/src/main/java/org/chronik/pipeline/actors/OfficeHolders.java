package org.chronik.pipeline.actors;

import java.util.Optional;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;

/**
 * Who holds an office on the article's date: a state's office ("Foreign Minister of Iran") or an
 * international body's (igo-offices.tsv: "UN-Generalsekretär" is the UN Secretary-General). When
 * nobody known holds it, the office itself is the actor ("office:NRU:FOREIGN_MINISTER"). An
 * undated article has no such day: a holder it names stands for the title (NamedHolders).
 */
final class OfficeHolders {
  private final ActorDictionary dictionary;
  private final PartialDate date;
  private final NamedHolders named;

  OfficeHolders(ActorDictionary dictionary, PartialDate date, NamedHolders named) {
    this.dictionary = dictionary;
    this.date = date;
    this.named = named;
  }

  /**
   * The person holding {@code role} in {@code country} on the date, else the office itself; in an
   * undated article first the holder it names nearest the title at piece {@code at}.
   */
  ActorRef holderOrOffice(String country, String role, String sector, int at) {
    String holder = (date == null ? named.holder(country, role, at) : Optional.<String>empty())
        .or(() -> dictionary.holder(country, role, date))
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
  Optional<ActorRef> igoHolder(OrganizationEntry org, String titleRole, int at) {
    return dictionary.igoOffice(org.name(), titleRole).map(office -> holderOrOffice(org.country(), office, "IGO", at));
  }

  /** Whether anyone holds {@code role} in {@code country}: on the date, or (undated) named in the article. */
  boolean hasHolder(String country, String role, int at) {
    return date == null && named.holder(country, role, at).isPresent() || dictionary.holder(country, role, date).isPresent();
  }

  /** In an undated article, whether {@code person} held {@code role} in some state at some time (people.tsv). */
  boolean heldUndated(ActorRef person, String role) {
    return date == null && named.held(person.name(), null, role);
  }

  /** The office an international body's title has of its own ("Kommissionspräsidentin": IGO.EU). */
  boolean isIgo(String country) {
    return country != null && country.startsWith("IGO.");
  }

  /** Roles one person holds at a time in a country, so the office can stand as an actor when its holder is unknown. */
  static boolean isSingleOffice(String role) {
    return !role.equals("SPOKESPERSON") && !role.equals("OTHER") && !role.equals("IGO_LEADER") && !role.equals("IGO_OFFICIAL")
        && !role.equals("ARMED_GROUP_LEADER") && !role.equals("PARTY_LEADER");
  }

  ActorRef person(String name) {
    return dictionary.personRef(name, date);
  }
}
