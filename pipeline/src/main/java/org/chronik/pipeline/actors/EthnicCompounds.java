package org.chronik.pipeline.actors;

import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Ethnic compound adjectives of lang/&lt;iso&gt;/actors/ethnic-compounds.tsv ("bosnisch-serbische
 * Truppen", "kosovo-albanische Rebellen", "die türkisch-zypriotische Führung"): the compound names a
 * community of one land. A group noun after it becomes that community's group (an armed or police
 * noun a non-state armed group, sector REB, unless the community's institutions are the land's
 * state); a title after it names no office holder of either state; the compound alone mentions the
 * land. Neither part's state acts.
 */
final class EthnicCompounds {
  /** One row of ethnic-compounds.tsv. */
  record Entry(String first, String second, String land, boolean state, String people, String armed, String leaders) {}

  private final LinkContext doc;
  private final GroupResolver groups;

  EthnicCompounds(LinkContext doc, GroupResolver groups) {
    this.doc = doc;
    this.groups = groups;
  }

  /**
   * Resolves the compound that the country word at match {@code j} begins, or ends when the first
   * part is no country word ("kosovo-albanische" in lower case); returns the last match used, or -1
   * when no listed compound is there.
   */
  int resolve(int j) {
    Match m = doc.match(j);
    if (m.to() - m.from() != 1) {
      return -1;
    }
    int first = doc.last(m).hyphenAfter() ? m.from() : m.from() - 1;
    int second = first + 1;
    if (first < 0 || second >= doc.pieces.size() || !doc.pieces.get(second).hyphenBefore() || !doc.pieces.get(first).hyphenAfter()
        || doc.pieces.get(first).sentence() != doc.pieces.get(second).sentence()) {
      return -1;
    }
    Entry e = entry(doc.pieces.get(first).text(), doc.pieces.get(second).text());
    if (e == null) {
      return -1;
    }
    int last = j;
    while (doc.hasMatch(last + 1) && doc.match(last + 1).from() <= second) {
      last++; // the second part's own country match
    }
    int begin = doc.pieces.get(first).begin();
    int end = doc.pieces.get(second).end();
    String compound = doc.text(begin, end);
    Match noun = doc.hasMatch(last + 1) && doc.match(last + 1).from() == second + 1 ? doc.match(last + 1) : null;
    if (noun != null && noun.target().kind() == Kind.GROUP) {
      doc.add(begin, doc.last(noun).end(), group(e, noun), "GROUP", "ethnic-compounds.tsv:" + e.first() + "-" + e.second(),
          doc.sentence(m), "ethnic: " + compound);
      return last + 1;
    }
    doc.add(begin, end, doc.dictionary.countryRef(e.land(), null), "ADJECTIVE", "ethnic-compounds.tsv:" + e.first() + "-" + e.second(),
        doc.sentence(m), "ethnic: " + compound);
    return noun != null && noun.target().kind() == Kind.TITLE ? last + 1 : last;
  }

  private ActorRef group(Entry e, Match noun) {
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    if (e.state()) {
      return groups.ref(group, e.land());
    }
    String sector = group.sector();
    String name;
    if ("MIL".equals(sector) || "COP".equals(sector)) {
      sector = "REB";
      name = e.armed();
    } else if (group.bare() != null) {
      name = e.people() + " " + group.bare().toLowerCase(Locale.ROOT);
    } else {
      name = e.leaders();
    }
    return new ActorRef("group:" + ActorDictionary.slug(name) + ":" + e.land(), name, ActorType.GROUP, e.land(), sector, null);
  }

  /** The listed compound of these two parts: the first as written, the second a stem plus at most two letters of ending. */
  private Entry entry(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    for (Entry e : doc.language.ethnicCompounds) {
      if (e.first().equals(a) && b.startsWith(e.second()) && b.length() - e.second().length() <= 2) {
        return e;
      }
    }
    return null;
  }
}
