package org.chronik.pipeline.actors;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Turns the matches of one document, left to right, into mentions: it sees which matches belong
 * together (a country word and a title or group noun after it, an organisation and a title) and
 * hands each to the resolver of its kind. One instance per document.
 */
final class MentionResolver {
  private final LinkContext doc;
  private final TitleResolver titles;
  private final GroupResolver groups;
  private final RegionAdjectives regions;
  private final CapitalResolver capitals;
  private final ShortNames shortNames;
  private final UnknownNames unknown;
  private final Coreference coreference;
  private final DescriptorResolver descriptors;
  private final EthnicCompounds ethnic;
  private final LeaderCompounds leaders;
  private final PersonDemonyms persons;
  private final PartyWords partyWords;
  private final NationalSections sections;

  MentionResolver(LinkContext doc) {
    this.doc = doc;
    Possessor possessor = new Possessor(doc);
    this.shortNames = new ShortNames(doc);
    this.unknown = new UnknownNames(doc);
    this.titles = new TitleResolver(doc, unknown, possessor, shortNames);
    this.groups = new GroupResolver(doc, possessor);
    this.regions = new RegionAdjectives(doc, titles, groups);
    this.capitals = new CapitalResolver(doc);
    this.coreference = new Coreference(doc);
    this.descriptors = new DescriptorResolver(doc, unknown);
    this.partyWords = new PartyWords(doc);
    this.sections = new NationalSections(doc, unknown);
    this.ethnic = new EthnicCompounds(doc, groups);
    this.leaders = new LeaderCompounds(doc, groups, shortNames);
    this.persons = new PersonDemonyms(doc, groups);
  }

  MentionList resolve() {
    for (int j = 0; j < doc.matches.size(); j++) {
      j = step(j);
    }
    groups.opposed.afterAll(); // "Kritiker der Regierung": the body named after them is resolved now
    new SeatedOfficials(doc).afterAll(); // "ein Richter am Moskauer Stadtgericht": the court, resolved now, gives the judge its state
    groups.mergeFocusGroups();
    unknown.earlierLastNames(); // "Marino … Ignazio Marino": the bare name said first is the full name's person
    unknown.laterLastNames();
    return doc.out;
  }

