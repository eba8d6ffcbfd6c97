package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The countries a document names and how often, and its focus country.
 *
 * <p>Decision: the focus country is the state the document names most often, counting country
 * names, adjectives and demonyms, capitals, and organisations of one country only (a party, a
 * ministry's name); the dateline's place counts once. Places of places.tsv and cities.tsv ("der
 * Gipfel in Pittsburgh") decide only when nothing else names a state. On a tie the state named first wins. A
 * document that names no state has no focus. Group actors without a country word ("die
 * Demonstranten", "die Regierung") take the scene country, the state most often named as a place,
 * and failing that the focus country.
 */
final class FocusCountry {
  private final ActorDictionary dictionary;
  private final Map<String, Integer> counts = new HashMap<>();
  /** How often each state is named by more than a nationality word (its name, capital, one-state organisation, dateline). */
  private final Map<String, Integer> byName = new HashMap<>();
  private final String focus;
  private final String scene;
  /** The state of the dateline's place, or null. */
  private final String dateline;
  /** The state each match names (null when none), by match index, and the sentence of each match. */
  private final List<String> matchCountries = new ArrayList<>();
  private final List<Integer> matchSentences = new ArrayList<>();
  /** Each place named after a place word ("in Neapel"): its first piece and its state. */
  private final NamedPlaces namedPlaces;
  private final List<Piece> pieces;

  FocusCountry(ActorDictionary dictionary, List<Match> matches, String datelinePlace, List<Piece> pieces, ActorLanguage language) {
    this.dictionary = dictionary;
    this.pieces = pieces;
    this.namedPlaces = new NamedPlaces(pieces);
    Map<String, Integer> places = new HashMap<>();
    Map<String, Integer> located = new HashMap<>(); // cities and regions: the focus only when no state is named otherwise
    Map<String, Integer> towns = new HashMap<>(); // "in Charkiw": the scene only when no state or capital is named as a place
    Map<String, Integer> firstSeen = new HashMap<>();
    String dateline = PlaceCountries.dateline(dictionary, datelinePlace);
    this.dateline = dateline;
    if (dateline != null) {
      counts.merge(dateline, 1, Integer::sum);
      byName.merge(dateline, 1, Integer::sum);
      firstSeen.put(dateline, -1);
    }
    for (int i = 0; i < matches.size(); i++) {
      Match match = matches.get(i);
      Target t = match.target();
      String country = switch (t.kind()) {
        case COUNTRY, ADJECTIVE, DEMONYM -> t.key();
        case CAPITAL -> PlaceCountries.capital(dictionary, t.key());
        case ORGANIZATION -> match.targets().size() == 1 && guardAllows(language, match)
            ? dictionary.organization(t.key()).map(OrganizationEntry::country).orElse(null) : null;
        default -> null;
      };
      matchCountries.add(country);
      matchSentences.add(pieces.get(match.from()).sentence());
      if (country != null) {
        (PlaceCountries.isPlace(dictionary, t) ? located : counts).merge(country, 1, Integer::sum);
        if (t.kind() != Kind.ADJECTIVE && t.kind() != Kind.DEMONYM && !PlaceCountries.isPlace(dictionary, t)) {
          byName.merge(country, 1, Integer::sum);
        }
        firstSeen.putIfAbsent(country, i);
        boolean place = PlacePhrases.afterPlaceWord(pieces, match.from(), false, language);
        if (place && (t.kind() == Kind.COUNTRY || t.kind() == Kind.CAPITAL)) {
          places.merge(country, 1, Integer::sum);
        } else if (place && PlaceCountries.isPlace(dictionary, t)) {
          towns.merge(country, 1, Integer::sum);
        }
        // a place hanging on a group noun may have an article ("Separatisten in der Ostukraine"); the scene's count
        // keeps the bare place word, or one "in der Türkei" would outweigh the towns of a German story
        boolean hanging = place || PlacePhrases.afterPlaceWord(pieces, match.from(), true, language);
        if (hanging && (t.kind() == Kind.COUNTRY || t.kind() == Kind.CAPITAL || PlaceCountries.isPlace(dictionary, t))) {
          boolean presence = place && match.from() > 0 && language.scenePrepositions.contains(pieces.get(match.from() - 1).text().toLowerCase(Locale.ROOT));
          namedPlaces.add(match.from(), country, presence && isState(country)); // "in Österreich", not "nach Deutschland"
        }
        int town = PlacePhrases.townOf(pieces, match, language); // "in der nigerianischen Stadt Jos": a town of that state
        if (town >= 0 && isState(country)) {
          towns.merge(country, 1, Integer::sum);
          namedPlaces.add(town, country, PlacePhrases.presence(pieces, match.from(), language));
        }
      }
    }
    String scene = most(places, firstSeen);
    this.scene = scene != null ? scene : most(towns, firstSeen);
    String named = most(counts, firstSeen);
    this.focus = named != null ? named : most(located, firstSeen);
  }

  private boolean isState(String key) {
    return dictionary.country(key).map(c -> c.type() == ActorType.COUNTRY).orElse(false);
  }

  /** The state counted most often in {@code counts}; on a tie the one seen first. */
  private String most(Map<String, Integer> counts, Map<String, Integer> firstSeen) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      boolean state = dictionary.country(e.getKey()).map(c -> c.type() == ActorType.COUNTRY).orElse(false);
      if (state && (best == null || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best)) && firstSeen.get(e.getKey()) < firstSeen.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Where the article's events take place: the state most often named as a place ("im Irak", "in Bagdad"; a city or
   * region only when no state or capital is: "in Charkiw"), else the focus country. Groups without a country word
   * (protesters, civilians, police) belong there: in an article about US soldiers in Iraq, "Zivilisten" are Iraqi.
   */
  String scene() {
    return scene != null ? scene : focus;
  }

  /**
   * Where a group is: the state of a place named after a place word that hangs on the group's noun
   * ("Demonstranten in Mailand"), on the same word as the noun ("In Neapel wurden zwölf Personen
   * festgenommen") or on a noun hanging there ("Bei einer Razzia in Porto wurden …"): Italy,
   * Portugal; else the article's scene. A place elsewhere in the sentence ("die in London ansässige
   * Beobachtungsstelle") says nothing about the group.
   */
  String scene(Match noun) {
    String place = placeOf(noun);
    return place != null ? place : scene();
  }

  /** The state of a place that hangs on the group's noun (as {@link #scene(Match)} tells), or null. */
  String placeOf(Match noun) {
    return namedPlaces.placeOf(noun);
  }

  /**
   * The local scene of a group noun: the one state its own sentence names places in, else the one the sentence before
   * names ("In Österreich wird … Wirtschaftskammer und ÖVP stoßen bei Gewerkschaften auf Widerstand"), else null.
   */
  String localScene(Match noun) {
    int sentence = pieces.get(noun.from()).sentence();
    String here = namedPlaces.stateOf(sentence);
    return here != null || sentence == 0 ? here : namedPlaces.stateOf(sentence - 1);
  }

  String dateline() { // the state of the dateline's place, or null
    return dateline;
  }

  String key() { // the focus country's key, or null when the document names no state
    return focus;
  }

  /**
   * One of several states written as "DEU|AUT" (a title several states share: "Bundespräsident"): the
   * focus country when it is among them, else the first listed. A single key or null is returned as is.
   */
  String among(String states) {
    if (states == null || states.indexOf('|') < 0) {
      return states;
    }
    List<String> keys = List.of(states.split("\\|"));
    return focus != null && keys.contains(focus) ? focus : keys.get(0); // List.of rejects null
  }

  /** True when the focus country has more than half of all mentions of states: the article is about one country. */
  boolean dominant() {
    if (focus == null) {
      return false;
    }
    int states = counts.entrySet().stream().filter(e -> dictionary.country(e.getKey()).map(c -> c.type() == ActorType.COUNTRY).orElse(false))
        .mapToInt(Map.Entry::getValue).sum();
    return counts.getOrDefault(focus, 0) * 2 > states; // a focus found by places alone: no state named, not dominant
  }

  /** How often the document names the country {@code key} by more than a nationality word ("mit niederländischen Pässen"). */
  int countByName(String key) {
    return byName.getOrDefault(key, 0);
  }

  int count(String key) { // how often the document names the country {@code key}
    return key == null ? 0 : counts.getOrDefault(key, 0);
  }

  /**
   * Of organisations sharing a name in different countries ("die Grünen" in Germany, Austria and Switzerland), the
   * one whose country its own sentence names most often ("SPD/Grünen": the German party), else the sentence before
   * ("… in Deutschland. Die Bundesregierung …"), else the document; on a tie the first listed.
   */
  Target organizationInContext(Match m) {
    List<Target> organizations = m.targets().stream().filter(t -> t.kind() == Kind.ORGANIZATION).toList();
    int at = pieces.get(m.from()).sentence();
    for (int s = at; s >= at - 1 && organizations.size() > 1; s--) {
      Map<String, Integer> sentence = new HashMap<>();
      for (int i = 0; i < matchCountries.size(); i++) {
        if (matchSentences.get(i) == s && matchCountries.get(i) != null) {
          sentence.merge(matchCountries.get(i), 1, Integer::sum);
        }
      }
      Target best = best(organizations, sentence);
      if (best != null) {
        return best;
      }
    }
    return organizations.size() < 2 ? m.target() : Objects.requireNonNullElse(best(organizations, counts), organizations.get(0));
  }

  /** The organisation whose country {@code named} counts most (first listed on a tie), or null when none is counted. */
  private Target best(List<Target> organizations, Map<String, Integer> named) {
    Target best = null;
    int bestCount = 0;
    for (Target t : organizations) {
      int count = named.getOrDefault(dictionary.organization(t.key()).map(OrganizationEntry::country).orElse(""), 0);
      if (count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    return best;
  }

  /** Whether guards.tsv lets the match link ("zum Essen" is no town, and names no country). */
  private boolean guardAllows(ActorLanguage language, Match m) {
    StringBuilder name = new StringBuilder();
    for (int i = m.from(); i < m.to(); i++) {
      name.append(i > m.from() ? " " : "").append(pieces.get(i).text());
    }
    return language.guardAllows(name.toString(), word(m.from() - 1), word(m.to()));
  }

  private String word(int i) {
    return i >= 0 && i < pieces.size() ? pieces.get(i).text().toLowerCase(Locale.ROOT) : "";
  }
}
