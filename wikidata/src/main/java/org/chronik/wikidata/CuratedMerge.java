package org.chronik.wikidata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;

/**
 * Merges imported rows into the curated ones; curated rows win where both speak. An actor is the
 * same when its Wikidata id matches, else its canonical name. A matched curated row keeps all its
 * fields and gains the Wikidata id. A curated term with an empty end ("still in office as far as the
 * authors knew") takes the end Wikidata gives the same office's term; imported terms that overlap a
 * curated term of the same role and country are dropped, the others are added. The merged people
 * file states each person's whole career, as a user file must (it replaces earlier terms).
 */
final class CuratedMerge {
  private final ImportReport report;

  CuratedMerge(ImportReport report) {
    this.report = report;
  }

  ActorSet merge(ActorSet curated, ActorSet imported) {
    ActorSet out = new ActorSet();
    people(curated.rows(ActorFileKind.PEOPLE), imported.rows(ActorFileKind.PEOPLE)).forEach(out::add);
    byKey(curated.rows(ActorFileKind.ORGANIZATIONS), imported.rows(ActorFileKind.ORGANIZATIONS), "name", "organisations").forEach(out::add);
    byKey(curated.rows(ActorFileKind.COUNTRIES), imported.rows(ActorFileKind.COUNTRIES), "iso3", "countries").forEach(out::add);
    curated.rows(ActorFileKind.CAPITALS).forEach(out::add);
    return out;
  }

  private List<ActorFileRow> people(List<ActorFileRow> curatedRows, List<ActorFileRow> importedRows) {
    Map<String, List<ActorFileRow>> curated = group(curatedRows, r -> r.get("name"));
    Map<String, List<ActorFileRow>> imported = group(importedRows, ActorFileRow::wikidata);
    Map<String, String> curatedById = new HashMap<>();
    curated.forEach((name, rows) -> rows.stream().map(ActorFileRow::wikidata).filter(java.util.Objects::nonNull)
        .findFirst().ifPresent(id -> curatedById.put(id, name)));
    Map<String, List<ActorFileRow>> matched = new HashMap<>();
    List<ActorFileRow> added = new ArrayList<>();
    for (Map.Entry<String, List<ActorFileRow>> person : imported.entrySet()) {
      String id = person.getKey();
      String name = person.getValue().get(0).get("name");
      String curatedName = curatedById.getOrDefault(id, curated.containsKey(name) && !curatedById.containsValue(name) ? name : null);
      if (curatedName != null) {
        matched.put(curatedName, person.getValue());
        report.count("people matched with curated people");
        continue;
      }
      String unique = curated.containsKey(name) ? name + " (" + id + ")" : name;
      for (ActorFileRow row : person.getValue()) {
        added.add(unique.equals(name) ? row : with(row, "name", unique));
      }
      report.count("people added from Wikidata");
    }
    List<ActorFileRow> out = new ArrayList<>();
    curated.forEach((name, rows) -> out.addAll(PersonTerms.merge(rows, matched.getOrDefault(name, List.of()), report)));
    out.addAll(added);
    return out;
  }

  /** Organisations (by name) and countries (by ISO code): the curated row wins and gains the id; new ones are added. */
  private List<ActorFileRow> byKey(List<ActorFileRow> curatedRows, List<ActorFileRow> importedRows, String key, String what) {
    Map<String, ActorFileRow> importedById = new HashMap<>();
    Map<String, ActorFileRow> importedByKey = new HashMap<>();
    for (ActorFileRow row : importedRows) {
      importedById.put(row.wikidata(), row);
      importedByKey.putIfAbsent(fold(row.get(key)), row);
    }
    List<ActorFileRow> out = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    java.util.Set<String> curatedKeys = new java.util.HashSet<>();
    for (ActorFileRow row : curatedRows) {
      curatedKeys.add(fold(row.get(key)));
      ActorFileRow match = row.wikidata() != null ? importedById.get(row.wikidata()) : importedByKey.get(fold(row.get(key)));
      if (match != null && (row.wikidata() == null || row.wikidata().equals(match.wikidata()))) {
        used.add(match.wikidata());
        report.count(what + " matched with curated " + what);
        out.add(row.wikidata() == null ? withId(row, match.wikidata()) : row);
      } else {
        out.add(row);
      }
    }
    for (ActorFileRow row : importedRows) {
      if (used.contains(row.wikidata())) {
        continue;
      }
      if (curatedKeys.contains(fold(row.get(key)))) {
        report.count(what + " left out: key taken by a curated entry of another id");
        continue;
      }
      out.add(row);
      report.count(what + " added from Wikidata");
    }
    return out;
  }

  static ActorFileRow with(ActorFileRow row, String column, String value) {
    List<String> fields = new ArrayList<>(row.fields());
    fields.set(row.kind().columns().indexOf(column), value);
    return new ActorFileRow(row.kind(), fields, row.wikidata(), row.source(), row.line());
  }

  static ActorFileRow withId(ActorFileRow row, String wikidata) {
    return new ActorFileRow(row.kind(), row.fields(), wikidata, row.source(), row.line());
  }

  private static Map<String, List<ActorFileRow>> group(List<ActorFileRow> rows, java.util.function.Function<ActorFileRow, String> key) {
    Map<String, List<ActorFileRow>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return out;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).strip();
  }
}
