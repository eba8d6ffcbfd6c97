package org.chronik.pipeline.actors;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;

/**
 * Who is who: countries, capitals, organisations and people with dated roles, loaded once and
 * immutable. Extra files extend the built-in ones; an entry with the same key (ISO code, canonical
 * name) replaces the earlier one, and a person in a later file replaces all earlier terms of that person.
 */
public final class ActorDictionary {
  private final Map<String, CountryEntry> countries;
  private final Map<String, CapitalEntry> capitals;
  private final Map<String, OrganizationEntry> organizations;
  private final Map<String, List<PersonTerm>> people;
  private final Map<String, String> roleLabels;
  private final Map<String, String> presidentRoles;
  private final Map<String, String[]> englishNames;
  private final Map<String, String> igoOffices;
  private final Map<String, OrganizationEntry> organizationsByAlias = new HashMap<>();
  private final List<String> warnings;
  private final PartyTerms partyTerms = PartyTerms.load();

  ActorDictionary(ActorFiles.Loaded loaded) {
    this.countries = Collections.unmodifiableMap(loaded.countries());
    this.capitals = Collections.unmodifiableMap(loaded.capitals());
    this.organizations = Collections.unmodifiableMap(loaded.organizations());
    Map<String, List<PersonTerm>> copy = new LinkedHashMap<>();
    loaded.people().forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.people = Collections.unmodifiableMap(copy);
    this.roleLabels = Collections.unmodifiableMap(loaded.roleLabels());
    this.presidentRoles = Collections.unmodifiableMap(loaded.presidentRoles());
    this.englishNames = Collections.unmodifiableMap(loaded.englishNames());
    this.igoOffices = Collections.unmodifiableMap(loaded.igoOffices());
    this.warnings = List.copyOf(loaded.warnings());
    for (OrganizationEntry org : organizations.values()) {
      organizationsByAlias.put(fold(org.name()), org);
      for (String alias : org.aliases()) {
        organizationsByAlias.putIfAbsent(fold(alias), org);
      }
    }
  }

  /** The built-in dictionaries only. */
  public static ActorDictionary standard() {
    return load(List.of());
  }

  /** The built-in dictionaries extended by {@code extra} files (format told by their header or columns). */
  public static ActorDictionary load(List<Path> extra) {
    return new ActorDictionary(ActorFiles.load(extra));
  }

  public Collection<CountryEntry> countries() {
    return countries.values();
  }

  public Optional<CountryEntry> country(String key) {
    return Optional.ofNullable(key == null ? null : countries.get(key));
  }

  public Collection<CapitalEntry> capitals() {
    return capitals.values();
  }

  public Collection<OrganizationEntry> organizations() {
    return organizations.values();
  }

  /** The organisation whose canonical name or alias is {@code name}, ignoring case and accents. */
  public Optional<OrganizationEntry> organization(String name) {
    return Optional.ofNullable(organizationsByAlias.get(fold(name)));
  }

  public Map<String, List<PersonTerm>> people() {
    return people;
  }

  /** Problems met while loading, one line each naming the file and line. */
  public List<String> warnings() {
    return warnings;
  }

