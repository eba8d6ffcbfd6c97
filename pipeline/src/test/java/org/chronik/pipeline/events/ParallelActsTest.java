package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The roots each act told as a repeat may repeat (lang/de/events/parallel-acts.tsv), read as the coder reads
 * them; the marks themselves are tested on sentences in events/discourse.tsv (section alsoside19).
 */
class ParallelActsTest {
  private final ParallelActs acts = ParallelActs.forLanguage("de");

  @Test
  void theLongestListedPrefixDecides() {
    assertEquals(Set.of("01", "12"), acts.repeatable("016"), "a denial repeats a denial or a rejection");
    assertEquals(Set.of(), acts.repeatable("010"), "a plain statement repeats nothing: its root has no row");
    assertEquals(Set.of("11", "12", "14"), acts.repeatable("111"));
  }

  @Test
  void materialAttacksRepeatNothing() {
    assertEquals(Set.of(), acts.repeatable("190"), "'griff ebenfalls an' names no target of its own to take");
    assertEquals(Set.of(), acts.repeatable("173"));
  }
}
