package org.chronik.pipeline.events;

import java.util.List;

/**
 * The subject of a verb the parser left without one, where a counted crowd stands after it:
 * "Am Abend versammelten sich hunderttausende von Demonstranten" parsed with "hunderttausende" as
 * an adjective and "Demonstranten" as a {@code nmod} of the verb itself. A {@code nmod} child of the
 * verb headed by a {@code COUNT_CASE} preposition ("von") whose noun carries a {@code CROWD_COUNT}
 * word before it (grammar.tsv: "Tausende", "Hunderte") is the verb's subject. Whether it names an
 * actor is the finder's to say: "Tausende von Euro flossen" names none. Stateless.
 */
final class CountedCrowd {
  private CountedCrowd() {}

  /** The head of the counted crowd standing for the verb's missing subject; empty when the verb has a subject or no such phrase. */
  static List<Integer> of(SentenceView s, int verb) {
    if (!s.subjects(verb).isEmpty() || s.isPassive(verb)) {
      return List.of();
    }
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      if (s.baseRel(c).equals("nmod") && p != null && s.grammar().is(EventGrammar.Kind.COUNT_CASE, p) && counted(s, c)) {
        return List.of(c);
      }
    }
    return List.of();
  }

  /**
   * The people a count word heading a phrase counts ("Hunderte georgische Regierungsgegner" parsed with
   * "Hunderte" as the head and the people as its {@code nmod}); empty when the head is no count word.
   */
  static List<Integer> members(SentenceView s, int head) {
    if (!s.grammar().is(EventGrammar.Kind.CROWD_COUNT, s.word(head))) {
      return List.of();
    }
    return s.children(head).stream().filter(c -> c > head && s.baseRel(c).equals("nmod")).toList();
  }

  /** Whether a count word hangs on the noun before it ("zehntausende … von Demonstranten"). */
  private static boolean counted(SentenceView s, int noun) {
    for (int c : s.children(noun)) {
      if (c < noun && s.grammar().is(EventGrammar.Kind.CROWD_COUNT, s.word(c))) {
        return true;
      }
    }
    return false;
  }
}
