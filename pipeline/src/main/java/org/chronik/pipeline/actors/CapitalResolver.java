package org.chronik.pipeline.actors;

import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A capital is a place or its government: after a place word of location-prepositions.txt ("in
 * Moskau", "die Hauptstadt Kiew") or inside the cleaner's dateline it is a LOCATION, which never acts;
 * otherwise ("Moskau kritisierte", and as the origin of a report: "aus Moskau verlautete", ReportOrigins) it is
 * the government of its state, the country with sector GOV.
 */
final class CapitalResolver {
  private final LinkContext doc;

  CapitalResolver(LinkContext doc) {
    this.doc = doc;
  }

  void capital(Match m, Target t) {
    CapitalEntry cap = capital(t.key());
    Piece first = doc.first(m);
    boolean afterPreposition = m.from() > 0 && doc.pieces.get(m.from() - 1).sentence() == first.sentence()
        && doc.language.placePrepositions.contains(doc.pieces.get(m.from() - 1).text().toLowerCase(Locale.ROOT));
    // "Aus Paris hieß es": the capital a report comes from is its government
    boolean origin = afterPreposition && doc.language.reportOrigins.isOrigin(doc, m, cap.country());
    if ((afterPreposition && !origin) || doc.inDateline(m)) {
      doc.add(m, place(cap), "NAME", "capitals.tsv:" + cap.name());
    } else {
      doc.add(m, doc.dictionary.countryRef(cap.country(), "GOV"), "METONYM", "capitals.tsv:" + cap.name());
    }
  }

  CapitalEntry capital(String name) {
    return doc.dictionary.capitals().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  static ActorRef place(CapitalEntry cap) {
    return new ActorRef("location:" + ActorDictionary.slug(cap.name()), cap.name(), ActorType.LOCATION, cap.country(), null, null);
  }
}
