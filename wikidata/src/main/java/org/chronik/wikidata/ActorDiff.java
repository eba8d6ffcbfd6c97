package org.chronik.wikidata;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;

/**
 * What changed between two sets of actor files, for review before a refresh is used: new office
 * holders, ended terms, changed or removed terms, new and removed aliases, organisations and
 * countries, and ids gained. An actor is the same when its Wikidata id matches, else its name.
 */
public final class ActorDiff {
  /** One change; {@code detail} says role, country and dates for terms, the alias for aliases. */
  public record Change(String change, String kind, String actor, String wikidata, String detail) {
    String line() {
      return String.join("\t", change, kind, actor, wikidata == null ? "" : wikidata, detail);
    }
  }

  private final List<Change> changes = new ArrayList<>();

  private ActorDiff() {}

  /** The changes from {@code old} to {@code now}: folders, files, or "builtin" for the shipped files. */
  public static List<Change> compare(String old, String now, List<String> warnings) {
    return compare(load(old, warnings), load(now, warnings));
  }

  static ActorSet load(String where, List<String> warnings) {
    return where.equals("builtin") ? ActorSet.builtIn(warnings) : ActorSet.read(Path.of(where), warnings);
  }

  static List<Change> compare(ActorSet old, ActorSet now) {
    ActorDiff diff = new ActorDiff();
    diff.people(old.rows(ActorFileKind.PEOPLE), now.rows(ActorFileKind.PEOPLE));
    diff.entries("organisation", old.rows(ActorFileKind.ORGANIZATIONS), now.rows(ActorFileKind.ORGANIZATIONS), "name", "aliases");
    diff.entries("country", old.rows(ActorFileKind.COUNTRIES), now.rows(ActorFileKind.COUNTRIES), "iso3", "german");
    diff.changes.sort(Comparator.comparing(Change::change).thenComparing(Change::actor).thenComparing(Change::detail));
    return diff.changes;
  }

  /** Tab-separated lines (change, kind, actor, wikidata, detail) after a header. */
  public static void print(List<Change> changes, PrintStream out) {
    out.println("change\tkind\tactor\twikidata\tdetail");
    changes.forEach(c -> out.println(c.line()));
  }

  /** Counts per change, for a summary line. */
  public static Map<String, Integer> summary(List<Change> changes) {
    Map<String, Integer> out = new TreeMap<>();
    changes.forEach(c -> out.merge(c.change(), 1, Integer::sum));
    return out;
  }

  private void people(List<ActorFileRow> oldRows, List<ActorFileRow> newRows) {
    Map<String, List<ActorFileRow>> old = group(oldRows);
    Map<String, String> oldById = new HashMap<>();
    old.forEach((name, rows) -> rows.stream().map(ActorFileRow::wikidata).filter(java.util.Objects::nonNull).findFirst()
        .ifPresent(id -> oldById.put(id, name)));
    Set<String> seen = new LinkedHashSet<>();
    group(newRows).forEach((name, rows) -> {
      String id = rows.stream().map(ActorFileRow::wikidata).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      String oldName = id != null && oldById.containsKey(id) ? oldById.get(id) : old.containsKey(name) ? name : null;
      List<ActorFileRow> before = oldName == null ? List.of() : old.get(oldName);
      seen.add(oldName);
      terms(name, id, before, rows);
      if (oldName != null) {
        aliases("person", name, id, aliases(before, "aliases"), aliases(rows, "aliases"));
        if (id != null && before.stream().allMatch(r -> r.wikidata() == null)) {
          changes.add(new Change("new id", "person", name, id, ""));
        }
      }
    });
    old.forEach((name, rows) -> {
      if (!seen.contains(name)) {
        rows.forEach(r -> changes.add(new Change("removed term", "person", name, r.wikidata(), term(r))));
      }
    });
  }

  private void terms(String name, String id, List<ActorFileRow> before, List<ActorFileRow> after) {
    Map<String, ActorFileRow> old = new HashMap<>();
    before.forEach(r -> old.put(termKey(r), r));
    Set<String> kept = new java.util.HashSet<>();
    for (ActorFileRow r : after) {
      ActorFileRow was = old.get(termKey(r));
      kept.add(termKey(r));
      if (was == null) {
        changes.add(new Change("new holder", "person", name, id, term(r)));
      } else if (was.get("to").isEmpty() && !r.get("to").isEmpty()) {
        changes.add(new Change("ended term", "person", name, id, term(r)));
      } else if (!was.get("to").equals(r.get("to"))) {
        changes.add(new Change("changed end", "person", name, id, term(r) + " (was " + orOpen(was.get("to")) + ")"));
      }
    }
    before.stream().filter(r -> !kept.contains(termKey(r)))
        .forEach(r -> changes.add(new Change("removed term", "person", name, id, term(r))));
  }

  private void entries(String kind, List<ActorFileRow> oldRows, List<ActorFileRow> newRows, String key, String aliasColumn) {
    Map<String, ActorFileRow> oldByKey = new LinkedHashMap<>();
    Map<String, ActorFileRow> oldById = new HashMap<>();
    oldRows.forEach(r -> {
      oldByKey.put(r.get(key), r);
      if (r.wikidata() != null) {
        oldById.put(r.wikidata(), r);
      }
    });
    Set<ActorFileRow> seen = new java.util.HashSet<>();
    for (ActorFileRow r : newRows) {
      ActorFileRow was = r.wikidata() != null && oldById.containsKey(r.wikidata()) ? oldById.get(r.wikidata()) : oldByKey.get(r.get(key));
      String name = r.get(key);
      if (was == null) {
        changes.add(new Change("new " + kind, kind, name, r.wikidata(), String.join(" ", r.fields().subList(2, r.fields().size()))));
        continue;
      }
      seen.add(was);
      aliases(kind, name, r.wikidata(), Tsv.list(was.get(aliasColumn)), Tsv.list(r.get(aliasColumn)));
      if (was.wikidata() == null && r.wikidata() != null) {
        changes.add(new Change("new id", kind, name, r.wikidata(), ""));
      }
    }
    oldRows.stream().filter(r -> !seen.contains(r)).forEach(r -> changes.add(new Change("removed " + kind, kind, r.get(key), r.wikidata(), "")));
  }

  private void aliases(String kind, String name, String id, List<String> before, List<String> after) {
    after.stream().filter(a -> !before.contains(a)).forEach(a -> changes.add(new Change("new alias", kind, name, id, a)));
    before.stream().filter(a -> !after.contains(a)).forEach(a -> changes.add(new Change("removed alias", kind, name, id, a)));
  }

  private static List<String> aliases(List<ActorFileRow> rows, String column) {
    Set<String> out = new LinkedHashSet<>();
    rows.forEach(r -> out.addAll(Tsv.list(r.get(column))));
    return new ArrayList<>(out);
  }

  private static Map<String, List<ActorFileRow>> group(List<ActorFileRow> rows) {
    Map<String, List<ActorFileRow>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.get("name"), k -> new ArrayList<>()).add(r));
    return out;
  }

  private static String termKey(ActorFileRow r) {
    return r.get("role") + "|" + r.get("country") + "|" + r.get("from");
  }

  private static String term(ActorFileRow r) {
    return r.get("role") + " " + r.get("country") + " " + r.get("from") + " – " + orOpen(r.get("to"));
  }

  private static String orOpen(String to) {
    return to.isEmpty() ? "open" : to;
  }
}
