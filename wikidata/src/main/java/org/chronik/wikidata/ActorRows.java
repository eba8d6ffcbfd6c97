package org.chronik.wikidata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;

/**
 * Turns a harvest into rows of the actor files: one people row per term of a mapped office, one
 * organisation row per entity of a mapped class, one country row per ISO code. Offices get their
 * country from the mapping table, else from the office's jurisdiction or country in Wikidata.
 */
final class ActorRows {
  private static final String SOURCE = "wikidata";

  private final Harvest harvest;
  private final ImportRules rules;
  private final ImportOptions options;
  private final ImportReport report;
  private final Map<String, String> iso3ById = new HashMap<>();

  ActorRows(Harvest harvest, ImportRules rules, ImportOptions options, ImportReport report) {
    this.harvest = harvest;
    this.rules = rules;
    this.options = options;
    this.report = report;
    harvest.countries.values().forEach(c -> iso3ById.put(c.id(), c.iso3()));
  }

  ActorSet build() {
    ActorSet set = new ActorSet();
    people(set);
    organizations(set);
    countries(set);
    return set;
  }

  /** The country key of an office: the table's, else the first jurisdiction with an ISO code; null if none. */
  String officeCountry(ImportRules.Office office) {
    if (office.country() != null) {
      return office.country();
    }
    Harvest.OfficeEntity entity = harvest.offices.get(office.id());
    if (entity == null) {
      return null;
    }
    return entity.jurisdictions().stream().map(iso3ById::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  private void people(ActorSet set) {
    Map<String, String> countryByOffice = new HashMap<>();
    for (ImportRules.Office office : rules.offices().values()) {
      String country = officeCountry(office);
      if (country != null) {
        countryByOffice.put(office.id(), country);
      }
    }
    Set<String> names = new HashSet<>();
    Set<String> warned = new HashSet<>();
    for (Harvest.Person person : byNumber(harvest.people.values(), Harvest.Person::id)) {
      String name = person.names().name();
      if (!names.add(name)) {
        report.count("people renamed: name taken by another entity");
        name = name + " (" + person.id() + ")";
        names.add(name);
      }
      boolean first = true;
      for (Harvest.Term term : person.terms().stream().distinct().sorted(Comparator.comparing(Harvest.Term::from)).toList()) {
        ImportRules.Office office = rules.office(term.office());
        String country = countryByOffice.get(term.office());
        if (country == null) {
          report.count("terms left out: office without country");
          if (warned.add(office.id())) {
            report.warn("office " + office.id() + " (" + office.label() + ") names no country with an ISO code in Wikidata"
                + " and none in offices.tsv: its terms are left out");
          }
          continue;
        }
        String aliases = first ? String.join("|", person.names().personAliases()) : "";
        set.add(new ActorFileRow(ActorFileKind.PEOPLE,
            List.of(name, aliases, country, office.sector(), office.role(), term.from(), term.to() == null ? "" : term.to()),
            person.id(), SOURCE, 0));
        report.count("people rows");
        first = false;
      }
    }
  }

  private void organizations(ActorSet set) {
    Set<String> names = new HashSet<>();
    for (Harvest.Organization org : byNumber(harvest.organizations.values(), Harvest.Organization::id)) {
      if (endedBefore(org.dissolved())) {
        report.count("organisations dissolved before --since left out");
        continue;
      }
      if (!names.add(org.names().name())) {
        report.count("organisations left out: name taken by another entity");
        continue;
      }
      ActorType type = org.rule().type();
      String country = type == ActorType.IGO ? igoKey(org) : org.countries().stream().map(iso3ById::get)
          .filter(java.util.Objects::nonNull).findFirst().orElse("");
      set.add(new ActorFileRow(ActorFileKind.ORGANIZATIONS,
          List.of(org.names().name(), String.join("|", org.names().organizationAliases()), type.name(), country,
              org.rule().sector() == null ? "" : org.rule().sector()),
          org.id(), SOURCE, 0));
      report.count("organisation rows");
    }
  }

  private void countries(ActorSet set) {
    Set<String> done = new HashSet<>();
    for (Harvest.Country c : byNumber(harvest.countries.values(), Harvest.Country::id)) {
      if (!c.countryClass() || c.names() == null || endedBefore(c.dissolved()) || !done.add(c.iso3())) {
        continue;
      }
      List<String> german = c.german();
      set.add(new ActorFileRow(ActorFileKind.COUNTRIES,
          List.of(c.iso3(), c.names().name(), ActorType.COUNTRY.name(), String.join("|", german), "", ""), c.id(), SOURCE, 0));
      report.count("country rows");
    }
  }

  /** "IGO." and the organisation's short name (P1813) or first all-capital alias; its Q-id when it has neither. */
  private static String igoKey(Harvest.Organization org) {
    List<String> candidates = new ArrayList<>(org.shortNames());
    candidates.add(org.names().name());
    candidates.addAll(org.names().others());
    for (String c : candidates) {
      if (c.matches("[A-Z][A-Z0-9]{1,9}")) {
        return "IGO." + c;
      }
    }
    return "IGO." + org.id();
  }

  private boolean endedBefore(String date) {
    return date != null && Integer.parseInt(date.substring(0, 4)) < options.since();
  }

  /** Lower Q numbers first: the older, usually better known entity keeps a shared name. */
  private static <T> List<T> byNumber(java.util.Collection<T> items, java.util.function.Function<T, String> id) {
    return items.stream().sorted(Comparator.comparingLong(t -> ImportRules.number(id.apply(t)))).toList();
  }
}
