package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's word condition may name a list of words kept as data ({@code @NAME}, {@link WordLists}). */
class WordListsTest {
  private static EventRule rule(String line) throws IOException {
    List<EventRule> rules = EventLexicon.parse("test", new BufferedReader(new StringReader(line)), Codebook.cameo());
    assertEquals(1, rules.size());
    return rules.get(0);
  }

  @Test
  void aListNameStandsForEveryWordOfTheList() throws IOException {
    EventRule r = rule("t.nennen verb=nennen dep=@negative-evaluation|Irrweg src=nsubj tgt=obj code=111"
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
        () -> rule("t.nennen verb=nennen dep=@no-such-list src=nsubj tgt=obj code=111"
            + " example \"Polen nannte den Plan einen Rückschritt.\" -> 111 POL HUN"));
    assertTrue(e.getMessage().contains("no-such-list"), e.getMessage());
  }
}
