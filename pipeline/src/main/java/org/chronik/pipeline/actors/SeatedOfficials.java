package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A nameless official of a state's sector tied by a seat word to the body it serves at: "ein Richter am
 * Moskauer Stadtgericht", "der Untersuchungsrichter beim Gericht in Belgrad", "ein Staatsanwalt vom
 * Landesgericht". Such an office title or group noun names no country of its own and no office holder; the body
 * after it does, once it is resolved, so this runs after all other mentions: the official becomes that body's
 * state in the official's own sector. Only when the body is an institution (not a state or its capital: "der
 * Bürgermeister von Moskau" is a place's office, PlaceOffices) of the same sector (a judge at a court, an
 * investigator at or of the police: "ein Ermittler der Polizei") and of one state; a body of no state ("am Internationalen Strafgerichtshof") or of
 * another sector ("ein Richter beim Innenministerium") gives nothing. Seat words: kind {@code seat} of
 * {@code institution-seats.tsv}.
 */
final class SeatedOfficials {
  /** How many words (adjectives, "Obersten") may stand between the seat words and the body's mention. */
  private static final int BETWEEN = 2;
  private final LinkContext doc;

  SeatedOfficials(LinkContext doc) {
    this.doc = doc;
  }

  /** Adds a mention for every nameless official whose body after a seat word is known by now. */
  void afterAll() {
    List<Mention> found = doc.out.all();
    for (int j = 0; j < doc.matches.size(); j++) {
      Match noun = doc.match(j);
      String sector = sector(noun.target());
      if (sector == null || doc.inDateline(noun) || covered(found, noun)) {
        continue;
      }
      Mention body = bodyAfter(found, noun, sector);
      if (body == null) {
        continue;
      }
      doc.add(doc.first(noun).begin(), doc.last(noun).end(), doc.dictionary.countryRef(body.actor().country(), sector),
          noun.target().kind() == Kind.TITLE ? "TITLE" : "GROUP", "institution-seats.tsv:seat", doc.sentence(noun), "seat: " + body.text());
    }
  }

  /** The state sector of an office title or group noun, else null. */
  private String sector(Target t) {
    String sector = switch (t.kind()) {
      case TITLE -> t.sector();
      case GROUP -> doc.language.groups.containsKey(t.key()) ? doc.language.groups.get(t.key()).sector() : null;
      default -> null;
    };
    return sector != null && PlaceOffices.STATE_SECTORS.contains(sector) ? sector : null;
  }

  private boolean covered(List<Mention> found, Match noun) {
    int begin = doc.first(noun).begin();
    int end = doc.last(noun).end();
    return found.stream().anyMatch(m -> m.span().begin() < end && m.span().end() > begin);
  }

  /** The mention of a body of one state and of the sector right after the noun's seat words, in its sentence; else null. */
  private Mention bodyAfter(List<Mention> found, Match noun, String sector) {
    int k = noun.to();
    int sentence = doc.sentence(noun);
    int seat = 0;
    while (k < doc.pieces.size() && doc.pieces.get(k).sentence() == sentence && doc.language.seats.seatWord(doc.pieces.get(k).text())) {
      k++;
      seat++;
    }
    if (seat == 0 || k >= doc.pieces.size()) {
      return null;
    }
    int last = Math.min(doc.pieces.size() - 1, k + BETWEEN);
    while (last > k && doc.pieces.get(last).sentence() != sentence) {
      last--;
    }
    int from = doc.pieces.get(k).begin();
    int to = doc.pieces.get(last).end();
    Mention body = found.stream().filter(m -> m.span().begin() >= from && m.span().begin() < to && m.actor() != null
            && sector.equals(m.actor().sector()))
        .min(java.util.Comparator.comparingInt(m -> m.span().begin())).orElse(null);
    return body != null && body.actor().type() != ActorType.COUNTRY && body.actor().country() != null && doc.isState(body.actor().country()) ? body : null;
  }
}
