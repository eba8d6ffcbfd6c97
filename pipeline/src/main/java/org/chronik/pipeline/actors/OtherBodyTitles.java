package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A title the data gives to one international body ("Kommissionspräsident": the EU's) followed by
 * the genitive of another body ("der Kommissionspräsident der Afrikanischen Union") is that other
 * body's office: the title is read like a generic one, as an official of the body named after it,
 * and the name in apposition after it ("…, Alpha Konaré,") is that body's official, not the EU's
 * office holder. The same body named after it ("der Kommissionspräsident der EU") keeps the title's
 * own office.
 */
final class OtherBodyTitles {
  private OtherBodyTitles() {}

  /** The title at {@code jTitle} belongs to one international body and the match after it is another body. */
  static boolean ofOtherBody(LinkContext doc, OfficeHolders offices, Match title, int jTitle) {
    String own = title.target().country();
    if (own == null || !offices.isIgo(own) || !doc.hasMatch(jTitle + 1)) {
      return false;
    }
    Match after = doc.match(jTitle + 1);
    if (after.target().kind() != Kind.ORGANIZATION) {
      return false;
    }
    String other = doc.dictionary.organization(doc.focus.organizationInContext(after).key()).map(o -> o.country()).orElse(null);
    return other != null && !own.equals(other);
  }
}
