package org.chronik.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final String WORD_BREAK = "[\\s-]+";
  /** The people data lists offices from 2000 on (README-people.md): an office listed without a gap since then is known in full. */
  private static final LocalDate COVERED_FROM = LocalDate.of(2000, 12, 31);
  /** A vacancy or a caretaker not listed: a longer gap means the data does not know the office in full. */
  private static final int GAP_DAYS = 120;
  /** The end of a term still held. */
  private static final LocalDate ONGOING = LocalDate.of(9999, 1, 1);
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
    // decision: an undated article's bare title is the holder it names, else the office itself; today's holder
    // would be a guess about the article's year ("die Außenminister des Irans" in a 2015 text is not today's)
    String holder = date == null ? named.holder(country, role, at).orElse(null)
        : dictionary.holder(country, role, date)
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

  /** Whether {@code person} held {@code role} in some state at some time (people.tsv), whatever the article's date. */
  boolean everHeld(ActorRef person, String role) {
    return named.held(person.name(), null, role);
  }

  /** In an undated article, whether {@code person} held {@code role} in some state at some time (people.tsv). */
  boolean heldUndated(ActorRef person, String role) {
    return date == null && named.held(person.name(), null, role);
  }

  /**
   * Whether the office data knows who holds {@code role} in {@code country} and {@code name} shares no word
   * with any holder: "Präsident Dwight D. Eisenhower" in an article about Cuba is no head of state of Cuba.
   * The data knows an office when its holders are listed without a gap from {@link #COVERED_FROM} on (so a
   * holder of those years would be known by name) and, in a dated article, one holds it on the date. Only
   * single offices; a shared word ("Präsident Abd Rabbu Mansur" for Abdrabbuh Mansur Hadi) keeps the office.
   */
  boolean othersHold(String country, String role, String name) {
    if (country == null || isIgo(country) || !isSingleOffice(role)) {
      return false;
    }
    String office = dictionary.effectiveRole(role, country);
    List<PersonTerm> terms = new ArrayList<>();
    for (Map.Entry<String, List<PersonTerm>> person : dictionary.people().entrySet()) {
      List<PersonTerm> held = person.getValue().stream().filter(t -> office.equals(t.role()) && country.equals(t.country())).toList();
      if (!held.isEmpty() && sharesWord(person.getKey(), person.getValue(), name)) {
        return false;
      }
      terms.addAll(held);
    }
    return complete(terms) && (date == null || terms.stream().anyMatch(t -> t.overlapDays(date) > 0));
  }

  /**
   * Whether the people data names a holder of {@code role} in {@code country} on the article's date who shares
   * no word with {@code name}: the name is not that state's office holder. Undated: false.
   */
  boolean heldByOther(String country, String role, String name) {
    if (date == null || country == null || isIgo(country) || !isSingleOffice(role)) {
      return false;
    }
    return dictionary.holder(country, role, date)
        .filter(holder -> !sharesWord(holder, dictionary.people().getOrDefault(holder, List.of()), name)).isPresent();
  }

  /** Whether the terms cover the years from {@link #COVERED_FROM} to the last of them with no gap over {@link #GAP_DAYS}. */
  private static boolean complete(List<PersonTerm> terms) {
    List<PersonTerm> sorted = terms.stream().filter(t -> t.from() != null).sorted(Comparator.comparing(t -> t.from().start())).toList();
    if (sorted.isEmpty() || sorted.get(0).from().start().isAfter(COVERED_FROM)) {
      return false;
    }
    LocalDate reached = sorted.get(0).from().start();
    for (PersonTerm t : sorted) {
      if (t.from().start().isAfter(reached.plusDays(GAP_DAYS))) {
        return false;
      }
      LocalDate end = t.to() == null ? ONGOING : t.to().end();
      reached = end.isAfter(reached) ? end : reached;
    }
    return true;
  }

  /** Whether {@code name} has a word of four letters or more of the person's name or an alias. */
  private static boolean sharesWord(String canonical, List<PersonTerm> terms, String name) {
    Set<String> words = new HashSet<>(List.of(canonical.split(WORD_BREAK)));
    terms.forEach(t -> t.aliases().forEach(alias -> words.addAll(List.of(alias.split(WORD_BREAK)))));
    return Arrays.stream(name.split(WORD_BREAK)).anyMatch(word -> word.length() >= 4 && words.contains(word));
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
