package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * A government noun after the adjective of a kind of regime few states have had ("das kommunistische
 * Regime", "die kommunistische Führung"; lang/de/actors/regime-adjectives.tsv): the body of the one of
 * those states the article names most, not of the article's focus country, which is often the regime's
 * neighbour or opponent. None of them named: no answer, and the noun keeps its default.
 */
final class RegimeAdjective {
  private static final String GOVERNMENT_SECTOR = "GOV";

  private RegimeAdjective() {}

  /** The state the regime adjective right before {@code noun} gives it, or null. */
  static String of(LinkContext doc, Match noun, ActorLanguage.Group group) {
    String states = doc.language.regimeAdjectives.get(doc.word(noun.from() - 1));
    if (states == null || !GOVERNMENT_SECTOR.equals(group.sector())) {
      return null;
    }
    String best = null;
    for (String key : states.split("\\|")) {
      if (doc.focus.count(key) > (best == null ? 0 : doc.focus.count(best))) {
        best = key;
      }
    }
    return best;
  }
}
