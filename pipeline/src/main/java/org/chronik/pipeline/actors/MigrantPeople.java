package org.chronik.pipeline.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * Migrants told of with a generic word for people: "Die Küstenwache rettete 73 Menschen aus dem Meer" after a
 * sentence about refugees names no Greek civilians. A refugee belongs to the country left, which only a
 * nationality word tells; the scene country a generic people noun takes by default is where the migrants
 * arrived. So a people noun of {@code actors/migrant-people.tsv} takes no country when no place hangs on it,
 * its own sentence and the one before name no state as a place, and its own sentence or one of the
 * {@value #BEFORE} before names migrants. Immutable once read; one per language, held by {@link ActorLanguage}.
 */
final class MigrantPeople {
  /** How many sentences before the noun's own may still say that its people are migrants. */
  static final int BEFORE = 4;
  private final Set<String> people = new HashSet<>();
  private final Set<String> migrants = new HashSet<>();

  /** Reads the people and migrant words of one language's file ({@code lang/<iso>/actors/migrant-people.tsv}). */
  MigrantPeople(String file) {
    for (Tsv.Row row : Tsv.resource(file)) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "people" -> people.add(row.field(1));
        case "migrants" -> migrants.add(row.field(1).toLowerCase(Locale.ROOT));
        default -> throw new IllegalArgumentException(file + ": unknown kind \"" + row.field(0) + "\"");
      }
    }
  }

  /** True when the people noun {@code noun} stands for migrants, so that the scene gives it no country. */
  boolean are(LinkContext doc, Match noun) {
    if (!people.contains(noun.target().key()) || doc.focus.placeOf(noun) != null || doc.focus.localScene(noun) != null) {
      return false;
    }
    int sentence = doc.sentence(noun);
    for (Piece p : doc.pieces) {
      if (p.sentence() <= sentence && p.sentence() >= sentence - BEFORE && migrant(p.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The word names migrants, alone or as the last part of a compound ("Bootsflüchtlinge"). */
  private boolean migrant(String word) {
    for (String m : migrants) {
      if (word.endsWith(m)) {
        return true;
      }
    }
    return false;
  }
}
