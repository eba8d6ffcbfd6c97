package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Known people as actors of one document. A dated article takes the office held on its date. An
 * undated one has no day to pick among a person's offices (Donald Tusk: Polish premier, then EU
 * Council president, then Polish premier again), and the newest office is often the wrong one; when
 * the text puts a title right before the name that one of the person's offices has ("Ratspräsident
 * Donald Tusk", "EU-Ratspräsident Tusk"), that office holds for every mention of the person in the
 * document. The title's role decides; with a country of its own or a body's or state's word before it
 * ("EU-"), the office must be of that country too.
 */
final class TitledPeople {
  private final ActorDictionary dictionary;
  private final PartialDate date;
  private final Map<String, ActorRef> titled = new HashMap<>();

  TitledPeople(ActorDictionary dictionary, PartialDate date, List<Match> matches) {
    this.dictionary = dictionary;
    this.date = date;
    if (date != null) {
      return;
    }
    for (int j = 0; j + 1 < matches.size(); j++) {
      Match title = matches.get(j);
      Match name = matches.get(j + 1);
      if (title.target().kind() != Kind.TITLE || name.from() != title.to() || titled.containsKey(name.target().key())) {
        continue;
      }
      boolean person = name.target().kind() == Kind.PERSON || name.target().kind() == Kind.SHORT_NAME
          && dictionary.people().containsKey(name.target().key());
      if (person) {
        String country = title.target().country() != null ? title.target().country() : countryBefore(matches, j);
        PersonTerm term = office(name.target().key(), title.target().key(), country);
        if (term != null) { // as undated elsewhere, only an office still held gives a role label
          String role = term.to() == null ? dictionary.roleLabel(term.role(), term.country()) : null;
          titled.put(name.target().key(), dictionary.personRef(name.target().key(), term, role));
        }
      }
    }
  }

  /** The person {@code name} as an actor of this document. */
  ActorRef person(String name) {
    ActorRef ref = titled.get(name);
    return ref != null ? ref : dictionary.personRef(name, date);
  }

  /** The country of a state's word or a body right before the title in one compound ("EU-Ratspräsident", "US-Präsident"), or null. */
  private String countryBefore(List<Match> matches, int jTitle) {
    if (jTitle == 0) {
      return null;
    }
    Match before = matches.get(jTitle - 1);
    if (before.to() != matches.get(jTitle).from()) {
      return null;
    }
    return switch (before.target().kind()) {
      case COUNTRY, ADJECTIVE -> before.target().key();
      case ORGANIZATION -> dictionary.organization(before.target().key()).map(OrganizationEntry::country).orElse(null);
      default -> null;
    };
  }

  /**
   * The person's office with the title's role (and the title's country, when it has one), or null;
   * of several terms in it, one still held, else the last one listed.
   */
  private PersonTerm office(String name, String role, String country) {
    PersonTerm best = null;
    for (PersonTerm t : dictionary.people().getOrDefault(name, List.of())) {
      if (role.equals(t.role()) && (country == null || country.equals(t.country())) && (best == null || best.to() != null)) {
        best = t;
      }
    }
    return best;
  }
}
