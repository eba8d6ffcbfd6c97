package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Organisation names found by their shape (organization-shapes.tsv) where no dictionary knows them and
 * the tagger may not: two or more capitalized words ending in a head ("Nationale Befreiungsfront"),
 * optionally continued by a connector and more capitalized words, or a head continued so ("Bewegung
 * für Demokratie").
 */
final class OrganizationShapes {
  /** The target key that marks a name found by shape, so its mention says so (kind SHAPE). */
  static final String SHAPE = "shape";

  private OrganizationShapes() {}

  static List<Match> find(List<Piece> pieces, boolean[] covered, ActorLanguage language) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < pieces.size()) {
      int end = i;
      while (end < pieces.size() && word(pieces, end, i, covered)) {
        end++;
      }
      int head = lastHead(pieces, i, end, language);
      int to = head >= 0 ? continuation(pieces, head + 1, covered, language) : -1;
      boolean named = head > i && hasName(pieces, i, head + 1);
      boolean headFirst = head == i && to > head + 1; // "Bewegung für Demokratie und Entwicklung"
      if (named || headFirst) {
        found.add(new Match(i, to, List.of(Target.of(Kind.UNKNOWN_ORGANIZATION, SHAPE))));
        i = to;
      } else {
        i = Math.max(i + 1, end);
      }
    }
    return found;
  }

  /** A capitalized, uncovered piece of the same sentence as the run's first. */
  private static boolean word(List<Piece> pieces, int k, int start, boolean[] covered) {
    Piece p = pieces.get(k);
    String upos = p.token().upos();
    boolean nameWord = upos == null || upos.equals("PROPN") || upos.equals("NOUN") || upos.equals("ADJ") || upos.equals("X");
    return !covered[k] && p.capitalized() && p.sentence() == pieces.get(start).sentence() && p.text().length() > 1 && nameWord;
  }

  /** The last piece of [from, to) whose word ends with a head, or -1. */
  private static int lastHead(List<Piece> pieces, int from, int to, ActorLanguage language) {
    for (int k = to - 1; k >= from; k--) {
      String lower = pieces.get(k).text().toLowerCase(Locale.ROOT);
      if (language.organizationHeads.stream().anyMatch(lower::endsWith)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Not a sentence-initial phrase of common words: the run has a proper noun, an acronym, an
   * adjective that is capitalized inside the sentence ("Nationale"), or a hyphenated first part.
   */
  private static boolean hasName(List<Piece> pieces, int from, int to) {
    for (int k = from; k < to; k++) {
      Piece p = pieces.get(k);
      boolean sentenceStart = k == 0 || pieces.get(k - 1).sentence() != p.sentence();
      String upos = p.token().upos();
      if ("PROPN".equals(upos) || p.hyphenAfter() || !sentenceStart && "ADJ".equals(upos)
          || p.text().length() >= 2 && p.text().chars().allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** After the head: a connector and up to three capitalized words ("für Demokratie und Entwicklung"). */
  private static int continuation(List<Piece> pieces, int at, boolean[] covered, ActorLanguage language) {
    int to = at;
    int k = at;
    int words = 0;
    while (k + 1 < pieces.size() && words < 3 && language.organizationConnectors.contains(pieces.get(k).text())
        && pieces.get(k).sentence() == pieces.get(at - 1).sentence()) {
      int next = k + 1;
      if (!word(pieces, next, at - 1, covered) || "ADV".equals(pieces.get(next).token().upos())) {
        break;
      }
      while (next < pieces.size() && words < 3 && word(pieces, next, at - 1, covered)) {
        next++;
        words++;
      }
      to = next;
      k = next;
    }
    return to;
  }
}
