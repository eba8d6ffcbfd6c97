package org.chronik.pipeline.actors;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Institutions and groups of a country (lang/&lt;iso&gt;/actors/groups.tsv): "das russische
 * Außenministerium", "Chinas Regierung", "US-Militär", "die Regierung Kameruns", "die Regierung in
 * Kiew", "Bundeswehrsoldaten", "seine Regierung", and, with no country in the text, "die
 * Demonstranten" of the article's focus country. Each becomes one mention over the noun (and its
 * country word) whose actor has a country and a sector, so that events can use it.
 */
final class GroupResolver {
  /** How many sentences back a bare group noun looks for the same noun with a country word. */
  private static final int SENTENCES_BACK = 2;
  /** How often an article must name its focus state for a `dominant` group noun to take it (one "Österreicher" among victims is not enough). */
  private static final int MIN_DOMINANT = 2;
  /** Sectors of owners that own no group of people ("Facebook und Twitter … ihre Anhänger" are not American supporters). */
  private static final java.util.Set<String> COMPANY_SECTORS = java.util.Set.of("BUS", "MED");
  private final LinkContext doc;
  private final Possessor possessor;
  /** Opponents and critics (focus `opposed`): "Mubarak-Gegner", "Kritiker Erdogans". */
  final OpposedGroups opposed;

  GroupResolver(LinkContext doc, Possessor possessor) {
    this.doc = doc;
    this.possessor = possessor;
    this.opposed = new OpposedGroups(doc, possessor, this);
  }

  /** A state's word right before the noun: "das russische Außenministerium", "Chinas Regierung", "US-Militär". */
  void withCountryWord(Match country, Match noun) {
    String key = country.target().key();
    String how = country.target().kind() == Kind.ADJECTIVE ? "adjective" : country.target().kind() == Kind.REGION_ADJECTIVE ? "adjective of a region" : doc.last(country).hyphenAfter() ? "compound" : "genitive";
    add(doc.first(country).begin(), doc.last(noun).end(), noun, key, how + ": " + doc.text(doc.first(country).begin(), doc.last(country).end()),
        doc.sentence(country));
  }

  /** An organisation as the first part of the noun: "Hamas-Kämpfer", "Nato-Truppen" are that organisation acting. */
  void withOrganization(Match organization, Match noun, OrganizationEntry org) {
    doc.add(doc.first(organization).begin(), doc.last(noun).end(), doc.organization(org), "GROUP",
        "groups.tsv:" + noun.target().key() + " of " + org.name(), doc.sentence(organization));
  }

