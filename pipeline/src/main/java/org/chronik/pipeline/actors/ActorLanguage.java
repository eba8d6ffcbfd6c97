package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * A language's surface knowledge about actors, read from {@code lang/<iso>/actors/}: titles,
 * ministry nouns, guards, place prepositions, phrases that are no actors, compound heads that make a
 * name a mere topic, institution and group nouns, pronouns, possessives, plural references and the
 * inflection rules.
 */
final class ActorLanguage {
  record Title(String title, String role, String sector, String country) {}
  /** A row of groups.tsv: an institution or group noun and how to name it (see the file's header). */
  record Group(String noun, boolean plural, List<String> names, org.chronik.model.ActorType type, String bare, String sector, String focus) {}

  record Guard(Set<String> before, Set<String> notAfter) {
    /** Whether the name links between these words (lower case): "der Westen" yes, "im Westen des" no. */
    boolean allows(String before, String after) {
      return (this.before.isEmpty() || this.before.contains(before)) && !notAfter.contains(after);
    }
  }

  /** Whether a name as written may link between two words (lower case): names without a guard always may. */
  boolean guardAllows(String name, String before, String after) {
    Guard guard = guards.get(name);
    return guard == null || guard.allows(before, after);
  }

  final List<Title> titles = new ArrayList<>();
  final Map<String, Group> groups = new java.util.LinkedHashMap<>();
  /** descriptors.tsv: nouns that describe the organisation named after them, with its sector ("Konzern": BUS). */
  final Map<String, String> descriptors = new HashMap<>();
  final Map<String, Guard> guards = new HashMap<>();
  final Set<String> placePrepositions = new HashSet<>();
  /** report-origins.tsv: a capital after these words is the government a report comes from ("Aus Paris hieß es"). */
  final ReportOrigins reportOrigins;
  final PlaceNouns placeNouns; // place-nouns.tsv: "in der nigerianischen Stadt Jos" is in Nigeria
  final List<String> notActors = new ArrayList<>();
  final List<String> blockedHeads = new ArrayList<>();
  /** leader-compound-heads.txt: group nouns that after "<person>-" name that person's government ("Orbán-Regierung"). */
  final Set<String> leaderHeads = new HashSet<>();
  /** envoy-titles.txt: title forms that after "<state word> <organisation>-" name the state's envoy ("UNO-Botschafter"). */
  final Set<String> envoyTitles = new HashSet<>();
  /** party-words.txt: party aliases that are also everyday words for a camp ("Linke", "Demokraten"), as written. */
  final Set<String> partyWords = new HashSet<>();
  /** member-heads.tsv: endings of person nouns after "<organisation>-" that make the name after them its member, by the organisations they take. */
  final Map<String, String> memberHeads = new HashMap<>();
  final List<String> pronouns = new ArrayList<>();
  final AgeNouns ageNouns;
  final MigrantPeople migrantPeople; // migrant-people.tsv: "Menschen" in a passage about refugees
  final DirectionAdjectives directions; // direction-adjectives.tsv: "die westlichen Staaten", not "westliche Vororte"
  final InstitutionSeats seats; // institution-seats.tsv: "das Moskauer Stadtgericht", "ein Richter am Gericht"
  /** Head words of feminine singular actor names ("Türkei", "Regierung"), for "sie" (feminine.tsv). */
  final Set<String> feminine = new HashSet<>();
  /** function-words.tsv: articles between a title and its state in the genitive ("der", "des"). */
  final Set<String> genitiveArticles = new HashSet<>();
  /** function-words.tsv: words between an office and a capital ("die Regierung in Kiew"). */
  final Set<String> officePlaces = new HashSet<>();
  /** function-words.tsv: possessives and relatives whose office or group belongs to an actor named before ("sein", "dessen"). */
  final Set<String> possessives = new HashSet<>();
  /** function-words.tsv: articles between the comma of an apposition and its title ("X, ein Sprecher des …"). */
  final Set<String> appositionArticles = new HashSet<>();
  /** function-words.tsv: prepositions between an unknown name and its organisation ("X von Human Rights Watch"). */
  final Set<String> memberPrepositions = new HashSet<>();
  /** function-words.tsv: articles after such a preposition ("X von der Civic Party"). */
  final Set<String> memberArticles = new HashSet<>();
  /** function-words.tsv: articles between a place word and a state or place ("in der Ukraine", "in den USA"). */
  final Set<String> placeArticles = new HashSet<>();
  /** Words that join two actors into the pair a plural reference means ("Irak und Syrien … beide Länder"). */
  final Set<String> coordinators = new HashSet<>();
  /** First parts of a hyphenated title that keep it a state's office ("Ex-Präsident", "Vize-Kanzler"). */
  final Set<String> titleModifiers = new HashSet<>();
  /** function-words.tsv: modifiers that keep a group from the focus country ("ausländische Journalisten"). */
  final Set<String> notFocus = new HashSet<>();
  /** function-words.tsv: the nouns of a genitive description of a state after a group noun ("des isolierten Landes"). */
  final Set<String> countryDescriptions = new HashSet<>();
  /** function-words.tsv: modifiers that make a bare institution noun a state's own body ("der nationale Sicherheitsrat"). */
  final Set<String> ownBody = new HashSet<>();
  /** function-words.tsv: place words of presence whose state a group's local scene takes ("in Österreich"). */
  final Set<String> scenePrepositions = new HashSet<>();
  /** function-words.tsv: the pronoun that may stand for a feminine singular actor ("sie"). */
  final String femininePronoun;
  /** function-words.tsv: the groups.tsv noun whose row names one person of a state ("ein Algerier": a civilian, not the state). */
  final String personOfState;
  /** person-nouns.tsv: nouns after a state's adjective that name a private person ("Staatsangehörigkeit", "-züchterin"). */
  final PersonNouns personNouns;
  /** function-words.tsv: the forms of the indefinite article ("ein Belgier": one person). */
  final Set<String> indefiniteArticles = new HashSet<>();
  /** function-words.tsv: capitalised definite articles the tagger leaves untagged, and those of them that are singular. */
  final Set<String> untaggedDefinite = new HashSet<>(), untaggedSingular = new HashSet<>();
  /** function-words.tsv: words that mark a title as past ("frühere", "Ex"), lower case (FormerTitles). */
  final Set<String> formerWords = new HashSet<>();
  /** function-words.tsv: the ending of a feminine singular demonym ("Schwedin") and of its plural ("Schwedinnen"). */
  final String feminineSingularEnding, femininePluralEnding;
  final List<String> eventHeads = new ArrayList<>();
  /** tag-features.tsv: the tag features of a definite article and of the singular ("DEF", "SIN"). */
  final String definiteFeature;
  /** tag-features.tsv: the tag feature of an indefinite article ("IND": "ein Belgier"). */
  final String indefiniteFeature;
  /** tag-features.tsv: the first feature of an article's tag ("ART"; "alle" and "viele" are no articles). */
  final String articleTag;
  final String singularFeature;
  /** tag-features.tsv: the features of a woman's given name ("VOR" and "FEM": "Ursula"). */
  final String givenNameFeature;
  final String feminineFeature;
  /** Endings of the plural forms ("den Briten", "den Israelis") after an article that is plural too ({@link #pluralArticles}). */
  final Set<String> pluralEndings = new HashSet<>();
  /** Article forms that are singular in one case and plural in another ("den": accusative singular, dative plural). */
  final Set<String> pluralArticles = new HashSet<>();
  /** organization-shapes.tsv: last-word endings of organisation names and the words that may continue them. */
  final List<String> organizationHeads = new ArrayList<>();
  final Set<String> organizationConnectors = new HashSet<>();
  final Map<String, String> plurals = new HashMap<>();
  final List<EthnicCompounds.Entry> ethnicCompounds = new ArrayList<>();
  /** region-adjectives.tsv: each adjective form of a region ("bayerische", "Kärntner") with the region's canonical name. */
  final Map<String, String> regionAdjectives = new HashMap<>();
  /** The bare stems of region-adjectives.tsv ("bayerisch"): as for a country's, only the first part of a compound. */
  final Set<String> regionAdjectiveStems = new HashSet<>();
  /** regime-adjectives.tsv: each form of a regime's adjective ("kommunistische") with the states that had one ("PRK|CHN|…"). */
  final Map<String, String> regimeAdjectives = new HashMap<>();
  final Inflection inflection;