  /** Resolves the match at {@code j}; returns the index of the last match it used. */
  private int step(int j) {
    Match m = doc.match(j);
    Target t = m.target();
    Match next = doc.next(j);
    if (doc.inDateline(m)) {
      return j; // a dateline place is never an actor
    }
    int opposedEnd = next == null ? -1 : groups.opposed.compound(j, next);
    if (opposedEnd >= 0) {
      return opposedEnd; // "Mubarak-Gegner", "AfD-Kritiker": opponents of whom the first part names, never that one (OpposedGroups)
    }
    if ((t.isCountryWord() || t.kind() == Kind.ORGANIZATION) && next != null && next.target().kind() == Kind.BLOCKED_HEAD && doc.last(m).hyphenAfter()) {
      return j + 1; // "Russland-Experte": Russia is only the topic
    }
    int ethnicEnd = t.isCountryWord() ? ethnic.resolve(j) : -1;
    if (ethnicEnd >= 0) {
      return ethnicEnd; // "bosnisch-serbische Truppen": a community of one land (ethnic-compounds.tsv)
    }
    if (t.kind() == Kind.ADJECTIVE && next != null && ethnicCompound(j)) {
      return ethnicCompound(j, next);
    }
    if (t.isCountryWord() && next != null && doc.isState(t.key())) {
      if (envoy(j)) {
        return titles.withCountry(j, j + 2); // "der israelische UNO-Botschafter": Israel's envoy, not a UN official
      }
      if (next.target().kind() == Kind.TITLE) {
        return titles.withCountry(j, j + 1);
      }
      if (next.target().kind() == Kind.GROUP && !groups.opposed.is(next)) { // "der russische Gegner" of a match: no Russians
        doc.addCountryWord(m);
        groups.withCountryWord(m, next);
        return j + 1;
      }
      if (next.target().kind() == Kind.DESCRIPTOR) {
        return descriptors.withCountry(j, j + 1);
      }
    }
    int regionEnd = regions.resolve(j);
    if (regionEnd >= 0) {
      return regionEnd; // "die bayerische Staatsregierung", "der Kärntner Landeshauptmann": the region's state
    }
    int leaderEnd = t.kind() == Kind.PERSON || t.kind() == Kind.SHORT_NAME ? leaders.resolve(j, next) : -1;
    if (leaderEnd >= 0) {
      return leaderEnd; // "die Orbán-Regierung": the government the person heads (leader-compound-heads.txt)
    }
    String word = doc.first(m).text();
    boolean named = next != null && next.target().kind() == Kind.ORGANIZATION || NameAfter.end(doc, m) > m.to();
    if (t.kind() == Kind.ORGANIZATION && m.to() - m.from() == 1 && doc.language.descriptors.containsKey(word) && named) {
      // "die Linkspartei Podemos": a party word before a name describes that party, it is not the German party of that name
      return descriptors.alone(new Match(m.from(), m.to(), java.util.List.of(new Target(Kind.DESCRIPTOR, word, doc.language.descriptors.get(word), null))), j);
    }
    int sectionEnd = t.kind() == Kind.ORGANIZATION ? sections.resolve(j) : -1;
    if (sectionEnd >= 0) {
      return sectionEnd; // "Amnesty International Österreich": the Austrian section, not the seat's country
    }
    if (t.kind() == Kind.ORGANIZATION && next != null) {
      OrganizationEntry org = doc.dictionary.organization(doc.focus.organizationInContext(m).key()).orElse(null);
      if (org != null && next.target().kind() == Kind.TITLE) {
        return titles.withOrganization(j, j + 1, org);
      }
      if (org != null && next.target().kind() == Kind.GROUP && doc.last(m).hyphenAfter()) {
        groups.withOrganization(m, next, org);
        return j + 1;
      }
    }
    switch (t.kind()) {
      case COUNTRY -> {
        if (guarded(m)) {
          doc.add(m, doc.dictionary.countryRef(t.key(), null), "NAME", "countries.tsv:" + t.key());
        }
      }
      case ADJECTIVE, DEMONYM -> {
        if (t.kind() == Kind.DEMONYM && DemonymReMention.test(doc, j)) {
          return j; // "den Argentinier" after "Papst Franziskus": no state
        }
        if (doc.language.directions.namesNoActor(doc, m)) {
          return j; // "in den westlichen Vororten", "westliche Ölkonzerne": a side, not the West (DirectionAdjectives)
        }
        int personEnd = persons.resolve(j);
        if (personEnd >= 0) {
          return personEnd; // "ein Algerier", "ein Mann türkischer Staatsangehörigkeit": a person of the state, not the state
        }
        doc.add(m, doc.dictionary.countryRef(t.key(), null), "ADJECTIVE", "countries.tsv:" + t.key());
      }
      case CAPITAL -> capitals.capital(m, t);
      case ORGANIZATION -> {
        if (doc.last(m).hyphenAfter() && doc.language.directions.before(doc, m)) {
          return j; // "den südlichen EU-Staaten": some of the members, not the organisation (DirectionAdjectives)
        }
        if (guarded(m)) { // a town that is also a word: "in Essen", not "beim Essen"
          doc.dictionary.organization(doc.focus.organizationInContext(m).key())
              .filter(org -> !partyWords.foreign(m, org)) // "die Linke" in a story about Athens: not Germany's party
              .ifPresent(org -> doc.add(m, doc.organization(org), "NAME", "organizations.tsv:" + org.name()));
        }
      }
      case PERSON, FUZZY_PERSON -> {
        if (!doc.inCompound(m)) {
          doc.add(m, doc.people.person(t.key()), t.kind() == Kind.PERSON ? "NAME" : "FUZZY", "people.tsv:" + t.key());
        }
      }
      case SHORT_NAME -> shortNames.link(m);
      case TITLE -> {
        ActorRef earlier = TitleReMention.earlier(doc, j);
        if (earlier != null) {
          doc.add(m, earlier, "TITLE", "title re-mention"); // "Die Ministerin kritisierte …": the one minister named before
          return j;
        }
        return titles.alone(j);
      }
      case GROUP -> {
        return groups.alone(j);
      }
      case DESCRIPTOR -> {
        return descriptors.alone(j);
      }
      case PLURAL -> coreference.plural(m, t);
      case PRONOUN -> coreference.pronoun(m);
      case UNKNOWN_PERSON, UNKNOWN_ORGANIZATION -> unknown.add(m, UnknownNames.Attributes.NONE);
      default -> { } // BLOCK, BLOCKED_HEAD: no mention
    }
    return j;
  }

