package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Locale;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Place phrases on the surface of a sentence: a place word before a name ("in Neapel", "in der Ukraine"), and a
 * state's adjective before a place noun of place-nouns.tsv after a place word ("in der nigerianischen Stadt Jos",
 * "im afghanischen Dorf Sangin"): a town of that state, whether or not a dictionary knows its name. Read by
 * FocusCountry for the article's scene and a group's local scene. Stateless.
 */
final class PlacePhrases {
  private PlacePhrases() {}

  /** Whether a place word stands before piece {@code at} in its sentence, directly or (with {@code article}) before an article ("in der Ukraine"). */
  static boolean afterPlaceWord(List<Piece> pieces, int at, boolean article, ActorLanguage language) {
    return placeWord(pieces, at, article, language) >= 0;
  }

  /**
   * The piece of the place noun after a state's adjective that follows a place word, directly or after an article
   * ("in der nigerianischen Stadt", "im afghanischen Dorf"), or -1: a subject ("die syrische Stadt ist zerstört") or
   * a person ("ein deutscher Dorfbewohner") is no such place.
   */
  static int townOf(List<Piece> pieces, Match adjective, ActorLanguage language) {
    int noun = adjective.to();
    if (adjective.target().kind() != Kind.ADJECTIVE || noun >= pieces.size()
        || pieces.get(noun).sentence() != pieces.get(adjective.from()).sentence() || pieces.get(noun).hyphenBefore()) {
      return -1;
    }
    Piece p = pieces.get(noun);
    boolean placeNoun = language.placeNouns.is(p.text()) || p.token() != null && language.placeNouns.is(p.token().lemma());
    return placeNoun && afterPlaceWord(pieces, adjective.from(), true, language) ? noun : -1;
  }

  /** Whether the place word before the piece {@code at} (and its article) is one of presence ("in", "im"), not "nach" or "aus". */
  static boolean presence(List<Piece> pieces, int at, ActorLanguage language) {
    int word = placeWord(pieces, at, true, language);
    return word >= 0 && language.scenePrepositions.contains(pieces.get(word).text().toLowerCase(Locale.ROOT));
  }

  /** The piece of the place word before piece {@code at} (with {@code article}: also before an article), or -1. */
  private static int placeWord(List<Piece> pieces, int at, boolean article, ActorLanguage language) {
    int before = at - 1;
    if (article && before > 0 && language.placeArticles.contains(pieces.get(before).text())) {
      before--; // "in der Ukraine", "in den USA"
    }
    boolean found = before >= 0 && pieces.get(before).sentence() == pieces.get(at).sentence()
        && language.placePrepositions.contains(pieces.get(before).text().toLowerCase(Locale.ROOT));
    return found ? before : -1;
  }
}
