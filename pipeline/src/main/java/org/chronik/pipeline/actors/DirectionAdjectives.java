package org.chronik.pipeline.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * Adjectives of a compass direction ({@code lang/<iso>/actors/direction-adjectives.tsv}): where they name a
 * region's states as an actor and where only a side of something. "Die westlichen Staaten verurteilten …",
 * "westliche Sanktionen" are the West; "in den westlichen Vororten der Stadt", "westliche Ölkonzerne",
 * "die westlichen Provinzen" tell where a place lies or where a firm is from and name no actor. Before an
 * organisation's compound ("die östlichen EU-Staaten") the adjective picks out some of the members, who are
 * not the organisation. Immutable once read; one per language, held by {@link ActorLanguage}.
 */
final class DirectionAdjectives {
  /** The inflection endings of an adjective stem (the bare stem is the predicative or adverbial form). */
  private static final List<String> ENDINGS = List.of("", "e", "en", "er", "es", "em");
  private final Set<String> stems = new HashSet<>();
  private final Set<String> heads = new HashSet<>();

  /** Reads the direction stems and the actor heads of one language's file. */
  DirectionAdjectives(String file) {
    for (Tsv.Row row : Tsv.resource(file)) {
      switch (row.field(0)) {
        case "kind" -> { }
        case "direction" -> stems.add(row.field(1).toLowerCase(Locale.ROOT));
        case "head" -> heads.add(row.field(1).toLowerCase(Locale.ROOT));
        default -> throw new IllegalArgumentException(file + ": unknown kind \"" + row.field(0) + "\"");
      }
    }
  }

  /** Whether a word (any case) is a form of a direction adjective: "westlichen", "Östliche". */
  boolean direction(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (w.startsWith(stem) && ENDINGS.contains(w.substring(stem.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun (any case) is one on which a direction adjective names states: "Staaten", "Ländern". */
  boolean head(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    return heads.contains(w) || w.endsWith("n") && heads.contains(w.substring(0, w.length() - 1));
  }

  /**
   * Whether the adjective match {@code m} is a direction adjective on a noun that is no actor head: "in den
   * westlichen Vororten", "westliche Ölfirmen". The noun is the first capitalised word after it in
   * its sentence (other adjectives may stand between: "westlichen europäischen Staaten"); a hyphen after
   * it ("westliche Nato-Staaten") makes it an organisation's compound, which is no head either.
   */
  boolean namesNoActor(LinkContext doc, Match m) {
    if (m.to() - m.from() != 1 || !direction(doc.first(m).text())) {
      return false;
    }
    int sentence = doc.sentence(m);
    for (int i = m.to(); i < doc.pieces.size() && doc.pieces.get(i).sentence() == sentence; i++) {
      Piece p = doc.pieces.get(i);
      if (p.capitalized()) {
        return p.hyphenAfter() || !head(p.text());
      }
    }
    return true; // "Die Stadt liegt westlich": no noun, no actor
  }

  /** Whether the word right before match {@code m} is a direction adjective: "den südlichen EU-Staaten". */
  boolean before(LinkContext doc, Match m) {
    return m.from() > 0 && doc.pieces.get(m.from() - 1).sentence() == doc.sentence(m) && direction(doc.word(m.from() - 1));
  }
}
