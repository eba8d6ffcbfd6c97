package org.chronik.pipeline.actors;

import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The office of a city or region: a title of a state's own sector, in the genitive of a place of
 * cities.tsv, regions.tsv or places.tsv ("der Bürgermeister von Chicago", "der Polizeichef von Lyon",
 * "der Gouverneur von Texas"), is an official of the place's state in that sector. The place
 * is named right after the title, so a place that is only the sentence's scene ("in Paris sagte der
 * Bürgermeister von Lyon") gives nothing; titles of no state sector ("Sprecher", "Trainer", "Chef") and
 * places of no state or of a disputed one give nothing either. A place written as the last word of a
 * longer place named before it in the article is that place ("In New Orleans … der Bürgermeister von
 * Orleans": the US city, not the French one). An office title with a place of its own ("der
 * Ministerpräsident von Bayern", "der Innenminister von Katalonien", "der Präsident der Provinz
 * Helmand") is the place's official too, of its state's sector, never the state's own office holder.
 */
final class PlaceOffices {
  /** Sectors of a state's own officials: local government, police, army, courts, councils. */
  static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "MIL", "JUD", "LEG");

  private PlaceOffices() {}

  /** The official the title at {@code title} names with the place at match {@code jPlace} in its genitive, or null. */
  static ActorRef official(LinkContext doc, Match title, int jPlace, OrganizationEntry named) {
    Target t = title.target();
    OrganizationEntry place = named.type() == ActorType.LOCATION ? fuller(doc, jPlace, named) : named;
    if (place.type() != ActorType.LOCATION || place.country() == null || !doc.isState(place.country())
        || t.sector() == null || !STATE_SECTORS.contains(t.sector())) {
      return null;
    }
    return doc.dictionary.countryRef(place.country(), t.sector());
  }

  /** The longer place named before match {@code jPlace} whose last word it is ("New Orleans" for "Orleans"), else {@code named}. */
  private static OrganizationEntry fuller(LinkContext doc, int jPlace, OrganizationEntry named) {
    Match m = doc.match(jPlace);
    String suffix = " " + doc.text(doc.first(m).begin(), doc.last(m).end());
    for (int j = jPlace - 1; j >= 0; j--) {
      Match earlier = doc.match(j);
      if (earlier.target().kind() != Kind.ORGANIZATION || !doc.text(doc.first(earlier).begin(), doc.last(earlier).end()).endsWith(suffix)) {
        continue;
      }
      OrganizationEntry org = doc.dictionary.organization(earlier.target().key()).orElse(null);
      if (org != null && org.type() == ActorType.LOCATION) {
        return org;
      }
    }
    return named;
  }
}
