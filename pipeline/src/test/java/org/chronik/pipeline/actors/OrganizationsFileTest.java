package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.junit.jupiter.api.Test;

/**
 * Structural facts of {@code actors/organizations.tsv} for every row: the vocabulary of its columns,
 * unique names, aliases shared only where the README's country rule can tell the owners apart, no
 * alias that shadows a pattern noun, title, country, capital or person, no short alias that is a
 * common German word unless reviewed, and generated ministry names that the patterns can produce.
 */
class OrganizationsFileTest {
  private static final String FILE = "actors/organizations.tsv";
  private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
  private static final ActorLanguage GERMAN = ActorLanguage.forLanguage("de");
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "IGO",
      "NGO", "CVL", "LAB", "REL");
  /** Territories that are actors of their own although countries.tsv does not list them (as in people.tsv). */
  private static final Set<String> TERRITORIES = Set.of("HKG", "ESH");
  private static final Pattern IGO_KEY = Pattern.compile("IGO\\.[A-Z0-9_]+");
  /** An alias this short and written with at most one capital is checked against the German lexicon. */
  private static final int SHORT = 6;

  private static List<OrganizationEntry> organizations() {
    return List.copyOf(DICTIONARY.organizations());
  }

  private static List<String> forms(OrganizationEntry org) {
    List<String> forms = new ArrayList<>(org.aliases());
    forms.add(0, org.name());
    return forms;
  }

  @Test
  void everyRowHasFiveColumnsAndTheDocumentedVocabulary() {
    List<String> problems = new ArrayList<>();
    for (Tsv.Row row : Tsv.resource(FILE)) {
      if (row.fields().length != 5) {
        problems.add(row.where() + ": " + row.fields().length + " columns instead of 5");
        continue;
      }
      if (row.field(0).equals("name")) {
        continue;
      }
      String type = row.field(2);
      String country = row.field(3);
      String sector = row.field(4);
      if (!Set.of("IGO", "ORGANIZATION", "GROUP").contains(type)) {
        problems.add(row.where() + ": type " + type);
      }
      boolean igoKey = IGO_KEY.matcher(country).matches();
      if (!country.isEmpty() && !igoKey && DICTIONARY.country(country).isEmpty() && !TERRITORIES.contains(country)) {
        problems.add(row.where() + ": unknown country key " + country);
      }
      if (type.equals("IGO") != igoKey) {
        problems.add(row.where() + ": type IGO goes with an IGO.<short> key and only with it: " + type + " " + country);
      }
      if (!sector.isEmpty() && !SECTORS.contains(sector)) {
        problems.add(row.where() + ": unknown sector " + sector);
      }
      for (String alias : row.field(1).isEmpty() ? List.<String>of() : List.of(row.fields()[1].split("\\|", -1))) {
        if (alias.isBlank() || !alias.equals(alias.strip()) || alias.equals(row.field(0))) {
          problems.add(row.where() + ": empty, padded or redundant alias '" + alias + "'");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void atLeastFifteenHundredOrganisationsEachWithItsOwnName() {
    Map<String, String> seen = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (OrganizationEntry org : organizations()) {
      String previous = seen.put(ActorDictionary.fold(org.name()), org.name());
      if (previous != null) {
        problems.add("two organisations named " + org.name());
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(organizations().size() >= 1500, "only " + organizations().size() + " organisations");
  }

  @Test
  void aSharedAliasBelongsToOrganisationsOfDistinctStates() {
    Map<String, Set<OrganizationEntry>> owners = new LinkedHashMap<>();
    for (OrganizationEntry org : organizations()) {
      forms(org).forEach(f -> owners.computeIfAbsent(ActorDictionary.fold(f), k -> new HashSet<>()).add(org));
    }
    List<String> problems = new ArrayList<>();
    owners.forEach((form, orgs) -> {
      if (orgs.size() > 1) {
        List<String> countries = orgs.stream().map(o -> o.country() == null ? "" : o.country()).toList();
        boolean distinctStates = countries.stream().noneMatch(c -> c.isEmpty() || c.startsWith("IGO."))
            && new HashSet<>(countries).size() == countries.size();
        if (!distinctStates) {
          problems.add("'" + form + "' is shared by " + orgs.stream().map(o -> o.name() + " (" + o.country() + ")").toList());
        }
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void noAliasShadowsAPatternNounTitleCountryCapitalOrPerson() {
    Map<String, String> taken = new HashMap<>();
    GERMAN.groups.values().forEach(g -> taken.put(ActorDictionary.fold(g.noun()), "the group noun " + g.noun()));
    GERMAN.titles.forEach(t -> taken.put(ActorDictionary.fold(t.title()), "the title " + t.title()));
    DICTIONARY.countries().forEach(c -> c.names().forEach(n -> taken.put(ActorDictionary.fold(n), "the country " + c.key())));
    DICTIONARY.capitals().forEach(c -> c.names().forEach(n -> taken.put(ActorDictionary.fold(n), "the capital " + c.name())));
    DICTIONARY.people().forEach((name, terms) -> {
      taken.put(ActorDictionary.fold(name), "the person " + name);
      terms.forEach(t -> t.aliases().forEach(a -> taken.put(ActorDictionary.fold(a), "the person " + name)));
    });
    List<String> problems = new ArrayList<>();
    for (OrganizationEntry org : organizations()) {
      for (String form : forms(org)) {
        String other = taken.get(ActorDictionary.fold(form));
        if (other != null) {
          problems.add(org.name() + ": '" + form + "' is also " + other);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void shortAliasesAreNoCommonGermanWordsUnlessReviewed() throws IOException {
    GermanLexicon lexicon = GermanLexicon.load();
    Map<String, String> reviewed = new HashMap<>();
    Tsv.resource("actors/reviewed-aliases.tsv").stream().filter(r -> !r.field(0).equals("alias")).forEach(r -> reviewed.put(r.field(0), r.field(1)));
    Set<String> used = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (OrganizationEntry org : organizations()) {
      for (String form : forms(org)) {
        used.add(form);
        if (isShortWord(form) && isCommonWord(lexicon, form) && !reviewed.containsKey(form)) {
          problems.add(org.name() + ": '" + form + "' is a common German word; review it in reviewed-aliases.tsv or drop it");
        }
      }
    }
    reviewed.keySet().stream().filter(r -> !used.contains(r)).forEach(r -> problems.add("reviewed-aliases.tsv lists '" + r + "', which no organisation uses"));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /** One word of at most SHORT letters with at most one capital: acronyms ("AU", "IS") match only exactly. */
  private static boolean isShortWord(String form) {
    return form.length() <= SHORT && form.chars().allMatch(Character::isLetter) && form.chars().filter(Character::isUpperCase).count() <= 1;
  }

  /** A reading other than a proper name as written, or any reading lower-cased (a capital starts each sentence). */
  private static boolean isCommonWord(GermanLexicon lexicon, String form) {
    boolean common = lexicon.readings(form).stream().anyMatch(r -> !r.tag().startsWith("EIG"));
    String lower = form.toLowerCase(Locale.ROOT);
    return common || !lower.equals(form) && !lexicon.readings(lower).isEmpty();
  }

  @Test
  void generatedNamesComeFromAPatternAndARealCountry() {
    Map<String, String> templates = new HashMap<>();
    GERMAN.groups.values().forEach(g -> g.names().stream().filter(n -> n.endsWith(" of {country}"))
        .forEach(n -> templates.put(n.replace(" of {country}", ""), g.noun())));
    Set<String> countryNames = new HashSet<>();
    DICTIONARY.countries().forEach(c -> countryNames.add(c.name()));
    Map<String, String> claimedBy = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (OrganizationEntry org : organizations()) {
      for (String alias : org.aliases()) {
        int of = alias.indexOf(" of ");
        if (of > 0 && templates.containsKey(alias.substring(0, of))) {
          if (!countryNames.contains(alias.substring(of + 4))) {
            problems.add(org.name() + ": '" + alias + "' names no country of countries.tsv, so no pattern generates it");
          }
          String previous = claimedBy.put(alias, org.name());
          if (previous != null) {
            problems.add("'" + alias + "' is claimed by " + previous + " and " + org.name());
          }
          if (DICTIONARY.country(org.country()).map(c -> !alias.endsWith(" of " + c.name())).orElse(false)) {
            problems.add(org.name() + " (" + org.country() + ") claims the name of another country's office: " + alias);
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(claimedBy.size() >= 300, "only " + claimedBy.size() + " generated names link to an organisation");
  }

  @Test
  void everyIgoKeyOfPeopleNamesAnIntergovernmentalOrganisation() throws IOException {
    Set<String> keys = new HashSet<>();
    organizations().stream().filter(o -> o.type() == ActorType.IGO).forEach(o -> keys.add(o.country()));
    List<String> problems = new ArrayList<>();
    for (PeopleRows.Row r : PeopleRows.read().rows()) {
      if (r.country().startsWith("IGO.") && !keys.contains(r.country())) {
        problems.add("people.tsv line " + r.line() + ": " + r.country() + " is the key of no IGO in organizations.tsv");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
