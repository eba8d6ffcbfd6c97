package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * The places a document names after a place word ("in Neapel", "in der Ukraine"), each with its
 * state, and which of them hang on a group noun ("Demonstranten in Mailand"). Built by FocusCountry.
 */
final class NamedPlaces {
  private final List<Map.Entry<Integer, String>> places = new ArrayList<>();
  /** The first pieces of the places named right after the place word, with no article between ("in Österreich"). */
  private final java.util.Set<Integer> bare = new java.util.HashSet<>();
  private final List<Piece> pieces;

  NamedPlaces(List<Piece> pieces) {
    this.pieces = pieces;
  }

  /** A place named at piece {@code from}, of state {@code country}; {@code bare}: right after the place word. */
  void add(int from, String country, boolean bare) {
    places.add(Map.entry(from, country));
    if (bare) {
      this.bare.add(from);
    }
  }

  /**
   * The one state that the places named right after a place word of presence on the main verb of sentence {@code
   * sentence} lie in ("In Österreich wird … gestritten"), or null when the sentence names none or places of several
   * states. A place after an article ("Er hatte in der Türkei gelebt", often a person's past) or on a noun ("die in
   * London ansässige Beobachtungsstelle", "die Rechtsprechung des Gerichts in Straßburg") does not count.
   */
  String stateOf(int sentence) {
    String state = null;
    boolean onVerb = false;
    for (Map.Entry<Integer, String> place : places) {
      if (pieces.get(place.getKey()).sentence() != sentence || !bare.contains(place.getKey())) {
        continue;
      }
      if (state != null && !state.equals(place.getValue())) {
        return null;
      }
      state = place.getValue();
      onVerb |= onMainVerb(pieces.get(place.getKey()));
    }
    return onVerb ? state : null;
  }

  /** The state of a place that hangs on the group's noun, or null. */
  String placeOf(Match noun) {
    Piece group = pieces.get(noun.to() - 1);
    for (Map.Entry<Integer, String> place : places) {
      Piece at = pieces.get(place.getKey());
      if (at.sentence() != group.sentence() || group.token() == null || at.token() == null) {
        continue;
      }
      int head = at.token().head();
      int above = head < 0 ? -1 : headOf(at.sentence(), head);
      int groupHead = group.token().head();
      if (head == group.token().index() || groupHead >= 0 && (head == groupHead || above == groupHead)) {
        return place.getValue();
      }
    }
    return null;
  }

  /** Whether the parser hangs the place on its sentence's root ("In Österreich wird … gestritten"), not on a noun ("die in London ansässige …"). */
  private boolean onMainVerb(Piece place) {
    if (place.token() == null || place.token().head() < 0) {
      return place.token() != null && !"root".equals(place.token().deprel()); // a sentence the parser left unparsed
    }
    for (Piece p : pieces) {
      if (p.sentence() == place.sentence() && p.token() != null && p.token().index() == place.token().head()) {
        return p.token().head() < 0;
      }
    }
    return false;
  }

  private int headOf(int sentence, int index) { // the head of the token {@code index} of a sentence, or -1
    for (Piece p : pieces) {
      if (p.sentence() == sentence && p.token() != null && p.token().index() == index) {
        return p.token().head();
      }
    }
    return -1;
  }
}