  /**
   * The noun at match {@code j} without a country word before it. Returns the last match used (the
   * genitive country or the capital after it, when one gives the country).
   */
  int alone(int j) {
    Match noun = doc.match(j);
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    if (group.focus().equals("word")) {
      return j; // "seiner Frau", "die Lehrerin": a person noun takes a state only from a country word before it
    }
    if (group.focus().equals(OpposedGroups.FOCUS)) {
      return opposed.alone(j); // "Kritiker Erdogans": the state of whom they oppose, never a genitive state's or the focus
    }
    if (noun.target().country() != null) {
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, noun.target().country(), "compound: " + doc.first(noun).text(), doc.sentence(noun));
      return j;
    }
    int jAfter = CountryAfterNoun.genitiveOrCapital(doc, j);
    if (jAfter >= 0) {
      Match after = doc.match(jAfter);
      String key = after.target().kind() == Kind.CAPITAL
          ? new CapitalResolver(doc).capital(after.target().key()).country() : after.target().key();
      String how = after.target().kind() == Kind.CAPITAL ? "capital: " : "genitive: ";
      if (after.target().kind() == Kind.COUNTRY) {
        doc.addCountryWord(after);
      }
      String source = how + doc.text(doc.first(after).begin(), doc.last(after).end());
      if (after.target().kind() == Kind.CAPITAL && group.bare() != null) { // "Demonstranten in Minsk": a place, no nationality word
        doc.add(doc.first(noun).begin(), doc.last(after).end(), bare(group, key), "GROUP", "groups.tsv:" + group.noun(), doc.sentence(noun), source);
      } else {
        add(doc.first(noun).begin(), doc.last(after).end(), noun, key, source, doc.sentence(noun));
      }
      return jAfter;
    }
    Mention described = DescribedCountry.of(doc, noun);
    if (described != null) { // "das Militär des isolierten Landes": the state named last before it, not the focus
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, described.actor().country(), "description: " + described.text(), doc.sentence(noun));
      return j;
    }
    String regime = RegimeAdjective.of(doc, noun, group);
    if (regime != null) { // "das kommunistische Regime": the one such state the article names, not the focus
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, regime, "regime: " + doc.word(noun.from() - 1), doc.sentence(noun));
      return j;
    }
    CountryAfterNoun.Leader led = CountryAfterNoun.ledBy(doc, j);
    if (led != null) { // "die Regierung von Premier Matteo Renzi", "Anhänger Mussawis": the state of the person named after it
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), ref(group, led.country(), led.name()), "GROUP", "groups.tsv:" + group.noun(),
          doc.sentence(noun), "led by: " + led.country());
      return j;
    }
    CountryAfterNoun.Leader org = CountryAfterNoun.organizationAfter(doc, j);
    if (org != null) { // "Anhänger der Hisbollah": the organisation's state; its mention stays the organisation's
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), ref(group, org.country(), org.name()), "GROUP", "groups.tsv:" + group.noun(),
          doc.sentence(noun), "organisation: " + org.name());
      return j;
    }
    Possessor.Found owner = possessor.before(noun);
    if (owner != null && !(group.type() == ActorType.GROUP && isCompany(owner.ref()))) { // "ihre Anhänger" after "Twitter": no company's people
      String whose = owner.ref().type() == ActorType.PERSON ? owner.ref().name() : null; // "dessen Anhänger": that person's supporters
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), ref(group, owner.country(), whose), "GROUP", "groups.tsv:" + group.noun(),
          doc.sentence(noun), "possessive: " + owner.ref().name());
      return j;
    }
    if (blocked(j)) {
      return j;
    }
    boolean own = doc.language.ownBody.contains(doc.word(noun.from() - 1)); // "der nationale Sicherheitsrat" is no UN body
    boolean noDefault = group.focus().equals("no") || group.focus().equals("dominant");
    ActorRef named = noDefault && group.bare() == null && !own ? NamedBefore.organization(doc, group, doc.first(noun).begin()) : null;
    if (named != null) { // "der Sicherheitsrat" after "der UN-Sicherheitsrat"
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), named, "GROUP", "groups.tsv:" + group.noun(), doc.sentence(noun),
          "named before: " + named.name());
      return j;
    }
    Mention earlier = noDefault || doc.focus.placeOf(noun) != null ? null : namedBefore(noun, group);
    if (earlier != null) { // "die französische Polizei … Am Sonntag setzte die Polizei …": the same body again, not the scene's
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), earlier.actor(), "GROUP", "groups.tsv:" + group.noun(), doc.sentence(noun),
          "named before: " + earlier.text());
      return j;
    }
    String focus = switch (group.focus()) {
      case "actor" -> doc.focus.key();
      case "place" -> ArmedGroups.of(doc, noun, group.sector()); // "Demonstranten in Mailand" are Italians
      case "local" -> ArmedGroups.local(doc, noun); // "Muslime in Kairo"; no scene of the article
      case "dominant" -> dominantFocus(); // "die Staatsanwaltschaft" of an article about one state
      default -> null;
    };
    if (group.bare() != null) {
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), bare(group, focus), "GROUP", "groups.tsv:" + group.noun(), doc.sentence(noun),
          focus == null ? null : Mention.focusSource(focus));
    } else if (focus != null) {
      add(doc.first(noun).begin(), doc.last(noun).end(), noun, focus, Mention.focusSource(focus), doc.sentence(noun));
    }
    return j;
  }

  /**
   * The focus country of an article about one state: named at least twice, more than half of all state mentions, and
   * once at least by more than a nationality word (a German story about a family "mit niederländischen Pässen" is not
   * about the Netherlands); else null.
   */
  private String dominantFocus() {
    String key = doc.focus.key();
    return doc.focus.dominant() && doc.focus.count(key) >= MIN_DOMINANT && doc.focus.countByName(key) > 0 ? key : null;
  }

  /**
   * The last mention of the same noun within the sentences before, when a country word there gave it
   * its country ("die französische Polizei"); null when there is none or it took the focus as well.
   */
  private Mention namedBefore(Match noun, ActorLanguage.Group group) {
    String rule = "groups.tsv:" + group.noun();
    Mention m = doc.out.lastBefore(doc.first(noun).begin(), doc.sentence(noun) - SENTENCES_BACK, x -> x.rule().equals(rule));
    boolean named = m != null && m.actor().country() != null && !m.countryFromFocus();
    return named ? m : null;
  }

  /**
   * No country for a noun after a region's word ("westliche Regierungen"), after a word of
   * not-focus ("ausländische Journalisten"), or inside a compound with an unknown first part.
   */
  private boolean blocked(int j) {
    Match noun = doc.match(j);
    if (j > 0) {
      Match before = doc.match(j - 1);
      if (before.to() == noun.from() && (before.target().isCountryWord() || before.target().kind() == Kind.ORGANIZATION)) {
        return true;
      }
    }
    return doc.language.notFocus.contains(doc.word(noun.from() - 1)) || doc.first(noun).hyphenBefore();
  }

  private void add(int begin, int end, Match noun, String country, String source, int sentence) {
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    doc.add(begin, end, ref(group, country), "GROUP", "groups.tsv:" + group.noun(), sentence, source);
  }

  /** The actor a group noun names for {@code country}: the first of its names that is in organizations.tsv, else the first name. */
  ActorRef ref(ActorLanguage.Group group, String country) {
    return ref(group, country, null);
  }

  /** As {@link #ref(ActorLanguage.Group, String)}, where names with {owner} take the person or organisation the group belongs to (none: skipped). */
  ActorRef ref(ActorLanguage.Group group, String country, String owner) {
    ActorDictionary dictionary = doc.dictionary;
    String name = null;
    for (String template : group.names()) {
      if (template.equals("{country}")) {
        return dictionary.countryRef(country, group.sector());
      }
      if (template.contains("{owner}") && owner == null) {
        continue;
      }
      String filled = template.replace("{owner}", owner == null ? "" : owner).replace("{the country}", dictionary.definiteName(country))
          .replace("{country}", dictionary.country(country).map(CountryEntry::name).orElse(country))
          .replace("{adjective}", dictionary.englishAdjective(country));
      var org = dictionary.organization(filled);
      if (org.isPresent()) {
        return doc.organization(org.get());
      }
      name = name == null ? filled : name;
    }
    String id = group.type() == ActorType.GROUP ? groupId(name, country) : "org:" + ActorDictionary.slug(name);
    return new ActorRef(id, name, group.type(), country, group.sector(), null);
  }

  /**
   * One group, one actor: "die iranischen Sicherheitskräfte" and later "die Sicherheitskräfte" of the
   * focus Iran are the same; the noun without a country word takes the named one's reference.
   */
  void mergeFocusGroups() {
    for (Mention named : doc.out.all()) {
      String source = named.attributeSource();
      if (!named.kind().equals("GROUP") || source == null || Mention.isFocusSource(source) || named.actor().country() == null) {
        continue;
      }
      for (Mention bare : doc.out.all()) {
        if (bare.rule().equals(named.rule()) && bare.countryFromFocus()
            && named.actor().country().equals(bare.actor().country()) && !bare.actor().id().equals(named.actor().id())) {
          doc.out.replace(bare.actor().id(), named.actor(), null);
        }
      }
    }
  }

  private static boolean isCompany(ActorRef ref) {
    return ref.sector() != null && COMPANY_SECTORS.contains(ref.sector());
  }

  /** The group by its bare name ("Protesters") with the country the text implies without naming it. */
  private static ActorRef bare(ActorLanguage.Group group, String country) {
    return new ActorRef(groupId(group.bare(), country), group.bare(), ActorType.GROUP, country, group.sector(), null);
  }

  private static String groupId(String name, String country) {
    return "group:" + ActorDictionary.slug(name) + (country == null ? "" : ":" + country);
  }
}
