package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A name in quotation marks right after a descriptor ("die Wochenzeitung „Le Canard enchaîné“", "die
 * Fluggesellschaft „Sosoliso“"): the words between the marks, the first capitalized, none of them a dictionary
 * form other than the tagger's own name run, at most {@link #MAX_WORDS} of them.
 */
final class QuotedName {
  static final int MAX_WORDS = 6;

  private QuotedName() {}

  /** The name inside the marks right after {@code noun} as a match of an unknown organisation, or null. */
  static Match after(LinkContext doc, Match noun) {
    List<Piece> pieces = doc.pieces;
    int open = noun.to();
    int sentence = doc.last(noun).sentence();
    if (open + 2 >= pieces.size() || !Affiliation.isQuote(pieces.get(open).text()) || !pieces.get(open + 1).capitalized()) {
      return null;
    }
    int k = open + 1;
    while (k < pieces.size() && k - open <= MAX_WORDS && pieces.get(k).sentence() == sentence && !Affiliation.isQuote(pieces.get(k).text())) {
      if (!free(doc, k)) {
        return null; // "die Zeitung „Neues Deutschland“": a dictionary word inside, left to the dictionary
      }
      k++;
    }
    if (k >= pieces.size() || k == open + 1 || !Affiliation.isQuote(pieces.get(k).text()) || pieces.get(k).sentence() != sentence) {
      return null;
    }
    return new Match(open + 1, k, List.of(Target.of(Kind.UNKNOWN_ORGANIZATION, null)));
  }

  private static boolean free(LinkContext doc, int piece) {
    if (doc.freeForName(piece)) {
      return true;
    }
    return doc.matches.stream().filter(m -> m.from() <= piece && piece < m.to())
        .allMatch(m -> m.target().kind() == Kind.UNKNOWN_ORGANIZATION || m.target().kind() == Kind.UNKNOWN_PERSON);
  }
}
