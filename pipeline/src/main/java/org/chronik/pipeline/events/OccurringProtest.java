package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.Predicate;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * A protest told as something that happened and aimed at the state: "Nach der Wahl kam es zu
 * Demonstrationen gegen die Regierung", "Am Abend gab es Proteste gegen den Präsidenten". The frame
 * itself says that people protested against their own state, so the article need not call anyone
 * protesters elsewhere (the guard of {@link ProtestCrowd} against concerts, games and strikes): the
 * noun is the act of an expletive occurrence verb (class {@link Occurrence}) and every target it names
 * is a body of the scene's state (a {@code STATE_SECTOR} of crowds.tsv). Stateless.
 */
final class OccurringProtest {
  private OccurringProtest() {}

  /** Whether the protest noun {@code noun} happened and is aimed only at bodies of {@code country}'s state. */
  static boolean againstOwnState(SentenceView s, int noun, List<Arg> targets, String country, Predicate<String> stateSector) {
    if (targets.isEmpty() || !Occurrence.told(s, noun)) {
      return false;
    }
    return targets.stream().allMatch(t -> country.equals(t.actor().country())
        && t.actor().sector() != null && stateSector.test(t.actor().sector()));
  }
}
