package org.chronik.pipeline.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.chronik.model.io.Tsv;

/**
 * Reads the actor files into maps. Which format a line has is told by the header line before it
 * (column names, see {@link ActorFileLayout}), else by its number of columns: 3 capitals, 5
 * organisations, 6 countries, 7 people (see actors/README.md). A bad line is skipped with one
 * warning naming the file and line; the rest goes on.
 */
final class ActorFiles {
  static final String FOLDER = "actors/";
  private static final Set<String> HEADER_FIRST_FIELDS = Set.of("name", "iso3", "role");

  record Loaded(
      Map<String, CountryEntry> countries,
      Map<String, CapitalEntry> capitals,
      Map<String, OrganizationEntry> organizations,
      Map<String, List<PersonTerm>> people,
      Map<String, String> roleLabels,
      Map<String, String> presidentRoles,
      Map<String, String[]> englishNames,
      Map<String, String> igoOffices,
      List<String> warnings) {}

  private final Loaded loaded =
      new Loaded(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
          new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());

  private ActorFiles() {}

  static Loaded load(List<Path> extra) {
    ActorFiles files = new ActorFiles();
    for (Tsv.Row row : Tsv.resource(FOLDER + "roles.tsv")) {
      if (!HEADER_FIRST_FIELDS.contains(row.field(0))) {
        files.loaded.roleLabels().put(row.field(0), row.field(1));
      }
    }
    for (Tsv.Row row : Tsv.resource(FOLDER + "presidents.tsv")) {
      if (!row.field(0).equals("country")) {
        files.loaded.presidentRoles().put(row.field(0), row.field(1));
      }
    }
    for (Tsv.Row row : Tsv.resource(FOLDER + "english-names.tsv")) {
      if (!row.field(0).equals("iso3")) {
        files.loaded.englishNames().put(row.field(0), new String[] {row.field(1), row.field(2)});
      }
    }
    for (Tsv.Row row : Tsv.resource(FOLDER + "igo-offices.tsv")) {
      if (!row.field(0).equals("organization")) {
        files.loaded.igoOffices().put(row.field(0) + "\t" + row.field(1), row.field(2));
      }
    }
    files.add(Tsv.resource(FOLDER + "countries.tsv"), new java.util.HashSet<>());
    files.add(Tsv.resource(FOLDER + "capitals.tsv"), new java.util.HashSet<>());
    files.add(Tsv.resource(FOLDER + "organizations.tsv"), new java.util.HashSet<>());
    files.add(Tsv.resource(FOLDER + "places.tsv"), new java.util.HashSet<>()); // organisations' layout, type LOCATION
    files.add(Tsv.resource(FOLDER + "cities.tsv"), new java.util.HashSet<>()); // the same layout: cities and towns
    files.add(Tsv.resource(FOLDER + "regions.tsv"), new java.util.HashSet<>()); // the same layout: states, Länder, provinces
    files.add(Tsv.optionalResource(FOLDER + "people.tsv"), new java.util.HashSet<>());
    for (Path path : extra) {
      for (Path file : filesOf(path)) {
        files.add(Tsv.file(file), new java.util.HashSet<>());
      }
    }
    return files.loaded;
  }

  /** A folder stands for its files named like the built-in ones (as actors import-wikidata writes them); a file for itself. */
  private static List<Path> filesOf(Path path) {
    if (!java.nio.file.Files.isDirectory(path)) {
      return List.of(path);
    }
    return java.util.Arrays.stream(ActorFileKind.values()).map(k -> path.resolve(k.fileName())).filter(java.nio.file.Files::isRegularFile).toList();
  }

  /** {@code replacedPeople} collects the people this file has started, so their older terms go. */
  private void add(List<Tsv.Row> rows, Set<String> replacedPeople) {
    ActorFileRow.forEach(rows, loaded.warnings(), parsed -> {
      Tsv.Row row = parsed.tsv();
      String wikidata = parsed.wikidata();
      try {
        switch (parsed.kind()) {
          case CAPITALS -> capital(row, wikidata);
          case ORGANIZATIONS -> organization(row, wikidata);
          case COUNTRIES -> country(row, wikidata);
          case PEOPLE -> person(row, wikidata, replacedPeople);
        }
      } catch (IllegalArgumentException e) {
        loaded.warnings().add(row.where() + ": " + e.getMessage());
      }
    });
  }

  private void capital(Tsv.Row row, String wikidata) {
    String country = required(row, 0, "country");
    loaded.capitals().put(required(row, 1, "name"), new CapitalEntry(country, row.field(1), Tsv.list(row.field(2)), wikidata));
  }

  private void organization(Tsv.Row row, String wikidata) {
    String name = required(row, 0, "name");
    ActorType type = type(row.field(2));
    loaded.organizations().put(name, new OrganizationEntry(name, Tsv.list(row.field(1)), type, blankToNull(row.field(3)), blankToNull(row.field(4)), wikidata));
  }

  private void country(Tsv.Row row, String wikidata) {
    String key = required(row, 0, "iso3");
    loaded.countries().put(key, new CountryEntry(key, required(row, 1, "name"), type(row.field(2)), Tsv.list(row.field(3)), Tsv.list(row.field(4)), Tsv.list(row.field(5)), wikidata));
  }

  private void person(Tsv.Row row, String wikidata, Set<String> replacedPeople) {
    String name = required(row, 0, "name");
    PartialDate from = date(row.field(5));
    PartialDate to = date(row.field(6));
    if (from != null && to != null && to.end().isBefore(from.start())) {
      throw new IllegalArgumentException("term ends (" + to + ") before it starts (" + from + ")");
    }
    if (replacedPeople.add(name)) {
      loaded.people().remove(name);
    }
    PersonTerm term = new PersonTerm(name, Tsv.list(row.field(1)), blankToNull(row.field(2)), blankToNull(row.field(3)), blankToNull(row.field(4)), from, to, wikidata);
    loaded.people().computeIfAbsent(name, k -> new ArrayList<>()).add(term);
  }

  private static ActorType type(String field) {
    try {
      return ActorType.valueOf(field.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown actor type \"" + field + "\"");
    }
  }

  private static PartialDate date(String field) {
    return field.isBlank() ? null : PartialDate.parse(field);
  }

  private static String required(Tsv.Row row, int i, String what) {
    String value = row.field(i);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty " + what);
    }
    return value;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
