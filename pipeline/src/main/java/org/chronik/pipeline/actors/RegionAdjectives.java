package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A region's adjective (lang/&lt;iso&gt;/actors/region-adjectives.tsv) right before a group noun or an
 * office title: the body or office is its state's. "die bayerische Staatsregierung", "die Tiroler
 * Polizei" take the state as a country word would; a title with a name after it ("der Kärntner
 * Landeshauptmann X", "der bayerische Finanzminister X") makes that person the state's; a title alone
 * of a state's sector ("der texanische Gouverneur", "der bayerische Ministerpräsident", "der
 * katalanische Innenminister") is the region's official in the title's sector, never the state's own
 * office holder. Alone the adjective names no actor: "katalanische Musik" is no state acting.
 */
final class RegionAdjectives {
  private final LinkContext doc;
  private final TitleResolver titles;
  private final GroupResolver groups;

  RegionAdjectives(LinkContext doc, TitleResolver titles, GroupResolver groups) {
    this.doc = doc;
    this.titles = titles;
    this.groups = groups;
  }

  /** Resolves the region adjective at match {@code j} with the noun after it; returns the last match used, or -1 for none. */
  int resolve(int j) {
    Match adjective = doc.match(j);
    Match next = doc.next(j);
    if (adjective.target().kind() != Kind.REGION_ADJECTIVE || next == null || !doc.isState(adjective.target().key())) {
      return -1;
    }
    Target t = next.target();
    if (t.kind() == Kind.GROUP && doc.language.seats.townBody(doc.first(adjective).text(), next.target().key())) {
      return j + 1; // "der Berliner Senat": the town's own body, no state's (institution-seats.tsv town-body)
    }
    if (t.kind() == Kind.GROUP) {
      groups.withCountryWord(adjective, next);
      return j + 1;
    }
    if (t.kind() != Kind.TITLE || t.sector() == null || !PlaceOffices.STATE_SECTORS.contains(t.sector())) {
      return -1;
    }
    if (titles.nameFollows(j + 1)) {
      return titles.withCountry(j, j + 1); // "der Kärntner Landeshauptmann X", "der bayerische Finanzminister X": X, of the state
    }
    String office = "office of a region: " + doc.text(doc.first(adjective).begin(), doc.last(next).end());
    doc.add(doc.first(adjective).begin(), doc.last(next).end(), doc.dictionary.countryRef(adjective.target().key(), t.sector()), "TITLE",
        "titles.tsv:" + t.key(), doc.sentence(adjective), office);
    return j + 1;
  }
}
