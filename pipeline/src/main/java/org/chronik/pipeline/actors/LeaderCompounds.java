package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A known person as the first part of a hyphenated compound whose head is a government noun of
 * lang/&lt;iso&gt;/actors/leader-compound-heads.txt ("die Orbán-Regierung", "das Assad-Regime"): the
 * compound names the government of the state whose head of state or of government that person is on
 * the article's date (actors/people.tsv; in an undated article, at any time). A person holding no
 * such office then, heads of two states by that name, or another head ("Merkel-Biografie") link
 * nothing here.
 */
final class LeaderCompounds {
  /** The offices whose holder a government is named after. */
  private static final List<String> HEAD_ROLES = List.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT");

  private final LinkContext doc;
  private final GroupResolver groups;
  private final ShortNames shortNames;

  LeaderCompounds(LinkContext doc, GroupResolver groups, ShortNames shortNames) {
    this.doc = doc;
    this.groups = groups;
    this.shortNames = shortNames;
  }

  /**
   * Resolves the person at match {@code j} with the government noun right after its hyphen; returns
   * the noun's match index, or -1 when the two make no leader compound.
   */
  int resolve(int j, Match next) {
    Match person = doc.match(j);
    if (next == null || next.target().kind() != Kind.GROUP || !doc.language.leaderHeads.contains(next.target().key())
        || !doc.last(person).hyphenAfter() || next.from() != person.to() || doc.last(next).hyphenAfter()
        || doc.sentence(person) != doc.sentence(next)) {
      return -1;
    }
    String country = headOfStateCountry(doc, candidates(person));
    if (country == null || !doc.isState(country)) {
      return -1;
    }
    ActorLanguage.Group group = doc.language.groups.get(next.target().key());
    int begin = doc.first(person).begin();
    int end = doc.last(next).end();
    doc.add(begin, end, groups.ref(group, country), "GROUP", "leader-compound-heads.txt:" + group.noun(), doc.sentence(person),
        "leader compound: " + doc.text(begin, end));
    return j + 1;
  }

  /**
   * The people the first part may be: a full name its person; a short name the person of that name
   * the document names in full, else every dictionary person whose last name it is ("Assad": father
   * and son, told apart by the date in {@link #headOfStateCountry}).
   */
  private List<String> candidates(Match person) {
    if (person.target().kind() == Kind.PERSON) {
      return List.of(person.target().key());
    }
    List<String> named = new ArrayList<>();
    List<String> lastNames = new ArrayList<>();
    String word = doc.first(person).text();
    for (Target t : person.targets()) {
      if (t.kind() == Kind.SHORT_NAME && doc.documentPersons.contains(t.key())) {
        named.add(t.key());
      } else if (t.kind() == Kind.SHORT_NAME && person.to() - person.from() == 1 && shortNames.isLastName(t.key(), word)) {
        lastNames.add(t.key());
      }
    }
    return named.isEmpty() ? lastNames : named;
  }

  /**
   * The one state whose head of state or of government one of {@code names} is on the article's date
   * (undated: was at any time, as undated titles read their holders), or null.
   */
  static String headOfStateCountry(LinkContext doc, List<String> names) {
    String country = null;
    for (PersonTerm t : names.stream().flatMap(n -> doc.dictionary.people().getOrDefault(n, List.of()).stream()).toList()) {
      if ("GOV".equals(t.sector()) && HEAD_ROLES.contains(t.role()) && (doc.date == null || t.overlapDays(doc.date) > 0)) {
        if (country != null && !country.equals(t.country())) {
          return null; // heads of two states: which government is meant is unclear
        }
        country = t.country();
      }
    }
    return country;
  }
}
