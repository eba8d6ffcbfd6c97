package org.chronik.wikidata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quick refresh: the holders of exactly the offices in offices.tsv, asked from a SPARQL
 * endpoint in three paged queries (terms, the offices' countries, the holders' names). The answers
 * become entities of the dump's shape and go through the same harvest, so both paths write the same files.
 */
final class SparqlImport {
  private static final String PREFIXES = """
      PREFIX wd: <http://www.wikidata.org/entity/>
      PREFIX wdt: <http://www.wikidata.org/prop/direct/>
      PREFIX p: <http://www.wikidata.org/prop/>
      PREFIX ps: <http://www.wikidata.org/prop/statement/>
      PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
      PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
      PREFIX wikibase: <http://wikiba.se/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <http://schema.org/>
      """;
  /** Holders per names query: keeps each request small. */
  static final int NAMES_BATCH = 200;

  private final SparqlClient client;
  private final ImportRules rules;
  private final ImportOptions options;
  private final ImportReport report;

  SparqlImport(SparqlClient client, ImportRules rules, ImportOptions options, ImportReport report) {
    this.client = client;
    this.rules = rules;
    this.options = options;
    this.report = report;
  }

  void run(Harvest harvest) throws IOException {
    String offices = rules.offices().keySet().stream().map(id -> "wd:" + id).collect(Collectors.joining(" "));
    Map<String, List<Entity.Claim>> positions = new LinkedHashMap<>();
    for (Map<String, String> row : client.selectAll(termsQuery(offices))) {
      Map<String, List<Entity.Snak>> qualifiers = new HashMap<>();
      snak(row, "start").ifPresent(s -> qualifiers.put("P580", List.of(s)));
      snak(row, "end").ifPresent(s -> qualifiers.put("P582", List.of(s)));
      Entity.Claim claim = new Entity.Claim(new Entity.Snak(Entity.Snak.Kind.VALUE, id(row.get("office")), null), qualifiers);
      positions.computeIfAbsent(id(row.get("person")), k -> new ArrayList<>()).add(claim);
    }
    report.add("sparql position statements", positions.values().stream().mapToInt(List::size).sum());
    officeCountries(offices, harvest);
    Map<String, Entity> names = names(new ArrayList<>(positions.keySet()));
    positions.forEach((person, claims) -> {
      Entity n = names.getOrDefault(person, new Entity(person, Map.of(), Map.of(), null, Map.of(), null, false));
      harvest.accept(new Entity(person, n.labels(), n.aliases(), n.enwiki(),
          Map.of("P31", List.of(value(Harvest.HUMAN)), "P39", claims), null, false));
    });
  }

  private static String termsQuery(String offices) {
    return PREFIXES + """
        SELECT ?statement ?person ?office ?start ?startPrecision ?end ?endPrecision ?endRaw WHERE {
          VALUES ?office { %s }
          ?person p:P39 ?statement .
          ?statement ps:P39 ?office ; wikibase:rank ?rank .
          FILTER(?rank != wikibase:DeprecatedRank)
          ?person wdt:P31 wd:Q5 .
          OPTIONAL { ?statement pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision ] }
          OPTIONAL { ?statement pq:P582 ?endRaw }
          OPTIONAL { ?statement pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision ] }
        }
        ORDER BY ?statement""".formatted(offices);
  }

