package org.chronik.pipeline.events;

import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/** The place of an event: an "in <location>" dependent of the trigger or of its clause. */
final class PlaceFinder {
  private PlaceFinder() {}

  static String place(SentenceView s, int trigger) {
    int clause = s.clauseHead(trigger);
    for (int c = 0; c < s.size(); c++) {
      int h = s.head(c);
      boolean near = h == trigger || h == clause || h >= 0 && (s.head(h) == clause || s.head(h) == trigger);
      {
        if (!near) {
          continue;
        }
        String rel = s.baseRel(c);
        if (!(rel.equals("obl") || rel.equals("nmod")) || !"in".equals(s.preposition(c))) {
          continue;
        }
        Mention m = s.anyMention(c);
        if (m != null && (m.actor().type() == ActorType.LOCATION || m.actor().type() == ActorType.COUNTRY)) {
          return m.text();
        }
        String ner = s.token(c).ner();
        if (ner != null && ner.startsWith("LOC") || ner != null && ner.endsWith("LOC")) {
          return s.token(c).text();
        }
      }
    }
    return null;
  }
}
