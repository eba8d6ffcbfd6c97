package org.chronik.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity's canonical name and its other names. The canonical name is the English Wikipedia
 * title without a trailing "(…)" (as the curated files name actors), else the English label, else
 * the first label in the order of --languages.
 */
record Names(String name, List<String> others) {
  Names {
    others = List.copyOf(others);
  }

  /** Null when the entity has no label in any wanted language. */
  static Names of(Entity e, List<String> languages) {
    String name = e.enwiki() == null ? null : clean(e.enwiki().replaceFirst("\\s*\\([^)]*\\)$", ""));
    if (name == null || name.isEmpty()) {
      name = e.labels().get("en");
      for (int i = 0; name == null && i < languages.size(); i++) {
        name = e.labels().get(languages.get(i));
      }
    }
    if (name == null) {
      return null;
    }
    name = clean(name);
    Set<String> others = new LinkedHashSet<>();
    for (String language : languages) {
      String label = e.labels().get(language);
      if (label != null) {
        others.add(clean(label));
      }
      for (String alias : e.aliases().getOrDefault(language, List.of())) {
        others.add(clean(alias));
      }
    }
    others.remove(name);
    others.removeIf(String::isEmpty);
    return new Names(name, new ArrayList<>(others));
  }

  /** Other names fit for a person: full names only (never a bare surname or a nickname), no "Surname, Given". */
  List<String> personAliases() {
    return others.stream().filter(a -> a.contains(" ") && !a.contains(",") && !a.contains("(")).toList();
  }

  /** Other names fit for an organisation: anything of two characters or more. */
  List<String> organizationAliases() {
    return others.stream().filter(a -> a.length() >= 2).toList();
  }

  /** No tab, line break or list separator can reach a TSV field. */
  static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
  }
}