  /** The person holding {@code role} in {@code country} on {@code date} (the longest overlap wins). */
  public Optional<String> holder(String country, String unresolvedRole, PartialDate date) {
    String role = effectiveRole(unresolvedRole, country);
    PersonTerm best = null;
    long bestOverlap = 0;
    for (List<PersonTerm> terms : people.values()) {
      for (PersonTerm t : terms) {
        if (role.equals(t.role()) && country.equals(t.country())) {
          long overlap = date == null ? (t.to() == null ? 1 : 0) : t.overlapDays(date);
          if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && later(t, best))) {
            best = t;
            bestOverlap = overlap;
          }
        }
      }
    }
    return Optional.ofNullable(best).map(PersonTerm::name);
  }

  /**
   * The person as an actor on {@code date}: country, sector and role of the term that covers the date
   * best; when none covers it, of the term nearest before it (a former office holder keeps the
   * country and sector), else of the first term.
   */
  public ActorRef personRef(String name, PartialDate date) {
    List<PersonTerm> terms = people.getOrDefault(name, List.of());
    PersonTerm best = null;
    long bestOverlap = 0;
    for (PersonTerm t : terms) {
      long overlap = date == null ? (t.to() == null ? 1 : 0) : t.overlapDays(date);
      if (overlap > bestOverlap || (overlap > 0 && overlap == bestOverlap && rank(t) < rank(best))) {
        best = t;
        bestOverlap = overlap;
      }
    }
    if (best == null || best.role() == null) {
      best = nearestBefore(terms, date);
      return personRef(name, best, null);
    }
    return personRef(name, best, roleLabel(best.role(), best.country()));
  }

  /** The person as an actor in the office of one of their terms ({@code term} null: no country). */
  public ActorRef personRef(String name, PersonTerm term, String role) {
    String country = term == null ? null : term.country();
    String sector = term == null ? null : term.sector();
    String wikidata = people.getOrDefault(name, List.of()).stream().map(PersonTerm::wikidata).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    return new ActorRef("person:" + slug(name), name, ActorType.PERSON, country, sector, role, wikidata);
  }

  private static PersonTerm nearestBefore(List<PersonTerm> terms, PartialDate date) {
    PersonTerm best = terms.isEmpty() ? null : terms.get(0);
    for (PersonTerm t : terms) {
      boolean before = date == null || t.from() == null || !t.from().start().isAfter(date.end());
      if (before && (best == null || later(t, best))) {
        best = t;
      }
    }
    return best;
  }

  /** Roles of one person that matter more come first when two terms cover the same date. */
  private int rank(PersonTerm t) {
    return t == null ? Integer.MAX_VALUE : new ArrayList<>(roleLabels.keySet()).indexOf(t.role());
  }

  private static boolean later(PersonTerm a, PersonTerm b) {
    if (b == null || b.from() == null) {
      return true;
    }
    return a.from() != null && a.from().compareTo(b.from()) > 0;
  }

  /** "Head of State of China"; the bare label when the country is unknown. */
  /**
   * The role a title's role stands for in {@code country}: PRESIDENT (the title "Präsident") is the
   * head of state, except where actors/presidents.tsv says the president holds another office (Iran's
   * president is head of government; the Supreme Leader is head of state).
   */
  public String effectiveRole(String role, String country) {
    return PRESIDENT.equals(role) ? presidentRoles.getOrDefault(country, "HEAD_OF_STATE") : role;
  }

  /** The role of the title "Präsident", resolved per country by {@link #effectiveRole}. */
  public static final String PRESIDENT = "PRESIDENT";

  public String roleLabel(String unresolvedRole, String country) {
    String role = effectiveRole(unresolvedRole, country);
    String label = roleLabels.getOrDefault(role, role);
    return country(country).map(c -> label + " of " + c.name()).orElse(label);
  }

  /** The English adjective of a country key ("Sudanese"), else its name. */
  public String englishAdjective(String key) {
    String[] names = englishNames.get(key);
    return names != null && !names[0].isEmpty() ? names[0] : country(key).map(CountryEntry::name).orElse(key);
  }

  /** The country's English name with its article where English uses one ("the United States"). */
  public String definiteName(String key) {
    String[] names = englishNames.get(key);
    return names != null && !names[1].isEmpty() ? names[1] : country(key).map(CountryEntry::name).orElse(key);
  }

  /** The office a title's role means for an international body ("United Nations" + IGO_LEADER: UN_SECRETARY_GENERAL). */
  public Optional<String> igoOffice(String organization, String titleRole) {
    return Optional.ofNullable(igoOffices.get(organization + "\t" + titleRole));
  }

  public ActorRef countryRef(String key, String sector) {
    CountryEntry c = countries.get(key);
    return new ActorRef("country:" + key, c.name(), c.type(), key, sector, null, c.wikidata());
  }

  /** The organisation as an actor on {@code date}: a party's sector by party-terms.tsv (GOV in government, else OPP). */
  public ActorRef organizationRef(OrganizationEntry org, PartialDate date) {
    return new ActorRef("org:" + slug(org.name()), org.name(), org.type(), org.country(), partyTerms.sector(org, date), null, org.wikidata());
  }

  /** The organisations whose sector party-terms.tsv dates. */
  java.util.Set<String> datedParties() {
    return partyTerms.parties();
  }

  public static ActorRef organizationRef(OrganizationEntry org) {
    return new ActorRef("org:" + slug(org.name()), org.name(), org.type(), org.country(), org.sector(), null, org.wikidata());
  }

  /** A lower-case key without accents, hyphens or repeated spaces. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  static String slug(String s) {
    return fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
