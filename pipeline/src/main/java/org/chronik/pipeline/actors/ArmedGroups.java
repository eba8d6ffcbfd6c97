package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The country of the armed groups an article names. "Die Rebellen" of an article about the FARC
 * whose talks take place in Havana are Colombian, not Cuban: a rebel noun without a country word
 * belongs to the conflict the article is about, which the armed groups it names tell better than
 * the places it names.
 *
 * <p>Decision: the state whose armed organisations (organizations.tsv sector REB, one country) the
 * article names more often than those of all other states together; none when no state has such a
 * majority (Hamas once and the Taliban once name no conflict of one state).
 */
final class ArmedGroups {
  /** The sector of armed groups in organizations.tsv and groups.tsv. */
  static final String SECTOR = "REB";

  private final String country;

  ArmedGroups(ActorDictionary dictionary, List<Match> matches) {
    Map<String, Integer> counts = new HashMap<>();
    int all = 0;
    for (Match m : matches) {
      if (m.target().kind() != Kind.ORGANIZATION || m.targets().size() != 1) {
        continue;
      }
      OrganizationEntry org = dictionary.organization(m.target().key()).orElse(null);
      boolean state = org != null && org.country() != null
          && dictionary.country(org.country()).map(c -> c.type() == ActorType.COUNTRY).orElse(false);
      if (state && SECTOR.equals(org.sector())) {
        counts.merge(org.country(), 1, Integer::sum);
        all++;
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() * 2 > all) {
        best = e.getKey();
      }
    }
    this.country = best;
  }

  /** The state whose armed groups the article names most (more than all others together), or null. */
  String country() {
    return country;
  }

  /**
   * Where a group noun without a country word belongs: a place hanging on the noun ("Rebellen in
   * Syrien"); for an armed group's noun, else the state of the armed groups the article names; else
   * the state of the places its own sentence or the one before names; else the article's scene.
   */
  static String of(LinkContext doc, Match noun, String sector) {
    if (doc.language.migrantPeople.are(doc, noun)) {
      return null; // "73 Menschen gerettet" in a passage about refugees: migrants, not the scene's civilians
    }
    String place = doc.focus.placeOf(noun);
    if (place != null) {
      return place;
    }
    if (SECTOR.equals(sector) && doc.armed.country() != null) {
      return doc.armed.country();
    }
    String local = doc.focus.localScene(noun);
    return local != null ? local : doc.focus.scene();
  }

  /**
   * Where a group noun that many states share belongs only by what is told next to it ("Muslime in Kairo", focus
   * {@code local}): a place hanging on the noun, else the one state its own sentence or the one before names places
   * in; never the article's scene, which for members of a faith is too often another state (the peacekeepers' home
   * in a story of a massacre, a general remark on a faith).
   */
  static String local(LinkContext doc, Match noun) {
    String place = doc.focus.placeOf(noun);
    return place != null ? place : doc.focus.localScene(noun);
  }
}