  /** Each office's jurisdiction (P1001) and country (P17) with their ISO codes, as entities for the harvest. */
  private void officeCountries(String offices, Harvest harvest) throws IOException {
    String query = PREFIXES + """
        SELECT ?office ?place ?order ?iso WHERE {
          VALUES ?office { %s }
          { ?office wdt:P1001 ?place . BIND(1 AS ?order) } UNION { ?office wdt:P17 ?place . BIND(2 AS ?order) }
          OPTIONAL { ?place wdt:P298 ?iso }
        }
        ORDER BY ?office ?order ?place""".formatted(offices);
    Map<String, Map<String, List<Entity.Claim>>> places = new LinkedHashMap<>();
    for (Map<String, String> row : client.selectAll(query)) {
      String property = "1".equals(row.get("order")) ? "P1001" : "P17";
      places.computeIfAbsent(id(row.get("office")), k -> new HashMap<>()).computeIfAbsent(property, k -> new ArrayList<>())
          .add(value(id(row.get("place"))));
      if (row.get("iso") != null) {
        harvest.accept(new Entity(id(row.get("place")), Map.of(), Map.of(), null, Map.of("P298", List.of(value(row.get("iso")))), null, false));
      }
    }
    places.forEach((office, claims) -> harvest.accept(new Entity(office, Map.of(), Map.of(), null, claims, null, false)));
  }

  /** Labels, aliases and English Wikipedia titles of the holders, {@value #NAMES_BATCH} at a time. */
  private Map<String, Entity> names(List<String> people) throws IOException {
    String languages = options.languages().stream().map(l -> "\"" + l.replaceAll("[^a-z-]", "") + "\"").collect(Collectors.joining(", "));
    Map<String, Map<String, String>> labels = new HashMap<>();
    Map<String, Map<String, List<String>>> aliases = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (int i = 0; i < people.size(); i += NAMES_BATCH) {
      String values = people.subList(i, Math.min(people.size(), i + NAMES_BATCH)).stream().map(id -> "wd:" + id).collect(Collectors.joining(" "));
      String query = PREFIXES + """
          SELECT ?person ?kind ?text (LANG(?text) AS ?lang) WHERE {
            VALUES ?person { %s }
            { ?person rdfs:label ?text . BIND("label" AS ?kind) }
            UNION { ?person skos:altLabel ?text . BIND("alias" AS ?kind) }
            UNION { ?article schema:about ?person ; schema:isPartOf <https://en.wikipedia.org/> ; schema:name ?text . BIND("enwiki" AS ?kind) }
            FILTER(?kind = "enwiki" || LANG(?text) IN (%s))
          }
          ORDER BY ?person ?kind ?text""".formatted(values, languages);
      for (Map<String, String> row : client.selectAll(query)) {
        String person = id(row.get("person"));
        String text = row.get("text");
        switch (row.getOrDefault("kind", "")) {
          case "label" -> labels.computeIfAbsent(person, k -> new HashMap<>()).put(row.get("lang"), text);
          case "alias" -> aliases.computeIfAbsent(person, k -> new HashMap<>()).computeIfAbsent(row.get("lang"), k -> new ArrayList<>()).add(text);
          case "enwiki" -> titles.put(person, text);
          default -> report.count("sparql name rows of unknown kind");
        }
      }
    }
    Map<String, Entity> out = new HashMap<>();
    for (String person : people) {
      out.put(person, new Entity(person, labels.getOrDefault(person, Map.of()), aliases.getOrDefault(person, Map.of()), titles.get(person),
          Map.of(), null, false));
    }
    return out;
  }

  /** A time qualifier of a row: a partial date, or "unknown" when the endpoint gives the qualifier without a time. */
  private static java.util.Optional<Entity.Snak> snak(Map<String, String> row, String name) {
    String time = row.get(name);
    if (time != null) {
      String precision = row.getOrDefault(name + "Precision", "11");
      return java.util.Optional.of(new Entity.Snak(Entity.Snak.Kind.VALUE, WikidataTime.partialDate(time, Integer.parseInt(precision)), null));
    }
    if (name.equals("end") && row.get("endRaw") != null) {
      return java.util.Optional.of(new Entity.Snak(Entity.Snak.Kind.SOME_VALUE, null, null));
    }
    return java.util.Optional.empty();
  }

  private static Entity.Claim value(String value) {
    return new Entity.Claim(new Entity.Snak(Entity.Snak.Kind.VALUE, value, null), Map.of());
  }

  /** "http://www.wikidata.org/entity/Q42" → "Q42". */
  static String id(String uri) {
    return uri == null ? null : uri.substring(uri.lastIndexOf('/') + 1);
  }
}
