package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A rule's word condition may name a list of words kept as data ({@code @NAME}, {@link WordLists}). */
class WordListsTest {
  @Test
  void aListNameStandsForEveryWordOfTheList() throws IOException {
    EventRule r = RuleText.one("t.nennen verb=nennen dep=@negative-evaluation|Irrweg src=nsubj tgt=obj code=111"
        + " example \"Polen nannte den Plan einen Rückschritt.\" -> 111 POL HUN");
    // words of the list, lowercased as every condition word is, beside the word written in the rule
    assertTrue(r.dependents().contains("rückschritt"));
    assertTrue(r.dependents().contains("schwarz"));
    assertTrue(r.dependents().contains("irrweg"));
    // the list's comment lines and its name are no words
    assertFalse(r.dependents().contains("@negative-evaluation"));
    assertFalse(r.dependents().stream().anyMatch(w -> w.startsWith("#")));
    // praise is no negative evaluation
    assertFalse(r.dependents().contains("meilenstein"));
  }

  @Test
  void aListThatDoesNotExistIsAnErrorOfTheLexicon() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleText.one("t.nennen verb=nennen dep=@no-such-list src=nsubj tgt=obj code=111"
            + " example \"Polen nannte den Plan einen Rückschritt.\" -> 111 POL HUN"));
    assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
  }
}
