package org.chronik.pipeline.events;

/**
 * The agent phrase of a passive the parser hung on the patient: "In Lyon wurde ein Händler von
 * Unbekannten festgehalten" reads "von Unbekannten" as a modifier of "Händler", yet it names who held him.
 * An AGENT preposition's phrase (grammar.tsv: von, durch) on the passive subject whose head stands right
 * before the participle and names no actor is the verb's agent: someone no one can place, so the act is
 * not the state's by default. A phrase that names an actor ("ein Mitglied von Greenpeace") is left to the
 * actors it names.
 */
final class HiddenAgentPhrase {
  private HiddenAgentPhrase() {}

  static boolean on(SentenceView s, int verb) {
    for (int patient : s.children(verb)) {
      if (!s.deprel(patient).equals("nsubj:pass")) {
        continue;
      }
      for (int m : s.children(patient)) {
        if (m == verb - 1 && m > patient && s.deprel(m).startsWith("nmod") && s.anyMention(m) == null
            && s.grammar().is(EventGrammar.Kind.AGENT, s.preposition(m))) {
          return true;
        }
      }
    }
    return false;
  }
}
