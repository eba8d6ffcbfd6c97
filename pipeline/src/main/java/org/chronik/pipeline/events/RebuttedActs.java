package org.chronik.pipeline.events;

import java.util.Set;

/**
 * Whether an act answers what someone else said or did against its source: it rejects, condemns or
 * fends off a criticism, an accusation or an interference (grammar.tsv {@code REBUTTED}: "wies die
 * Kritik zurück", "wehrte sich gegen jede Einmischung aus dem Ausland"). Such an act is aimed at
 * whoever criticised or interfered; told without them, that is nobody the sentence names, and least
 * of all the source's own government, which is the usual target of the criticism. Used by
 * {@link FocusAim#aimsAtFocus}. A support verb ("übte Kritik", "erhob Vorwürfe") makes the
 * criticism its source's own act, not one it answers, and a phrase of cause or time (grammar.tsv
 * {@code FRAME}: "reichte wegen des Vorwurfs … Klage ein") grounds the act, it is not what it answers.
 */
final class RebuttedActs {
  /** Relations of the phrases an act is done to. */
  private static final Set<String> CONTENT = Set.of("obj", "obl", "obl:arg", "iobj", "nsubj:pass");

  private RebuttedActs() {}

  static boolean answers(SentenceView s, int trigger) {
    if (!s.isVerbal(trigger) || s.grammar().is(EventGrammar.Kind.SUPPORT, s.lemma(trigger))) {
      return false;
    }
    for (int c : s.children(trigger)) {
      String p = s.preposition(c);
      if ((CONTENT.contains(s.deprel(c)) || CONTENT.contains(s.baseRel(c)))
          && (p == null || !s.grammar().is(EventGrammar.Kind.FRAME, p)) // "Klage wegen des Vorwurfs …" is grounded in it
          && (s.grammar().isOrEndsIn(EventGrammar.Kind.REBUTTED, s.lemma(c)) || s.grammar().isOrEndsIn(EventGrammar.Kind.REBUTTED, s.word(c)))) {
        return true;
      }
    }
    return false;
  }
}
