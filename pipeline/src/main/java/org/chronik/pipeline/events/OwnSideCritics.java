package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.Predicate;
import org.chronik.model.ActorRef;

/**
 * Whose decision, law or plan an answer may not be aimed at because it is the answering side's own. For
 * most answers that is anyone of the same side ({@link Sides#same}: "Das Außenministerium verteidigte die
 * Entscheidung" of its own government). Criticism, though, comes from within a state too: an ombudsman, a
 * minister or a state council judging the president's law ("Putin unterzeichnete ein Gesetz. … Der
 * Menschenrechtsbeauftragte stufte das Gesetz als verfassungswidrig ein") criticises its author; for the
 * CAMEO code prefixes of {@code words/own-side-criticism.txt} only the very same actor is its own.
 */
final class OwnSideCritics {
  static final String CODES = "own-side-criticism";

  private OwnSideCritics() {}

  /** Whether an author found is the own one of the {@code sources} of an act of this code. */
  static Predicate<ActorRef> own(String code, List<ActorRef> sources, WordLists lists) {
    boolean within = lists.words(CODES).stream().anyMatch(code::startsWith);
    return a -> sources.stream().anyMatch(x -> within ? x.id().equals(a.id()) : Sides.same(x, a));
  }
}
