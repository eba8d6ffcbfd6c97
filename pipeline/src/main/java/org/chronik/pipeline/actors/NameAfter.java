package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/** A name written right after a title or a descriptor ("Außenminister Karim Sadeghi", "Großbank JP Morgan"). */
final class NameAfter {
  private NameAfter() {}

  /**
   * End (exclusive piece index) of up to three capitalized words after {@code m} that no dictionary
   * form covers and that the tagger calls a proper noun or a name (untagged text: any capitalized
   * word); {@code m.to()} when there is none. A hyphenated piece counts only in a double-barrelled
   * name ("Mikl-Leitner") or after a particle ("al-Mauretani"), which joins without counting.
   */
  static int end(LinkContext doc, Match m) {
    List<Piece> pieces = doc.pieces;
    int k = m.to();
    int words = 0;
    while (k < pieces.size() && words < 3 && doc.freeForName(k) && pieces.get(k).sentence() == pieces.get(m.to() - 1).sentence()) {
      if (k > m.to() && NameCandidates.particle(pieces, k)) {
        k++; // "Junis al-Mauretani": the particle joins the name and is no word of its own
        continue;
      }
      boolean afterParticle = k > m.to() && NameCandidates.particle(pieces, k - 1);
      if (!pieces.get(k).capitalized() || pieces.get(k).inCompound() && !doubleBarrelled(pieces, k) && !afterParticle
          || !nameLike(pieces.get(k))) {
        return afterParticle ? k - 1 : k; // a particle with no name after it is no part of the name
      }
      k++;
      words++;
    }
    return k > m.to() && NameCandidates.particle(pieces, k - 1) ? k - 1 : k;
  }

  /** A piece of "Mikl-Leitner": every piece of its token is capitalized. */
  private static boolean doubleBarrelled(List<Piece> pieces, int k) {
    Piece p = pieces.get(k);
    return pieces.stream().filter(q -> q.begin() >= p.token().begin() && q.end() <= p.token().end()).allMatch(Piece::capitalized);
  }

  private static boolean nameLike(Piece p) {
    String upos = p.token().upos();
    String ner = p.token().ner();
    // a common noun is a name only when the tagger calls it one: "Präsident Maßnahmen" is no person
    return upos == null || upos.equals("PROPN") || upos.equals("X") || ner != null && !ner.equals("O");
  }
}
