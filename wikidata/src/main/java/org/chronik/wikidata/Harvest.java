package org.chronik.wikidata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronik.wikidata.ImportRules.ClassRule;

/**
 * What one pass over the dump keeps, from many threads at once: office holders with their terms,
 * the mapped offices with their jurisdictions, entities with an ISO code, and organisations of a
 * mapped class. Everything else of an entity is dropped as soon as it is read.
 */
final class Harvest {
  static final String HUMAN = "Q5";

  /** A term of office; dates are partial ISO dates, {@code to} null while ongoing. */
  record Term(String office, String from, String to) {}

  record Person(String id, Names names, List<Term> terms) {}

  /** @param jurisdictions P1001 values, then P17 values */
  record OfficeEntity(String id, List<String> jurisdictions) {}

  /** @param german the German label and aliases (countries.tsv's german column) */
  record Country(String id, String iso3, Names names, List<String> german, boolean countryClass, String dissolved) {}

  record Organization(String id, Names names, ClassRule rule, List<String> countries, List<String> shortNames, String dissolved) {}

  final Map<String, Person> people = new ConcurrentHashMap<>();
  final Map<String, OfficeEntity> offices = new ConcurrentHashMap<>();
  final Map<String, Country> countries = new ConcurrentHashMap<>();
  final Map<String, Organization> organizations = new ConcurrentHashMap<>();

  private final ImportRules rules;
  private final ImportOptions options;
  private final ImportReport report;

  Harvest(ImportRules rules, ImportOptions options, ImportReport report) {
    this.rules = rules;
    this.options = options;
    this.report = report;
  }

  void accept(Entity e) {
    if (e.isRedirect()) {
      report.count("redirects skipped");
      return;
    }
    if (e.missing()) {
      report.count("deleted entities skipped");
      return;
    }
    if (rules.office(e.id()) != null) {
      List<String> places = new ArrayList<>(e.values("P1001"));
      places.addAll(e.values("P17"));
      offices.put(e.id(), new OfficeEntity(e.id(), places));
    }
    List<String> classes = e.values("P31");
    Names names = Names.of(e, options.languages());
    List<String> iso = e.values("P298");
    if (!iso.isEmpty()) {
      ClassRule rule = rules.firstClass(classes);
      boolean isCountry = rule != null && rule.type() == org.chronik.model.ActorType.COUNTRY;
      List<String> german = new ArrayList<>();
      if (e.labels().containsKey("de")) {
        german.add(Names.clean(e.labels().get("de")));
      }
      e.aliases().getOrDefault("de", List.of()).forEach(a -> german.add(Names.clean(a)));
      countries.put(e.id(), new Country(e.id(), iso.get(0).toUpperCase(java.util.Locale.ROOT), names, List.copyOf(german), isCountry,
          first(e.values("P576"))));
      return;
    }
    if (classes.contains(HUMAN) && !e.claims("P39").isEmpty()) {
      person(e, names);
      return;
    }
    ClassRule rule = rules.firstClass(classes);
    if (rule != null && rule.type() != org.chronik.model.ActorType.COUNTRY) {
      if (names == null) {
        report.count("organisations without a label in " + options.languages());
        return;
      }
      organizations.put(e.id(), new Organization(e.id(), names, rule, e.values("P17"), e.values("P1813"), first(e.values("P576"))));
    }
  }

  private void person(Entity e, Names names) {
    List<Term> terms = new ArrayList<>();
    for (Entity.Claim claim : e.claims("P39")) {
      if (!claim.main().hasValue() || rules.office(claim.main().value()) == null) {
        continue;
      }
      Term term = term(claim);
      if (term != null) {
        terms.add(term);
      }
    }
    if (terms.isEmpty()) {
      return;
    }
    if (names == null) {
      report.count("office holders without a label in " + options.languages());
      return;
    }
    people.put(e.id(), new Person(e.id(), names, List.copyOf(terms)));
  }

  /** The term a P39 statement gives, or null (counted) when it lacks a start, ends at an unknown date or before --since. */
  private Term term(Entity.Claim claim) {
    Entity.Snak start = claim.qualifier("P580");
    Entity.Snak end = claim.qualifier("P582");
    if (start == null || !start.hasValue()) {
      report.count("terms without start date left out");
      return null;
    }
    if (end != null && end.kind() == Entity.Snak.Kind.SOME_VALUE) {
      report.count("terms with unknown end date left out");
      return null;
    }
    String to = end != null && end.hasValue() ? end.value() : null;
    if (to != null && Integer.parseInt(to.substring(0, 4)) < options.since()) {
      report.count("terms ended before --since left out");
      return null;
    }
    return new Term(claim.main().value(), start.value(), to);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
