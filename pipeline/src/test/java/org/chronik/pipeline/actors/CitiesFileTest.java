package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * Facts of {@code actors/cities.tsv} and {@code actors/regions.tsv} beyond the row checks of ActorDictionaryTest: no form of a city,
 * with the forms the inflection rules make of it, is a form of another actor ("Hama" makes "Hamas",
 * which is the organisation), and every name is written once.
 */
class CitiesFileTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
  private static final Inflection INFLECTION = ActorLanguage.forLanguage("de").inflection;
  /**
   * Forms kept although another actor has them, because the city is by far the common reading and
   * the dictionary's order (organisation-layout names before short names) gives it: Lagos, Nigeria's
   * largest city, against the surname of Ricardo Lagos, Chile's president until 2006; Wales, a nation of
   * the United Kingdom, against the last word of "Prince of Wales" (the title names him in full).
   */
  private static final Set<String> SHARED = Set.of("Lagos", "Wales");

  @Test
  void noFormOfACityIsAFormOfAnotherActor() {
    List<String> problems = new ArrayList<>();
    int cities = check("actors/cities.tsv", actorForms(), problems);
    assertTrue(cities >= 600, cities + " cities");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The same for actors/regions.tsv, whose forms must not be a city's or a place's either ("Provinz Kandahar", not "Kandahar"). */
  @Test
  void noFormOfARegionIsAFormOfAnotherActorOrPlace() {
    Map<String, List<String[]>> taken = actorForms();
    for (String file : List.of("actors/cities.tsv", "actors/places.tsv")) {
      for (Tsv.Row row : Tsv.resource(file)) {
        if (!row.field(0).equals("name")) {
          put(taken, INFLECTION.phraseForms(row.field(0), "name"), "the place " + row.field(0));
          Tsv.list(row.field(1)).forEach(a -> put(taken, INFLECTION.phraseForms(a, "name"), "the place " + row.field(0)));
        }
      }
    }
    List<String> problems = new ArrayList<>();
    int regions = check("actors/regions.tsv", taken, problems);
    assertTrue(regions >= 200, regions + " regions");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** The forms of every actor that is no place: countries, adjectives, demonyms, capitals, organisations, people. */
  private static Map<String, List<String[]>> actorForms() {
    Map<String, List<String[]>> taken = new HashMap<>();
    for (CountryEntry c : DICTIONARY.countries()) {
      c.names().forEach(n -> put(taken, INFLECTION.phraseForms(n, "name"), "the country " + c.key()));
      c.adjectives().forEach(a -> put(taken, INFLECTION.forms(a, "adjective"), "an adjective of " + c.key()));
      c.demonyms().forEach(d -> put(taken, INFLECTION.phraseForms(d, "demonym"), "a demonym of " + c.key()));
    }
    for (CapitalEntry cap : DICTIONARY.capitals()) {
      cap.names().forEach(n -> put(taken, INFLECTION.phraseForms(n, "name"), "the capital " + cap.name()));
    }
    for (OrganizationEntry org : DICTIONARY.organizations()) {
      if (org.type() != ActorType.LOCATION) {
        put(taken, INFLECTION.phraseForms(org.name(), "name"), org.name());
        org.aliases().forEach(a -> put(taken, INFLECTION.phraseForms(a, "name"), org.name()));
      }
    }
    for (Map.Entry<String, List<PersonTerm>> person : DICTIONARY.people().entrySet()) {
      List<String> names = new ArrayList<>(List.of(person.getKey()));
      person.getValue().forEach(t -> names.addAll(t.aliases()));
      for (String name : names) {
        put(taken, INFLECTION.phraseForms(name, "name"), person.getKey());
        String[] words = name.split(" ");
        if (words.length > 1) {
          put(taken, INFLECTION.forms(words[words.length - 1], "name"), "the surname of " + person.getKey());
        }
      }
    }
    return taken;
  }

  /** Adds to {@code problems} each name written twice and each form of a row of {@code file} that {@code taken} holds; returns the rows. */
  private static int check(String file, Map<String, List<String[]>> taken, List<String> problems) {
    Set<String> names = new HashSet<>();
    int cities = 0;
    for (Tsv.Row row : Tsv.resource(file)) {
      if (row.field(0).equals("name")) {
        continue;
      }
      cities++;
      if (!names.add(row.field(0))) {
        problems.add(row.where() + ": " + row.field(0) + " twice");
      }
      List<String> forms = new ArrayList<>(List.of(row.field(0)));
      forms.addAll(Tsv.list(row.field(1)));
      for (String form : forms) {
        for (String inflected : INFLECTION.phraseForms(form, "name")) {
          String other = owner(taken, inflected);
          if (other != null && !SHARED.contains(inflected)) {
            problems.add(row.where() + ": '" + inflected + "' (of " + row.field(0) + ") is also " + other);
          }
        }
      }
    }
    return cities;
  }

  /** Forms by their folded key, each with its owner; matched as the surface index matches ("NIS" only as written). */
  private static void put(Map<String, List<String[]>> taken, Iterable<String> forms, String owner) {
    forms.forEach(f -> taken.computeIfAbsent(fold(f), k -> new ArrayList<>()).add(new String[] {f, owner}));
  }

  private static String owner(Map<String, List<String[]>> taken, String form) {
    for (String[] other : taken.getOrDefault(fold(form), List.of())) {
      String[] a = other[0].split("\\s+");
      String[] b = form.split("\\s+");
      boolean same = a.length == b.length;
      for (int i = 0; same && i < a.length; i++) {
        same = SurfaceIndex.sameWord(a[i], b[i]) || SurfaceIndex.sameWord(b[i], a[i]);
      }
      if (same) {
        return other[1];
      }
    }
    return null;
  }

  private static String fold(String form) {
    return ActorDictionary.fold(form).toLowerCase(Locale.ROOT);
  }
}
