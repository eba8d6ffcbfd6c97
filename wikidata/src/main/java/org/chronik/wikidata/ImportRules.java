package org.chronik.wikidata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

/**
 * The mapping tables: offices (P39 values) → Chronik roles, and classes (P31 values) → actor type
 * and sector. Loaded once from {@code actors/wikidata/offices.tsv} and {@code classes.tsv}.
 */
final class ImportRules {
  static final String FOLDER = "actors/wikidata/";
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** @param country null when the dump or the endpoint must say it */
  record Office(String id, String label, String role, String country, String sector) {}

  record ClassRule(String id, ActorType type, String sector) {}

  private final Map<String, Office> offices;
  private final Map<String, ClassRule> classes;
  private final LongSet wanted = new LongSet();

  ImportRules(List<Tsv.Row> officeRows, List<Tsv.Row> classRows) {
    Map<String, Office> o = new LinkedHashMap<>();
    for (Tsv.Row row : officeRows) {
      if (!row.field(0).equals("office")) {
        String id = qid(row);
        o.put(id, new Office(id, row.field(1), required(row, 2), blankToNull(row.field(3)), row.field(4).isEmpty() ? "GOV" : row.field(4)));
      }
    }
    Map<String, ClassRule> c = new LinkedHashMap<>();
    for (Tsv.Row row : classRows) {
      if (!row.field(0).equals("class")) {
        String id = qid(row);
        c.put(id, new ClassRule(id, ActorType.valueOf(required(row, 2)), blankToNull(row.field(3))));
      }
    }
    this.offices = java.util.Collections.unmodifiableMap(o);
    this.classes = c;
    o.keySet().forEach(id -> wanted.add(number(id)));
    c.keySet().forEach(id -> wanted.add(number(id)));
  }

  /** The shipped tables. */
  static ImportRules standard() {
    return of(null, null);
  }

  /** The tables in these files; null for the shipped one. */
  static ImportRules of(java.nio.file.Path offices, java.nio.file.Path classes) {
    return new ImportRules(offices == null ? Tsv.resource(FOLDER + "offices.tsv") : Tsv.file(offices),
        classes == null ? Tsv.resource(FOLDER + "classes.tsv") : Tsv.file(classes));
  }

  Map<String, Office> offices() {
    return offices;
  }

  Office office(String id) {
    return offices.get(id);
  }

  /** The first rule, in table order, among {@code classIds}; null when none applies. */
  ClassRule firstClass(List<String> classIds) {
    for (ClassRule rule : classes.values()) {
      if (classIds.contains(rule.id())) {
        return rule;
      }
    }
    return null;
  }

  /** Numbers of the offices and classes: a line that names none of them (and no ISO code) is skipped unparsed. */
  LongSet wantedIds() {
    return wanted;
  }

  static long number(String qid) {
    return Long.parseLong(qid.substring(1));
  }

  private static String qid(Tsv.Row row) {
    String id = row.field(0);
    if (!QID.matcher(id).matches()) {
      throw new IllegalStateException(row.where() + ": bad Wikidata id \"" + id + "\"");
    }
    return id;
  }

  private static String required(Tsv.Row row, int i) {
    if (row.field(i).isEmpty()) {
      throw new IllegalStateException(row.where() + ": column " + (i + 1) + " is empty");
    }
    return row.field(i);
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s.strip();
  }
}