  private ActorLanguage(String folder) {
    for (Tsv.Row row : Tsv.resource(folder + "titles.tsv")) {
      if (!row.field(0).equals("title")) {
        titles.add(new Title(row.field(0), row.field(1), emptyToNull(row.field(2)), emptyToNull(row.field(3))));
      }
    }
    for (Tsv.Row row : Tsv.resource(folder + "groups.tsv")) {
      if (!row.field(0).equals("noun")) {
        groups.put(row.field(0), new Group(row.field(0), row.field(1).equals("pl"), Tsv.list(row.field(2)),
            org.chronik.model.ActorType.valueOf(row.field(3)), emptyToNull(row.field(4)), emptyToNull(row.field(5)), row.field(6)));
      }
    }
    for (Tsv.Row row : Tsv.resource(folder + "guards.tsv")) {
      if (!row.field(0).equals("name")) {
        guards.put(row.field(0), new Guard(lowerSet(row.field(1)), lowerSet(row.field(2))));
      }
    }
    Tsv.resource(folder + "descriptors.tsv").stream().filter(r -> !r.field(0).equals("noun")).forEach(r -> descriptors.put(r.field(0), r.field(1)));
    for (Tsv.Row row : Tsv.resource(folder + "organization-shapes.tsv")) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "head" -> organizationHeads.add(row.field(1).toLowerCase(Locale.ROOT));
        case "connector" -> organizationConnectors.add(row.field(1));
        default -> throw new IllegalArgumentException(folder + "organization-shapes.tsv: unknown kind \"" + row.field(0) + "\"");
      }
    }
    Tsv.resource(folder + "location-prepositions.txt").forEach(r -> placePrepositions.add(r.field(0).toLowerCase(Locale.ROOT)));
    reportOrigins = new ReportOrigins(folder + "report-origins.tsv");
    placeNouns = PlaceNouns.load(folder + "place-nouns.tsv");
    Tsv.resource(folder + "not-actors.tsv").stream().filter(r -> !r.field(0).equals("phrase")).forEach(r -> notActors.add(r.field(0)));
    Tsv.resource(folder + "compound-heads-blocked.txt").forEach(r -> blockedHeads.add(r.field(0)));
    Tsv.resource(folder + "leader-compound-heads.txt").forEach(r -> leaderHeads.add(r.field(0)));
    Tsv.resource(folder + "envoy-titles.txt").forEach(r -> envoyTitles.add(r.field(0)));
    Tsv.resource(folder + "party-words.txt").forEach(r -> partyWords.add(r.field(0)));
    Tsv.resource(folder + "member-heads.tsv").stream().filter(r -> !r.field(0).equals("ending")).forEach(r -> memberHeads.put(r.field(0), r.field(1)));
    Tsv.resource(folder + "event-heads.txt").forEach(r -> eventHeads.add(r.field(0).toLowerCase(Locale.ROOT)));
    ageNouns = new AgeNouns(folder + "age-nouns.tsv");
    migrantPeople = new MigrantPeople(folder + "migrant-people.tsv");
    directions = new DirectionAdjectives(folder + "direction-adjectives.tsv");
    seats = new InstitutionSeats(folder + "institution-seats.tsv");
    personNouns = new PersonNouns(folder + "person-nouns.tsv");
    Tsv.resource(folder + "pronouns.tsv").stream().filter(r -> !r.field(0).equals("pronoun")).forEach(r -> pronouns.add(r.field(0)));
    Tsv.resource(folder + "feminine.tsv").stream().filter(r -> !r.field(0).equals("word")).forEach(r -> feminine.add(r.field(0)));
    String feminineWord = null;
    Map<String, String> single = new HashMap<>();
    for (Tsv.Row row : Tsv.resource(folder + "function-words.tsv")) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "genitive-article" -> genitiveArticles.add(row.field(1));
        case "office-place" -> officePlaces.add(row.field(1));
        case "feminine-pronoun" -> feminineWord = row.field(1);
        case "possessive" -> possessives.add(row.field(1));
        case "not-focus" -> notFocus.add(row.field(1));
        case "country-description" -> countryDescriptions.add(row.field(1));
        case "own-body" -> ownBody.add(row.field(1));
        case "scene-preposition" -> scenePrepositions.add(row.field(1));
        case "apposition-article" -> appositionArticles.add(row.field(1));
        case "member-preposition" -> memberPrepositions.add(row.field(1));
        case "member-article" -> memberArticles.add(row.field(1));
        case "place-article" -> placeArticles.add(row.field(1));
        case "coordinator" -> coordinators.add(row.field(1));
        case "title-modifier" -> titleModifiers.add(row.field(1));
        case "indefinite-article" -> indefiniteArticles.add(row.field(1));
        case "untagged-definite" -> untaggedDefinite.add(row.field(1));
        case "untagged-singular" -> untaggedSingular.add(row.field(1));
        case "former" -> formerWords.add(row.field(1).toLowerCase(Locale.ROOT));
        case "person-of-state", "feminine-singular-ending", "feminine-plural-ending" -> single.put(row.field(0), row.field(1));
        default -> throw new IllegalArgumentException(folder + "function-words.tsv: unknown kind \"" + row.field(0) + "\"");
      }
    }
    femininePronoun = feminineWord;
    personOfState = single.get("person-of-state");
    feminineSingularEnding = single.getOrDefault("feminine-singular-ending", "\u0000");
    femininePluralEnding = single.getOrDefault("feminine-plural-ending", "\u0000");
    Map<String, String> features = new HashMap<>();
    for (Tsv.Row row : Tsv.resource(folder + "tag-features.tsv")) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "plural-ending" -> pluralEndings.add(row.field(1));
        case "plural-article" -> pluralArticles.add(row.field(1));
        default -> features.put(row.field(0), row.field(1));
      }
    }
    definiteFeature = features.get("definite");
    indefiniteFeature = features.get("indefinite");
    articleTag = features.getOrDefault("article", "ART");
    singularFeature = features.get("singular");
    givenNameFeature = features.getOrDefault("given-name", "\u0000");
    feminineFeature = features.getOrDefault("feminine", "\u0000");
    for (Tsv.Row row : Tsv.resource(folder + "plural-references.tsv")) {
      if (!row.field(0).equals("phrase")) {
        plurals.put(row.field(0), row.field(1));
      }
    }
    for (Tsv.Row row : Tsv.resource(folder + "ethnic-compounds.tsv")) {
      if (!row.field(0).equals("first")) {
        ethnicCompounds.add(new EthnicCompounds.Entry(row.field(0), row.field(1), row.field(2), row.field(3).equals("yes"),
            row.field(4), row.field(5), row.field(6)));
      }
    }
    inflection = Inflection.load(folder + "inflection.tsv");
    Tsv.resource(folder + "region-adjectives.tsv").stream().filter(r -> !r.field(0).equals("adjective"))
        .forEach(r -> (r.field(1).equals("fixed") ? List.of(r.field(0)) : inflection.forms(r.field(0), "adjective"))
            .forEach(form -> regionAdjectives.put(form, r.field(2))));
    Tsv.resource(folder + "region-adjectives.tsv").stream().filter(r -> r.field(1).equals("adjective")).forEach(r -> regionAdjectiveStems.add(r.field(0)));
    Tsv.resource(folder + "regime-adjectives.tsv").stream().filter(r -> !r.field(0).equals("adjective"))
        .forEach(r -> inflection.forms(r.field(0), "adjective").forEach(form -> regimeAdjectives.put(form, r.field(1))));
  }

  static ActorLanguage forLanguage(String iso) {
    return new ActorLanguage("lang/" + iso + "/actors/");
  }

  private static Set<String> lowerSet(String field) {
    Set<String> set = new HashSet<>();
    Tsv.list(field).forEach(s -> set.add(s.toLowerCase(Locale.ROOT)));
    return set;
  }

  private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }
}
