package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Turns the matches of one document, left to right, into mentions: country words joined with a
 * following title or ministry, titles with a following name or resolved to the office holder on the
 * article's date, capitals as place or government, and in-document coreference. One instance per
 * document (it keeps the document's state).
 */
final class MentionResolver {
  private static final Pattern DATELINE_BEFORE = Pattern.compile("\\s*(?:[\\p{L}.\\- ]+/\\s*)?");
  private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:/\\s*[\\p{L}.\\- ]+?)?\\s*(?:\\(|[–—]|-(?=\\s))");

  private final ActorDictionary dictionary;
  private final ActorLanguage language;
  private final PartialDate date;
  private final String body;
  private final List<Piece> pieces;
  private final List<Match> matches;
  private final Set<String> documentPersons;
  private final boolean[] covered;
  private final MentionList out = new MentionList();
  private final TitleResolver titles;
  private final Coreference coreference;

  MentionResolver(ActorDictionary dictionary, ActorLanguage language, PartialDate date, String body,
      List<Piece> pieces, List<Match> matches, Set<String> documentPersons, boolean[] covered) {
    this.dictionary = dictionary;
    this.language = language;
    this.date = date;
    this.body = body;
    this.pieces = pieces;
    this.matches = matches;
    this.documentPersons = documentPersons;
    this.covered = covered;
    this.titles = new TitleResolver(dictionary, date, this);
    this.coreference = new Coreference(dictionary, this);
  }

  MentionList resolve() {
    for (int j = 0; j < matches.size(); j++) {
      j = step(j);
    }
    return out;
  }

  /** Resolves the match at {@code j}; returns the index of the last match it used. */
  private int step(int j) {
    Match m = matches.get(j);
    Target t = m.target();
    Match next = next(j);
    if (t.isCountryWord() || t.kind() == Kind.ORGANIZATION) {
      if (next != null && next.target().kind() == Kind.BLOCKED_HEAD && last(m).hyphenAfter()) {
        return j + 1; // "Russland-Experte": Russia is only the topic
      }
    }
    if (t.isCountryWord() && next != null && next.target().kind() == Kind.TITLE && isState(t.key())) {
      return titles.title(j, t.key(), j + 1);
    }
    if (t.isCountryWord() && next != null && next.target().kind() == Kind.MINISTRY && isState(t.key())) {
      ministry(m, next, t.key());
      return j + 1;
    }
    if (t.kind() == Kind.MINISTRY && j + 1 < matches.size()) {
      Match place = matches.get(j + 1);
      if (place.target().kind() == Kind.CAPITAL && place.from() == m.to() + 1 && !inCompound(m)
          && language.officePlaces.contains(pieces.get(m.to()).text()) && pieces.get(place.from()).sentence() == pieces.get(m.from()).sentence()) {
        ministryIn(m, place);
        return j + 1;
      }
    }
    switch (t.kind()) {
      case COUNTRY -> {
        if (guarded(m)) {
          add(m, dictionary.countryRef(t.key(), null), "NAME", "countries.tsv:" + t.key());
        }
      }
      case ADJECTIVE, DEMONYM -> add(m, dictionary.countryRef(t.key(), null), "ADJECTIVE", "countries.tsv:" + t.key());
      case CAPITAL -> capital(m, t);
      case ORGANIZATION -> dictionary.organization(organizationInContext(m).key())
          .ifPresent(org -> add(m, ActorDictionary.organizationRef(org), "NAME", "organizations.tsv:" + org.name()));
      case PERSON, FUZZY_PERSON -> {
        if (!inCompound(m)) {
          add(m, dictionary.personRef(t.key(), date), t.kind() == Kind.PERSON ? "NAME" : "FUZZY", "people.tsv:" + t.key());
        }
      }
      case SHORT_NAME -> shortName(m);
      case TITLE -> {
        int jCountry = genitiveCountry(j);
        if (jCountry >= 0) {
          return titles.titleOf(j, matches.get(jCountry).target().key(), jCountry);
        }
        return titles.title(j, null, j);
      }
      case PLURAL -> coreference.plural(m, t);
      case PRONOUN -> coreference.pronoun(m);
      case UNKNOWN_PERSON, UNKNOWN_ORGANIZATION -> titles.unknown(m, null, null, null);
      default -> { } // BLOCK, BLOCKED_HEAD, a ministry without a country: no mention
    }
    return j;
  }

  /**
   * The match of a state named in the genitive right after the title at {@code j}: "der Präsident
   * Frankreichs", "den Außenminister der Ukraine", "der Präsident des Iran", "der Präsident der USA";
   * else -1. Titles that imply their own country (Kremlchef) and names after the title do not take one.
   */
  private int genitiveCountry(int j) {
    Match title = matches.get(j);
    if (title.target().country() != null || j + 1 >= matches.size()) {
      return -1;
    }
    Match country = matches.get(j + 1);
    if (country.target().kind() != Kind.COUNTRY || !isState(country.target().key())
        || pieces.get(country.from()).sentence() != pieces.get(title.from()).sentence()) {
      return -1;
    }
    String word = pieces.get(country.from()).text();
    if (country.from() == title.to()) {
      return word.endsWith("s") && country.to() - country.from() == 1 ? j + 1 : -1; // Frankreichs, Chinas
    }
    if (country.from() == title.to() + 1) {
      String article = pieces.get(title.to()).text();
      return language.genitiveArticles.contains(article) ? j + 1 : -1;
    }
    return -1;
  }

  /**
   * Of organisations sharing a name in different countries ("die Grünen" in Germany, Austria and
   * Switzerland), the one whose country the document names most often; on a tie the first listed.
   */
  private Target organizationInContext(Match m) {
    List<Target> organizations = m.targets().stream().filter(t -> t.kind() == Kind.ORGANIZATION).toList();
    if (organizations.size() < 2) {
      return m.target();
    }
    Target best = organizations.get(0);
    int bestCount = -1;
    for (Target t : organizations) {
      String country = dictionary.organization(t.key()).map(OrganizationEntry::country).orElse(null);
      int count = country == null ? 0 : countryCounts().getOrDefault(country, 0);
      if (count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    return best;
  }

  private java.util.Map<String, Integer> countryCounts;

  /** How often the document names each country: by name, adjective or demonym, or through an organisation of one country only. */
  private java.util.Map<String, Integer> countryCounts() {
    if (countryCounts == null) {
      countryCounts = new java.util.HashMap<>();
      for (Match match : matches) {
        Target t = match.target();
        String country = switch (t.kind()) {
          case COUNTRY, ADJECTIVE, DEMONYM -> t.key();
          case ORGANIZATION -> match.targets().size() == 1 ? dictionary.organization(t.key()).map(OrganizationEntry::country).orElse(null) : null;
          default -> null;
        };
        if (country != null) {
          countryCounts.merge(country, 1, Integer::sum);
        }
      }
    }
    return countryCounts;
  }

  /** Titles and ministries belong to states, not to regions ("die europäischen Außenminister"). */
  private boolean isState(String key) {
    return dictionary.country(key).map(c -> c.type() == ActorType.COUNTRY).orElse(false);
  }

  ActorLanguage language() {
    return language;
  }

  Match next(int j) {
    return j + 1 < matches.size() && matches.get(j + 1).from() == matches.get(j).to() ? matches.get(j + 1) : null;
  }

  String text(int begin, int end) {
    return body.substring(begin, end);
  }

  boolean hasMatch(int j) {
    return j < matches.size();
  }

  Match match(int j) {
    return matches.get(j);
  }

  List<Piece> pieces() {
    return pieces;
  }

  /** True when no dictionary form covers the piece, or only a short name or the tagger's name run does. */
  boolean freeForName(int piece) {
    if (!covered[piece]) {
      return true;
    }
    for (Match m : matches) {
      if (m.from() <= piece && piece < m.to()) {
        Kind kind = m.target().kind();
        return kind == Kind.SHORT_NAME || kind == Kind.UNKNOWN_PERSON;
      }
    }
    return true;
  }

  MentionList out() {
    return out;
  }

  void add(Match m, ActorRef ref, String kind, String rule) {
    add(pieces.get(m.from()).begin(), pieces.get(m.to() - 1).end(), ref, kind, rule, pieces.get(m.from()).sentence());
  }

  void add(int begin, int end, ActorRef ref, String kind, String rule, int sentence) {
    out.add(new Span(begin, end), body, ref, kind, rule, sentence, topic(end));
  }

  /** A compound's first part before a capitalized head: "Ukraine-Krieg", not "chinesisch-russisch". */
  private boolean topic(int end) {
    return end + 1 < body.length() && body.charAt(end) == '-' && Character.isUpperCase(body.charAt(end + 1));
  }

  private Piece last(Match m) {
    return pieces.get(m.to() - 1);
  }

  private boolean inCompound(Match m) {
    return pieces.get(m.from()).hyphenBefore() || last(m).hyphenAfter();
  }

  /** "Chinas Außenministerium", "das russische Verteidigungsministerium", "das US-Außenministerium". */
  private void ministry(Match country, Match noun, String key) {
    add(pieces.get(country.from()).begin(), last(noun).end(), office(noun.target(), key), "NAME", "ministries.tsv:" + noun.target().key(),
        pieces.get(country.from()).sentence());
  }

  /** The actor a ministries.tsv noun names for country {@code key}: the state itself for {@code {country}}, else the office. */
  private ActorRef office(Target noun, String key) {
    String template = noun.key();
    if (template.equals("{country}")) {
      return dictionary.countryRef(key, noun.sector());
    }
    String name = template.replace("{country}", dictionary.country(key).map(CountryEntry::name).orElse(key));
    return dictionary.organization(name).map(ActorDictionary::organizationRef)
        .orElse(new ActorRef("org:" + ActorDictionary.slug(name), name, ActorType.ORGANIZATION, key, noun.sector(), null));
  }

  /** "die Regierung in Kiew", "die Führung in Peking", "das Außenministerium in Moskau": the office of the capital's country. */
  private void ministryIn(Match noun, Match place) {
    CapitalEntry cap = dictionary.capitals().stream().filter(c -> c.name().equals(place.target().key())).findFirst().orElseThrow();
    add(pieces.get(noun.from()).begin(), last(place).end(), office(noun.target(), cap.country()), "NAME",
        "ministries.tsv:" + noun.target().key() + " in " + cap.name(), pieces.get(noun.from()).sentence());
  }

  /** A capital after a place preposition or in a dateline is a place; otherwise its government acting. */
  private void capital(Match m, Target t) {
    CapitalEntry cap = dictionary.capitals().stream().filter(c -> c.name().equals(t.key())).findFirst().orElseThrow();
    Piece first = pieces.get(m.from());
    boolean afterPreposition = m.from() > 0 && pieces.get(m.from() - 1).sentence() == first.sentence()
        && language.placePrepositions.contains(pieces.get(m.from() - 1).text().toLowerCase(Locale.ROOT));
    boolean startsSentence = m.from() == 0 || pieces.get(m.from() - 1).sentence() != first.sentence();
    if (afterPreposition || dateline(first.begin(), last(m).end(), startsSentence)) {
      ActorRef place = new ActorRef("location:" + ActorDictionary.slug(cap.name()), cap.name(), ActorType.LOCATION, cap.country(), null, null);
      add(m, place, "NAME", "capitals.tsv:" + cap.name());
    } else {
      add(m, dictionary.countryRef(cap.country(), "GOV"), "METONYM", "capitals.tsv:" + cap.name());
    }
  }

  /**
   * A place that starts a line or a sentence and is followed by "(", a dash or "/" another place:
   * "Peking (Agentur) –", "… gehört. Wien – Die Gewerkschaft". A hyphen counts only with a space after
   * it, so "Peking-Reise" is no dateline.
   */
  private boolean dateline(int begin, int end, boolean startsSentence) {
    int lineStart = body.lastIndexOf('\n', begin - 1) + 1;
    return (startsSentence || DATELINE_BEFORE.matcher(body.substring(lineStart, begin)).matches())
        && DATELINE_AFTER.matcher(body.substring(end, Math.min(body.length(), end + 40))).find();
  }

  /** Guards of guards.tsv: "der Westen" is the West, "im Westen des Landes" is a direction. */
  private boolean guarded(Match m) {
    ActorLanguage.Guard guard = language.guards.get(body.substring(pieces.get(m.from()).begin(), last(m).end()));
    if (guard == null) {
      return true;
    }
    String before = m.from() > 0 ? pieces.get(m.from() - 1).text().toLowerCase(Locale.ROOT) : "";
    String after = m.to() < pieces.size() ? pieces.get(m.to()).text().toLowerCase(Locale.ROOT) : "";
    return (guard.before().isEmpty() || guard.before().contains(before)) && !guard.notAfter().contains(after);
  }

  /**
   * A first or last name alone: the person whose full name the document has (most recent first);
   * else a last name that only one person in the dictionary has, when the tagger calls it a name.
   */
  boolean shortName(Match m) {
    if (inCompound(m)) {
      return false;
    }
    ActorRef recent = out.last(ref -> m.targets().stream().anyMatch(t -> t.kind() == Kind.SHORT_NAME && t.key().equals(ref.name())));
    String person = recent != null ? recent.name() : null;
    for (Target t : m.targets()) {
      if (person == null && t.kind() == Kind.SHORT_NAME && documentPersons.contains(t.key())) {
        person = t.key();
      }
    }
    Piece p = pieces.get(m.from());
    boolean lastName = person == null && m.targets().size() == 1 && p.tagged() && p.taggedName()
        && isLastName(m.target().key(), p.text()) && !taggedFullNameEndsWith(p.text());
    if (lastName) {
      person = m.target().key();
    }
    if (person != null) {
      add(m, dictionary.personRef(person, date), "ALIAS", "people.tsv:" + person);
    }
    return person != null;
  }

  /**
   * True when {@code word} (or it without a genitive s) ends the person's name or one of their
   * aliases: "Netanjahu" is the last name of Benjamin Netanyahu through his German alias, while
   * "Benjamin" alone is no one's last name.
   */
  private boolean isLastName(String person, String word) {
    String bare = word.replaceAll("s$", "");
    if (person.endsWith(" " + word) || person.endsWith(" " + bare)) {
      return true;
    }
    for (PersonTerm term : dictionary.people().getOrDefault(person, List.of())) {
      for (String alias : term.aliases()) {
        if (alias.endsWith(" " + word) || alias.endsWith(" " + bare)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the tagger found a longer name ending in this word ("John McCain" is not the dictionary's Cindy McCain). */
  private boolean taggedFullNameEndsWith(String word) {
    for (Match other : matches) {
      if (other.target().kind() == Kind.UNKNOWN_PERSON && other.to() - other.from() >= 2 && pieces.get(other.to() - 1).text().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
