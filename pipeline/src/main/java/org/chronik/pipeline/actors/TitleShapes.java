package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/** The shapes around a title that say whose office it is (TitleResolver). Stateless. */
final class TitleShapes {
  private TitleShapes() {}

  /** A title joined by a hyphen to a first part that is no title modifier ("Ex-", "Vize-"): the office of that body. */
  static boolean ofUnknownBody(LinkContext doc, Match title) {
    Piece first = doc.first(title);
    return first.hyphenBefore() && title.from() > 0 && !doc.language.titleModifiers.contains(doc.pieces.get(title.from() - 1).text());
  }

  /** "Präsident Frankreichs", "Präsident der Ukraine", "Generalsekretär der Vereinten Nationen": the match after is a genitive. */
  static boolean genitive(LinkContext doc, Match title, Match after) {
    if (doc.sentence(after) != doc.sentence(title) || doc.last(after).hyphenAfter()) {
      return false;
    }
    if (after.from() == title.to()) {
      return after.target().kind() == Kind.COUNTRY && after.to() - after.from() == 1 && doc.first(after).text().endsWith("s");
    }
    return after.from() == title.to() + 1 && doc.language.genitiveArticles.contains(doc.pieces.get(title.to()).text());
  }
}
