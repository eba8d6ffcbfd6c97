package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.Mention;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Whether the state of a place a rule's slot names is the act's target ({@code codebooks/place-targets.tsv},
 * events README "A place as target"): always for material conflict ("beschoss Charkiw"); for any other
 * act only for the codes listed (a visit's host: "Besuch in Athen") and never for a listed seat of
 * international bodies ("sagte die Reise nach Brüssel ab" goes to the EU, not Belgium). A place below
 * the topic of words ("wies auf einen Fall in Polen hin") is where something happened, no target; nor is the
 * place of a private body or performance (grammar.tsv PRIVATE_BODY: "verbot das Konzert in Moskau").
 * Loaded once; immutable.
 */
final class PlaceTargets {
  static final String RESOURCE = "/codebooks/place-targets.tsv";

  private static final PlaceTargets TABLE = load();

  private final Set<String> codes;
  private final Set<String> seats;

  private PlaceTargets(Set<String> codes, Set<String> seats) {
    this.codes = Set.copyOf(codes);
    this.seats = Set.copyOf(seats);
  }

  static PlaceTargets load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(PlaceTargets.class, RESOURCE), RESOURCE);
    Set<String> codes = new HashSet<>();
    Set<String> seats = new HashSet<>();
    for (Tsv.Row row : table.rows()) {
      String kind = table.get(row, "kind");
      String value = table.get(row, "value");
      if (kind.equals("code") && value.matches("[0-9]{2,4}")) {
        codes.add(value);
      } else if (kind.equals("seat") && !value.isBlank()) {
        seats.add(value);
      } else {
        throw new IllegalArgumentException(row.where() + ": expected \"code\" with a CAMEO prefix or \"seat\" with a place: \""
            + String.join("\t", row.fields()) + "\"");
      }
    }
    return new PlaceTargets(codes, seats);
  }

  /** The place targets {@code found} (read from places by ArgumentFinder.places) an act of {@code code} keeps. */
  static List<Arg> kept(List<Arg> found, SentenceView s, String code, boolean material, PlaceFinder places) {
    // "verbot das Konzert der Band in Moskau": a private body's or performance's place is where it is, no state acted on
    found = found.stream().filter(a -> a.token() < 0 || !ActorPhrase.privateBody(s, a.token())).toList();
    if (material || found.isEmpty()) {
      return found;
    }
    if (!TABLE.listed(code)) {
      return List.of();
    }
    return found.stream().filter(a -> a.token() < 0 || !TABLE.seat(places.placeAt(s, a.token())) && !TABLE.seat(places.placeBelow(s, a.token()))).toList();
  }

  private boolean listed(String code) {
    for (int n = code.length(); n >= 2; n--) {
      if (codes.contains(code.substring(0, n))) {
        return true;
      }
    }
    return false;
  }

  private boolean seat(Mention place) {
    return place != null && seats.contains(place.actor().name());
  }
}
