package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent phrase of an act noun that follows the noun's own phrase but that the parser hung on the
 * verb: "nach der Entführung zweier Ingenieure durch Kämpfer der Miliz" (the "durch" phrase on
 * "zurückgezogen"), "ordnete eine Untersuchung der Wahl durch den Wächterrat an". A {@code TRAILING_AGENT}
 * preposition (grammar.tsv: durch, seitens) right after the last word of the noun's phrase, nothing
 * between, names the noun's author, as it does when it hangs on the noun ("die Festnahme des Reporters
 * durch die Polizei"). The phrase right after the noun itself is {@code Dependents.adjacentPhrase}'s.
 */
final class TrailingAgent {
  private TrailingAgent() {}

  /** The head of the {@code preposition} phrase right after the phrase of {@code noun}; empty when there is none. */
  static List<Integer> of(SentenceView s, int noun, String preposition) {
    List<Integer> out = new ArrayList<>();
    if (!s.grammar().is(EventGrammar.Kind.TRAILING_AGENT, preposition)) {
      return out;
    }
    int end = noun;
    while (end + 1 < s.size() && ActorPhrase.dominates(s, noun, end + 1)) {
      end++;
    }
    int next = end + 1;
    if (end == noun || next >= s.size() || !s.baseRel(next).equals("case") || !s.word(next).equalsIgnoreCase(preposition)) {
      return out;
    }
    int phrase = s.head(next);
    if (phrase > end && !ActorPhrase.dominates(s, noun, phrase)) {
      out.add(phrase);
    }
    return out;
  }
}