  /**
   * For a compound not in ethnic-compounds.tsv (which EthnicCompounds resolves first):
   * the state adjective of a compound whose first part is a lower-case word ("bosnisch-serbische",
   * "kosovo-albanische", "pro-russische") before an office title or a group noun: the people are of
   * the first part's land, not of the second's state ("der bosnisch-serbische Präsident" is no
   * Serbian president). A bilateral compound before a relation noun ("deutsch-französische
   * Beziehungen") is not this: its noun names no actor.
   */
  private boolean ethnicCompound(int j) {
    Match m = doc.match(j);
    Kind next = doc.next(j).target().kind();
    int before = m.from() - 1;
    return doc.first(m).hyphenBefore() && before >= 0 && !doc.pieces.get(before).capitalized()
        && (next == Kind.TITLE || next == Kind.GROUP);
  }

  /**
   * Resolves such a compound: a group noun takes the first part's state when that is a state's
   * adjective ("bosnisch-serbische Polizei": Bosnia and Herzegovina), else it stands as if alone
   * ("pro-russische Separatisten": the article's conflict); a title names no office holder of
   * either state. Returns the last match used.
   */
  private int ethnicCompound(int j, Match noun) {
    Match first = j > 0 && doc.match(j - 1).to() == doc.match(j).from() ? doc.match(j - 1) : null;
    boolean firstState = first != null && first.target().kind() == Kind.ADJECTIVE && doc.isState(first.target().key());
    if (noun.target().kind() == Kind.GROUP && firstState) {
      groups.withCountryWord(first, noun);
    } else if (noun.target().kind() == Kind.GROUP) {
      return groups.alone(j + 1);
    }
    return j + 1;
  }

  /**
   * True when the match after the state's word at {@code j} is an international organisation joined by
   * a hyphen to an envoy's title (envoy-titles.txt): "der israelische UNO-Botschafter", "Frankreichs
   * Nato-Gesandter".
   */
  private boolean envoy(int j) {
    Match country = doc.match(j);
    Match org = doc.match(j + 1);
    if (org.target().kind() != Kind.ORGANIZATION || org.from() != country.to() || !doc.last(org).hyphenAfter() || !doc.hasMatch(j + 2)) {
      return false;
    }
    Match title = doc.match(j + 2);
    boolean igo = doc.dictionary.organization(org.target().key()).map(o -> o.type() == ActorType.IGO).orElse(false);
    return igo && title.target().kind() == Kind.TITLE && title.from() == org.to() && doc.language.envoyTitles.contains(doc.last(title).text());
  }

  /** Guards of guards.tsv: "der Westen" is the West, "im Westen des Landes" is a direction; "in Essen" is the town. */
  private boolean guarded(Match m) {
    return doc.language.guardAllows(doc.text(doc.first(m).begin(), doc.last(m).end()), doc.word(m.from() - 1), doc.word(m.to()));
  }
}
